import { asGrid, checkSum, readGrid, readScalar } from "../core";

/** CHECK: 0 when the printed parts add up to the printed total within rounding, else the difference. */
export function checkCells(parts: unknown, printedTotal: unknown, decimals: unknown): number {
  // A blank cell is not a printed figure: it neither adds to the sum nor widens the tolerance.
  const figures = readGrid(asGrid(parts), "parts")
    .flat()
    .filter((value): value is number => value !== null);
  return checkSum(figures, readScalar(printedTotal, "printedTotal"), readScalar(decimals, "decimals", 0));
}
