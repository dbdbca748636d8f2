import {
  addDecimal,
  decimalOf,
  decimalToNumber,
  decimalToUnits,
  multiplyDecimal,
  negateDecimal,
  pow10,
  type Decimal,
  unitsToNumber,
  absInt,
  compareInt,
  intOf,
  intToNumber,
  ZERO_INT,
} from "./decimal";
import { addExact, placesOf, unitsFound } from "./kernel/shortDecimal";
import { cellLabel, InputError, type Place } from "./errors";
import { gapOverflow, netOverflow, phaseDigits, phaseOverflow, runningSumOverflow } from "./messages";
import { checkDecimals, MAX_UNITS } from "./rounding";
import { finiteOr } from "./overflow";

const ZERO: Decimal = { coef: ZERO_INT, exp: 0 };
const MAX_UNITS_INT = intOf(MAX_UNITS);

/** Net effect per programme and year: gains (positive) + costs (printed negative), exactly. */
export function netEffect(gains: readonly (readonly number[])[], costs: readonly (readonly number[])[]): number[][] {
  const rows = gains.length;
  return gains.map((row, r) =>
    row.map((gain, c) => {
      const cost = costs[r]?.[c] ?? 0;
      const net = addExact(gain, cost);
      if (Number.isFinite(net)) return net;
      // The cell's label is built only for the message.
      return finiteOr(net, "gains", netOverflow, gain, cost, cellLabel(rows, row.length, r + 1, c + 1));
    }),
  );
}

/** Running sum along the flows, exactly. */
export function cumulative(
  flows: readonly number[],
  cellOf: (index: number) => Place | undefined = () => undefined,
): number[] {
  const sums = cumulativeSums(flows);
  // The cell's label is built only for the message.
  for (let i = 0; i < sums.length; i++) {
    if (!Number.isFinite(sums[i])) finiteOr(sums[i] as number, "flows", runningSumOverflow, cellOf(i));
  }
  return sums;
}

function cumulativeSums(flows: readonly number[]): number[] {
  // The running sum is kept as whole units at the places of the flows so far while it fits in
  // 2^53, and as an exact decimal from the first flow that does not fit.
  let units = 0;
  let places = 0;
  let sum: Decimal | null = null;
  return flows.map((flow) => {
    if (sum === null) {
      const s = placesOf(flow);
      if (s >= 0) {
        const scale = s > places ? s : places;
        const carried = units * pow10(scale - places);
        const added = unitsFound() * pow10(scale - s);
        const next = carried + added;
        if (Number.isSafeInteger(carried) && Number.isSafeInteger(added) && Number.isSafeInteger(next)) {
          units = next;
          places = scale;
          // Whole units below 2^53 and an exact 10^places: one division, correctly rounded.
          return units / pow10(places) + 0;
        }
      }
      sum = { coef: intOf(units), exp: -places };
    }
    sum = addDecimal(sum, decimalOf(flow));
    return decimalToNumber(sum);
  });
}

/** The 1-based period in which the running sum first reaches ≥ 0, or null if it never does. */
export function payback(flows: readonly number[]): number | null {
  let sum = ZERO;
  for (let i = 0; i < flows.length; i++) {
    sum = addDecimal(sum, decimalOf(flows[i] as number));
    if (sum.coef.sign >= 0) return i + 1;
  }
  return null;
}

/** fullEffect × each profile share, exactly; rounded half away from zero when decimals is given. */
export function phaseIn(fullEffect: number, profile: readonly number[], decimals?: number): number[] {
  if (decimals !== undefined) checkDecimals(decimals);
  const full = decimalOf(fullEffect);
  return profile.map((share) => {
    const product = multiplyDecimal(full, decimalOf(share));
    if (decimals === undefined) {
      return finiteOr(decimalToNumber(product), "fullEffect", phaseOverflow, fullEffect, share);
    }
    const units = decimalToUnits(product, decimals);
    if (compareInt(absInt(units), MAX_UNITS_INT) > 0) {
      throw new InputError("fullEffect", phaseDigits, [fullEffect, decimals]);
    }
    return unitsToNumber(intToNumber(units), decimals) + 0;
  });
}

/** Target minus the identified savings, per year (column sums of themes × years), exactly. */
export function gap(targets: readonly number[], identified: readonly (readonly number[])[]): number[] {
  return targets.map((target, y) => {
    let sum = decimalOf(target);
    for (const theme of identified) sum = addDecimal(sum, negateDecimal(decimalOf(theme[y] ?? 0)));
    return finiteOr(decimalToNumber(sum), "identified", gapOverflow, cellLabel(1, targets.length, 1, y + 1));
  });
}
