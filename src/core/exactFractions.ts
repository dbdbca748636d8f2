/**
 * The exact path of tableFractions.ts, for tables the integer path cannot take (more than nine
 * places, tiny or huge magnitudes). Each value is read from its shortest decimal (String(x), as
 * decimalOf reads it) and cut at the unit's digit: the digits above give the floor, which must
 * fit in 15 digits as every printed result must; the digits below are the fraction, kept as
 * limbs of seven digits so that sums of fractions stay exact in doubles (no BigInt: ES2016).
 */
import { ABOVE, BELOW, CellTooLarge, emptyFractions, HALF, WHOLE, type Part, type TableFractions } from "./tableParts";

const LIMB = 10_000_000;
const LIMB_DIGITS = 7;
const MAX_FLOOR_DIGITS = 15;

interface Reading {
  negative: boolean;
  /** Digits of |x| without the point, and the power of ten of the last one. */
  digits: string;
  exp: number;
}

function read(x: number): Reading {
  let text = String(x);
  const negative = text.charAt(0) === "-";
  if (negative) text = text.slice(1);
  let exp = 0;
  const e = text.indexOf("e");
  if (e >= 0) {
    exp = Number(text.slice(e + 1));
    text = text.slice(0, e);
  }
  const dot = text.indexOf(".");
  if (dot >= 0) {
    exp -= text.length - dot - 1;
    text = text.slice(0, dot) + text.slice(dot + 1);
  }
  return { negative, digits: text.replace(/^0+/, ""), exp };
}

/** Digits below the unit (t = exp + decimals < 0 of them), or none. */
function fractionDigitsOf(reading: Reading, decimals: number): number {
  const t = reading.exp + decimals;
  return reading.digits.length === 0 || t >= 0 ? 0 : -t;
}

function zeros(n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += "0";
  return s;
}

/** The part of a normalised fraction in limbs, most significant first. */
function partOfLimbs(limbs: Float64Array, offset: number, count: number): Part {
  let nonzero = false;
  for (let i = 0; i < count; i++) if (limbs[offset + i] !== 0) nonzero = true;
  if (!nonzero) return WHOLE;
  const top = limbs[offset] as number;
  if (top !== LIMB / 2) return top > LIMB / 2 ? ABOVE : BELOW;
  for (let i = 1; i < count; i++) if (limbs[offset + i] !== 0) return ABOVE;
  return HALF;
}

/** Carries each sum of limbs into the next; returns what passes the units' digit. */
function normalise(limbs: Float64Array, offset: number, count: number): number {
  let carry = 0;
  for (let i = count - 1; i >= 0; i--) {
    const v = (limbs[offset + i] as number) + carry;
    carry = Math.floor(v / LIMB);
    limbs[offset + i] = v - carry * LIMB;
  }
  return carry;
}

export function readExactFractions(values: readonly (readonly number[])[], decimals: number): TableFractions {
  const rows = values.length;
  const columns = values[0]?.length ?? 0;
  const readings: Reading[] = [];
  let longest = 0;
  for (const row of values) {
    for (const x of row) {
      const reading = read(x);
      readings.push(reading);
      const digits = fractionDigitsOf(reading, decimals);
      if (digits > longest) longest = digits;
    }
  }
  const width = Math.max(1, Math.ceil(longest / LIMB_DIGITS));
  const out = emptyFractions(rows, columns);
  const rowSums = new Float64Array(rows * width);
  const columnSums = new Float64Array(columns * width);
  const grand = new Float64Array(width);
  const cell = new Float64Array(width);
  for (let r = 0, i = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++, i++) {
      const { negative, digits, exp } = readings[i] as Reading;
      const t = exp + decimals;
      const cut = digits.length + Math.min(t, 0);
      const whole = cut <= 0 ? "" : digits.slice(0, cut) + (t > 0 ? zeros(t) : "");
      if (whole.replace(/^0+/, "").length > MAX_FLOOR_DIGITS) throw new CellTooLarge(i);
      let floor = whole === "" ? 0 : Number(whole);
      const below = t >= 0 ? "" : zeros(Math.max(0, -cut)) + digits.slice(Math.max(0, cut));
      const padded = below + zeros(width * LIMB_DIGITS - below.length);
      let nonzero = false;
      for (let k = 0; k < width; k++) {
        const limb = Number(padded.slice(k * LIMB_DIGITS, (k + 1) * LIMB_DIGITS));
        cell[k] = limb;
        if (limb !== 0) nonzero = true;
      }
      if (negative) {
        floor = -floor;
        if (nonzero) {
          // −(floor + f) = (−floor − 1) + (1 − f): the fraction's complement, 10^(7·width) − f.
          floor -= 1;
          let borrow = 0;
          for (let k = width - 1; k >= 0; k--) {
            let v = -(cell[k] as number) - borrow;
            borrow = v < 0 ? 1 : 0;
            if (v < 0) v += LIMB;
            cell[k] = v;
          }
        }
      }
      out.floors[i] = floor + 0;
      out.parts[i] = partOfLimbs(cell, 0, width);
      for (let k = 0; k < width; k++) {
        const v = cell[k] as number;
        rowSums[r * width + k] = (rowSums[r * width + k] as number) + v;
        columnSums[c * width + k] = (columnSums[c * width + k] as number) + v;
        grand[k] = (grand[k] as number) + v;
      }
    }
  }
  for (let r = 0; r < rows; r++) {
    out.rowWhole[r] = normalise(rowSums, r * width, width);
    out.rowParts[r] = partOfLimbs(rowSums, r * width, width);
  }
  for (let c = 0; c < columns; c++) {
    out.columnWhole[c] = normalise(columnSums, c * width, width);
    out.columnParts[c] = partOfLimbs(columnSums, c * width, width);
  }
  out.grandWhole = normalise(grand, 0, width);
  out.grandPart = partOfLimbs(grand, 0, width);
  return out;
}
