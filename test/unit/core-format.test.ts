import { formatDanish } from "../../src/core";
import { intOf } from "../../src/core/exactInt";

describe("numbers in messages, as a Danish reader writes them", () => {
  test.each([
    [1234.5, "1.234,5"],
    [0.015, "0,015"],
    [-1234567.89, "-1.234.567,89"],
    [1e15, "1.000.000.000.000.000"],
    [1e-7, "0,0000001"],
    [0, "0"],
    [-0, "0"],
    [450000, "450.000"],
    [NaN, "NaN"],
    [1e308, "1E+308"],
    [-1.5e300, "-1,5E+300"],
    [5e-324, "5E-324"],
    [1e21, "1E+21"],
    [1e20, "100.000.000.000.000.000.000"],
  ])("%p prints as %p", (value, text) => {
    expect(formatDanish(value)).toBe(text);
  });

  test("an exact decimal prints without binary noise", () => {
    expect(1.1 * 100).not.toBe(110);
    expect(formatDanish({ coef: intOf(11), exp: 1 })).toBe("110");
    expect(formatDanish({ coef: intOf(11), exp: -3 })).toBe("0,011");
  });
});
