import { checkSum } from "../core";
import { asGrid, readGrid, readScalar } from "./cells";

/** CHECK: 0 when the printed parts add up to the printed total within rounding, else the difference. */
export function checkCells(parts: unknown, printedTotal: unknown, decimals: unknown): number {
  // A blank cell is not a printed figure: it neither adds to the sum nor widens the tolerance.
  const figures: number[] = [];
  for (const row of readGrid(asGrid(parts), "parts")) for (const value of row) if (value !== null) figures.push(value);
  return checkSum(figures, readScalar(printedTotal, "printedTotal"), readScalar(decimals, "decimals", 0));
}
