/** The one number formatter of src/text: grouping and decimal mark in each language, Excel's amount format. */
import { danishDecimal } from "../../src/core/danishFormat";
import { amountFormat, formatNumber, formatPercent, percentFormat } from "../../src/text/number";
import { cellText } from "../../src/playground/cellText";

describe("formatNumber: fixed places, grouped thousands, the language's marks", () => {
  test.each([
    [1234.5, 1, "da", "1.234,5"],
    [1234.5, 1, "en", "1,234.5"],
    [-1234567.891, 2, "da", "-1.234.567,89"],
    [12, 1, "da", "12,0"],
    [999, 0, "en", "999"],
    [-0.001, 2, "da", "0,00"],
    [1e21, 0, "da", "1.000.000.000.000.000.000.000"],
    [1.5e22, 1, "en", "15,000,000,000,000,000,000,000.0"],
  ] as const)("%p with %p places in %p is %p", (value, places, language, text) => {
    expect(formatNumber(value, places, language)).toBe(text);
  });

  test("trimmed: at most the places, no trailing zeros (the workbooks' danishNumber)", () => {
    expect(formatNumber(12.5, 10, "da", true)).toBe("12,5");
    expect(formatNumber(450000, 10, "da", true)).toBe("450.000");
    expect(formatNumber(0.1 + 0.2, 10, "da", true)).toBe("0,3");
  });
});

describe("danishDecimal: an exact decimal's digits as a Danish reader writes them", () => {
  test.each([
    [false, "12345", -1, "1.234,5"],
    [true, "11", 1, "-110"],
    [false, "11", -3, "0,011"],
    [false, "0", 0, "0"],
    [false, "1", 21, "1E+21"],
    [true, "15", 299, "-1,5E+300"],
  ] as const)("%p %p e%p is %p", (negative, digits, exp, text) => {
    expect(danishDecimal(negative, digits, exp)).toBe(text);
  });
});

describe("amountFormat: one Excel format for amounts, for the pane, the sheets and the department workbooks", () => {
  test("whole amounts, decimals, and a blank zero for the rows of a form not filled in", () => {
    expect(amountFormat(0)).toBe("#,##0");
    expect(amountFormat(-3)).toBe("#,##0");
    expect(amountFormat(1)).toBe("#,##0.0");
    expect(amountFormat(2)).toBe("#,##0.00");
    expect(amountFormat(1, true)).toBe('#,##0.0;-#,##0.0;""');
  });
});

describe("percentFormat: the sheet prints a percentage as the pane does", () => {
  test("Danish with a space before the sign, English without, whole or with places", () => {
    expect([percentFormat(1, "da"), percentFormat(0, "da"), percentFormat(2, "da")]).toEqual([
      "0.0 %",
      "0 %",
      "0.00 %",
    ]);
    expect([percentFormat(1, "en"), percentFormat(0, "en")]).toEqual(["0.0%", "0%"]);
  });

  test("the playground's grid prints 0,9 under the Danish format as the pane's formatPercent does: 90,0 %", () => {
    expect(cellText(0.9, percentFormat(1, "da"))).toBe("90,0 %");
    expect(cellText(0.9, percentFormat(1, "da"))).toBe(formatPercent(0.9, 1, "da"));
    expect(cellText(0.284, percentFormat(0, "da"))).toBe("28 %");
    // A workbook's own format without the space prints as it says.
    expect(cellText(0.9, "0.0%")).toBe("90,0%");
  });

  test("English writes no space before the sign, in the pane and in the sheet alike: 2%, 90.0%; Danish 2 %", () => {
    expect([formatPercent(0.02, 0, "en"), formatPercent(0.9, 1, "en"), formatPercent(0.015, 1, "en")]).toEqual([
      "2%",
      "90.0%",
      "1.5%",
    ]);
    expect([formatPercent(0.02, 0, "da"), formatPercent(0.9, 1, "da")]).toEqual(["2 %", "90,0 %"]);
    expect(cellText(0.9, percentFormat(1, "en"), "en")).toBe(formatPercent(0.9, 1, "en"));
    // A sheet's format with the space keeps it in an English grid: the format decides, as in Excel.
    expect(cellText(0.9, percentFormat(1, "da"), "en")).toBe("90.0 %");
  });
});
