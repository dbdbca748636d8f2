import { InputError, parseNumberText } from "../../src/core";
import { isBlank, readGrid, readNumber, readScalar, readVector } from "../../src/functions/cells";

describe("reading text numbers pasted from a finance system", () => {
  test.each([
    ["1.234,5", 1234.5],
    ["28,4", 28.4],
    ["1.000", 1000],
    ["-1.234.567,89", -1234567.89],
    ["1234.5", 1234.5],
    ["1.5", 1.5],
    ["0,068", 0.068],
    ["28,4 %", 0.284],
    ["1,5%", 0.015],
    [" 42 ", 42],
    ["1 234,5", 1234.5],
    ["\u22123,0", -3],
    ["1e3", 1000],
    // A percent with an exponent divides by 100 as well: 1e3 % is 10, 2,5e-1 is no Danish form.
    ["1e3 %", 10],
    ["1E3%", 10],
    ["2.5e-1 %", 0.0025],
    ["1.5e+2 %", 1.5],
    ["-4e0 %", -0.04],
    ["1e-400 %", 0],
    ["1.5e309 %", 1.5e307],
  ])("%p reads as %p", (text, value) => {
    expect(parseNumberText(text)).toBe(value);
  });

  test.each(["n/a", "1,2,3", "12.34.5", "abc 5", "", "1.23,4", "--1"])("%p is not a number", (text) => {
    expect(parseNumberText(text)).toBeUndefined();
  });
});

describe("blanks and bad cells", () => {
  test("blank in every form Excel sends it", () => {
    for (const blank of ["", null, undefined, "   "]) expect(isBlank(blank)).toBe(true);
    expect(isBlank(0)).toBe(false);
    expect(readNumber("", "weights")).toBeNull();
  });

  test("a text weight names the argument and its row, and says how to mend it", () => {
    expect(() => readGrid([[1], ["n/a"], [2]], "weights")).toThrow(
      'weights: row 2 is "n/a", not a number. Type a number such as 1.234,5 or 28,4 %, or leave the cell blank.',
    );
  });

  test("in a 2-D range the message names row and column", () => {
    expect(() =>
      readGrid(
        [
          [1, 2],
          [3, true],
        ],
        "gains",
      ),
    ).toThrow(/^gains: row 2, column 2 is TRUE, not a number/);
  });

  test("an error value in a cell is named as such", () => {
    expect(() => readNumber({ code: "#REF!" }, "total", [0, 2])).toThrow(/^total: column 2 is an error value/);
  });

  test("ranges must be single rows or columns where a list is expected", () => {
    expect(() =>
      readVector(
        [
          [1, 2],
          [3, 4],
        ],
        "flows",
      ),
    ).toThrow("flows: is 2 rows × 2 columns. Select a single row or a single column.");
    expect(readVector([[1, "2,5", null]], "flows")).toEqual({ values: [1, 2.5, null], layout: "row" });
  });

  test("scalars: one cell ranges, blanks with and without a default", () => {
    expect(readScalar([[3]], "decimals")).toBe(3);
    expect(readScalar(null, "decimals", 0)).toBe(0);
    expect(() => readScalar(null, "rate")).toThrow("rate: is blank. Type a number.");
    expect(() => readScalar([[1, 2]], "rate")).toThrow(InputError);
  });
});
