import { formatDanish } from "./format";
import {
  addDecimal,
  decimalOf,
  decimalToNumber,
  decimalToUnits,
  multiplyDecimal,
  negateDecimal,
  type Decimal,
  unitsToNumber,
} from "./decimal";
import { checkDecimals } from "./distribute";
import { InputError } from "./errors";
import { MAX_UNITS } from "./rounding";

const ZERO: Decimal = { coef: 0n, exp: 0 };

/** Net effect per programme and year: gains (positive) + costs (printed negative), exactly. */
export function netEffect(gains: readonly (readonly number[])[], costs: readonly (readonly number[])[]): number[][] {
  return gains.map((row, r) =>
    row.map((gain, c) => decimalToNumber(addDecimal(decimalOf(gain), decimalOf(costs[r]?.[c] ?? 0)))),
  );
}

/** Running sum along the flows, exactly. */
export function cumulative(flows: readonly number[]): number[] {
  let sum = ZERO;
  return flows.map((flow) => {
    sum = addDecimal(sum, decimalOf(flow));
    return decimalToNumber(sum);
  });
}

/** The 1-based period in which the running sum first reaches ≥ 0, or null if it never does. */
export function payback(flows: readonly number[]): number | null {
  let sum = ZERO;
  for (let i = 0; i < flows.length; i++) {
    sum = addDecimal(sum, decimalOf(flows[i] as number));
    if (sum.coef >= 0n) return i + 1;
  }
  return null;
}

/** fullEffect × each profile share, exactly; rounded half away from zero when decimals is given. */
export function phaseIn(fullEffect: number, profile: readonly number[], decimals?: number): number[] {
  if (decimals !== undefined) checkDecimals(decimals);
  const full = decimalOf(fullEffect);
  return profile.map((share) => {
    const product = multiplyDecimal(full, decimalOf(share));
    if (decimals === undefined) return decimalToNumber(product);
    const units = decimalToUnits(product, decimals);
    if (units > BigInt(MAX_UNITS) || units < -BigInt(MAX_UNITS)) {
      throw new InputError(
        "fullEffect",
        `is ${formatDanish(fullEffect)}; phased in at ${decimals} decimals it needs more than the 15 digits Excel keeps. Use fewer decimals.`,
      );
    }
    return unitsToNumber(Number(units), decimals) + 0;
  });
}

/** Target minus the identified savings, per year (column sums of themes × years), exactly. */
export function gap(targets: readonly number[], identified: readonly (readonly number[])[]): number[] {
  return targets.map((target, y) => {
    let sum = decimalOf(target);
    for (const theme of identified) sum = addDecimal(sum, negateDecimal(decimalOf(theme[y] ?? 0)));
    return decimalToNumber(sum);
  });
}
