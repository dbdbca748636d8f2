import { keyFromBase } from "../core";
import { asGrid, readScalar, readVector } from "./cells";
import { blankAsZero, laidOut } from "./grid";

/** KEY's arguments as the core takes them. */
export function readKeyInput(
  base: unknown,
  decimals: unknown,
): { base: number[]; decimals: number; layout: "row" | "column" } {
  const vector = readVector(asGrid(base), "base");
  return { base: blankAsZero(vector.values), decimals: readScalar(decimals, "decimals", 3), layout: vector.layout };
}

/** KEY: each part's share of the base, laid out as the base is. */
export function keyCells(base: unknown, decimals: unknown): number[][] {
  const k = readKeyInput(base, decimals);
  return laidOut(keyFromBase(k.base, k.decimals, k.layout), k.layout);
}
