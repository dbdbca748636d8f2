import { InputError } from "../../src/core";
import { formatDanish } from "../../src/core";
import { exceedsPayload, oversizeMessage, refuseOversizedShape } from "../../src/functions/payload";

const grid = (rows: number, columns: number, value: number): number[][] =>
  Array.from({ length: rows }, () => new Array<number>(columns).fill(value));

describe("the 5 MB payload check", () => {
  afterEach(() => jest.restoreAllMocks());

  test("a result far below the limit is accepted without building its JSON", () => {
    const stringify = jest.spyOn(JSON, "stringify");
    expect(exceedsPayload(grid(1000, 12, -2.2250738585072014e-308))).toBe(false);
    expect(stringify).not.toHaveBeenCalled();
  });

  test("a result far above the limit is refused without building its JSON", () => {
    const stringify = jest.spyOn(JSON, "stringify");
    // 2.600.000 cells need at least a digit and a comma each: 5,2 million characters.
    expect(exceedsPayload(grid(260_000, 10, 0))).toBe(true);
    expect(stringify).not.toHaveBeenCalled();
  });

  test("near the limit the exact JSON length decides", () => {
    const stringify = jest.spyOn(JSON, "stringify");
    // 100.000 rows of "[0.125,0.125,0.125,0.125]," and the outer brackets: 2.600.001 characters.
    const cells = grid(100_000, 4, 0.125);
    expect(JSON.stringify(cells).length).toBe(2_600_001);
    stringify.mockClear();
    expect(exceedsPayload(cells, 2_600_001)).toBe(false);
    expect(exceedsPayload(cells, 2_600_000)).toBe(true);
    // Counted cell by cell: no 2,6 MB string is built.
    expect(stringify).not.toHaveBeenCalled();
  });

  test("a shape that cannot fit is refused before anything is computed, with the same message", () => {
    expect(() => refuseOversizedShape(260_000, 10)).toThrow(
      "result: 2.600.000 cells (260.000 rows × 10 columns) are more than the 5 MB Excel accepts from one function.",
    );
    expect(() => refuseOversizedShape(260_000, 10)).toThrow(InputError);
    expect(() => refuseOversizedShape(100_000, 12)).not.toThrow();
  });

  test("the message counts the cells in Danish and says how to split", () => {
    expect(oversizeMessage(grid(2, 3, 1))).toBeUndefined();
    expect(oversizeMessage(grid(1500, 2, 123.45), 10_000)).toBe(
      "result: 3.000 cells (1.500 rows × 2 columns) are more than the 5 MB Excel accepts from one function. Split the range: call the function on fewer rows or fewer years at a time.",
    );
  });

  test("thousands are grouped with points", () => {
    expect([7, 1000, 1_200_000, 999_999].map((n) => formatDanish(n))).toEqual(["7", "1.000", "1.200.000", "999.999"]);
  });
});
