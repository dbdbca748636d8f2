import { keyFromBase } from "../core";
import { asGrid, readScalar, readVector } from "./cells";
import { blankAsZero, laidOut } from "./grid";

/** KEY: each part's share of the base, laid out as the base is. */
export function keyCells(base: unknown, decimals: unknown): number[][] {
  const vector = readVector(asGrid(base), "base");
  const shares = keyFromBase(blankAsZero(vector.values), readScalar(decimals, "decimals", 3), vector.layout);
  return laidOut(shares, vector.layout);
}
