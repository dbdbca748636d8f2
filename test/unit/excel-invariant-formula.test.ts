import { danishName, FUNCTION_IDS } from "../../src/functions/registry";
import { invariantFormula } from "../../src/excel/office/invariantFormula";

describe("invariantFormula", () => {
  test.each(FUNCTION_IDS.map((id) => [id, danishName(id)]))("BUDGET.%s: the Danish name becomes the id", (id, name) => {
    expect(invariantFormula(`=BUDGET.${name}(A1:B2)`)).toBe(`=BUDGET.${id}(A1:B2)`);
    expect(invariantFormula(`=budget.${name.toLowerCase()}( A1 )`)).toBe(`=BUDGET.${id}( A1 )`);
  });

  test("nested calls, English names and other functions are kept; texts inside quotes are left alone", () => {
    expect(invariantFormula('=SUM(BUDGET.FORDEL(5,BUDGET.NØGLE(C2:C7),1))&"BUDGET.FORDEL("""')).toBe(
      '=SUM(BUDGET.DISTRIBUTE(5,BUDGET.KEY(C2:C7),1))&"BUDGET.FORDEL("""',
    );
    expect(invariantFormula("=BUDGET.DISTRIBUTE(5,C2:C7)")).toBe("=BUDGET.DISTRIBUTE(5,C2:C7)");
    expect(invariantFormula("=FORDEL(1)+BUDGET.UKENDT(2)")).toBe("=FORDEL(1)+BUDGET.UKENDT(2)");
  });

  test("values that are not formulas pass untouched", () => {
    expect(invariantFormula("BUDGET.FORDEL(5)")).toBe("BUDGET.FORDEL(5)");
  });
});
