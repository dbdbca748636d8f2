/**
 * The playground shows a formula as Excel in the pane's language shows it: the workbook stores the
 * English ids the pane writes, Danish Excel shows the Danish names of the registry.
 */
import { shownFormula } from "../../src/excel/memory/formula/shownFormula";
import { danishName, FUNCTION_IDS } from "../../src/functions/registry";

describe("shownFormula", () => {
  test.each(FUNCTION_IDS.map((id) => [id, danishName(id)]))("BUDGET.%s is shown as BUDGET.%s in Danish", (id, name) => {
    expect(shownFormula(`=BUDGET.${id}(A1:B2)`, "da")).toBe(`=BUDGET.${name}(A1:B2)`);
    expect(shownFormula(`=BUDGET.${id}(A1:B2)`, "en")).toBe(`=BUDGET.${id}(A1:B2)`);
    // Typed in the playground in either language, or in lower case: shown in the pane's language.
    expect(shownFormula(`=budget.${name.toLowerCase()}( A1 )`, "en")).toBe(`=BUDGET.${id}( A1 )`);
  });

  test("nested calls are shown; texts in quotes and quoted sheet names stay as typed", () => {
    expect(shownFormula('=SUM(BUDGET.DISTRIBUTE(5,BUDGET.KEY(C2:C7),1))&"BUDGET.DISTRIBUTE("""', "da")).toBe(
      '=SUM(BUDGET.FORDEL(5,BUDGET.NØGLE(C2:C7),1))&"BUDGET.DISTRIBUTE("""',
    );
    expect(shownFormula("=BUDGET.QUOTA('BUDGET.KEY(x'!B2:B4,\"\",0.02,1)", "da")).toBe(
      "=BUDGET.KVOTE('BUDGET.KEY(x'!B2:B4,\"\",0.02,1)",
    );
  });

  test("unknown names, names without a call and constants are left alone", () => {
    expect(shownFormula("=FORDEL(1)+BUDGET.UNKNOWN(2)", "da")).toBe("=FORDEL(1)+BUDGET.UNKNOWN(2)");
    expect(shownFormula("=BUDGET.DISTRIBUTE+1", "da")).toBe("=BUDGET.DISTRIBUTE+1");
    expect(shownFormula("BUDGET.DISTRIBUTE(5)", "da")).toBe("BUDGET.DISTRIBUTE(5)");
  });
});
