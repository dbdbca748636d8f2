/**
 * The playground's grid prints a cell as Excel in the pane's language does: Danish Excel's error
 * names (#I/T for #N/A, as its own ER.FEJL help lists them) and SAND/FALSK, the decimal comma; the
 * English names and point in English.
 */
import { FormulaError, type ErrorCode } from "../../src/excel/memory/formula/values";
import { cellText } from "../../src/playground/cellText";

describe("a grid cell in each language", () => {
  test("error values as each language's Excel names them", () => {
    const shown = (code: ErrorCode) =>
      (["da", "en"] as const).map((language) => cellText(new FormulaError(code), "General", language));
    expect(shown("#N/A")).toEqual(["#I/T", "#N/A"]);
    expect(shown("#VALUE!")).toEqual(["#VÆRDI!", "#VALUE!"]);
    expect(shown("#REF!")).toEqual(["#REFERENCE!", "#REF!"]);
    expect(shown("#DIV/0!")).toEqual(["#DIVISION/0!", "#DIV/0!"]);
    expect(shown("#NAME?")).toEqual(["#NAVN?", "#NAME?"]);
    expect(shown("#NUM!")).toEqual(["#NUM!", "#NUM!"]);
  });

  test("truth values and numbers in the cell's format", () => {
    expect([cellText(true, "General", "da"), cellText(false, "General", "en")]).toEqual(["SAND", "FALSE"]);
    expect([cellText(1234.5, "#,##0.0", "da"), cellText(1234.5, "#,##0.0", "en")]).toEqual(["1.234,5", "1,234.5"]);
    expect([cellText(1234.5, "0.00", "da"), cellText(1234.5, "0.00", "en")]).toEqual(["1234,50", "1234.50"]);
    expect([cellText(0.284, "0.0%", "da"), cellText(0.284, "0.0%", "en")]).toEqual(["28,4%", "28.4%"]);
    expect([cellText(2.5, "General", "da"), cellText(2.5, "General", "en")]).toEqual(["2,5", "2.5"]);
    // Without a language the grid is Danish, as it was.
    expect(cellText(new FormulaError("#N/A"), "General")).toBe("#I/T");
  });
});
