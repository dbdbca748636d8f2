/**
 * DISTRIBUTE through the BUILT bundle in a context stripped to ES2016, with weights from the whole
 * double range (denormals, 1e-300, 1e300, the largest double, exact powers of two, 15–17 digit
 * shares as formulas make them, short decimals), typed as numbers, as text or left blank, with
 * holds (tiny, ordinary, huge, as text) and every decimals value −9..10, against the independent
 * BigInt reference of test/support/reference.ts. Every call either returns exactly the reference's
 * parts or, where the reference finds the input unusable, a plain refusal; none is ever the "please
 * report" error the bundle keeps for results that are not numbers.
 *
 * DISTRIBUTE_RANGE_RUNS=100000 runs more calls than the default; the figures are printed.
 * Build first: `npm run build` (npm test does).
 */
import fc from "fast-check";
import { ExcelError, loadInSandbox, type CellFunction } from "../support/functionsBundle";
import { stripToEs2016 } from "../../scripts/es2016Runtime";
import { refAllocate, refNumber, refUnits, type RefDecimal } from "../support/reference";

/** Excel's 15 significant digits, in units: FUNCTIONS.md refuses a rounded amount with more. */
const MAX_UNITS = 999_999_999_999_999n;

const RUNS = Number(process.env.DISTRIBUTE_RANGE_RUNS ?? 3000);

/** The shortest decimal that prints x (as ECMAScript's Number::toString gives it), read as int × 10^-scale. */
function decimalOfDouble(x: number): RefDecimal {
  const text = String(x);
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(text);
  if (!match) throw new Error(`cannot read ${text}`);
  const [, sign, whole, fraction = "", exponent = "0"] = match;
  const int = BigInt(`${sign}${whole}${fraction}`);
  return { int, scale: fraction.length - Number(exponent) };
}

/** A double made by parsing decimal text, as a cell holding that constant would. */
const fromText = (text: string): number => Number(text);

const denormal = fc.oneof(
  fc.constant(5e-324),
  fc.integer({ min: 1, max: 2 ** 30 }).map((k) => k * 5e-324),
  fc.double({ min: 5e-324, max: 2.2250738585072014e-308, noNaN: true }),
);
const tiny = fc
  .tuple(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 290, max: 323 }))
  .map(([m, e]) => fromText(`${m}e-${e}`));
const huge = fc.oneof(
  fc.constant(Number.MAX_VALUE),
  fc.constant(1.79e308),
  fc.tuple(fc.integer({ min: 1, max: 179 }), fc.integer({ min: 290, max: 306 })).map(([m, e]) => fromText(`${m}e${e}`)),
);
const powerOfTwo = fc.integer({ min: -1074, max: 1023 }).map((k) => Math.pow(2, k));
/** A share as `=B2/SUM(B$2:B$n)` gives it: 15–17 significant digits. */
const formulaShare = fc
  .tuple(fc.integer({ min: 1, max: 9_999_999 }), fc.integer({ min: 1, max: 99_999_999 }))
  .map(([a, b]) => a / (a + b));
const shortDecimal = fc
  .tuple(fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: 0, max: 9 }))
  .map(([m, s]) => fromText(`${m}e-${s}`));
const anyDouble = fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true, noDefaultInfinity: true });

const weightValue = fc.oneof(
  { arbitrary: denormal, weight: 3 },
  { arbitrary: tiny, weight: 2 },
  { arbitrary: huge, weight: 2 },
  { arbitrary: powerOfTwo, weight: 2 },
  { arbitrary: formulaShare, weight: 3 },
  { arbitrary: shortDecimal, weight: 3 },
  { arbitrary: anyDouble, weight: 2 },
  { arbitrary: fc.constant(0), weight: 1 },
);

/** How a value reaches the function: the number, its text, or (for a weight or hold) a blank cell. */
type Cell = { value: number | null; cell: unknown };

/**
 * A number as text the reader takes for it: Danish with a decimal comma ("0,0000003"), or plain
 * exponent notation ("5e-324"); "22.831" would be Danish for twenty-two thousand.
 */
const asText = (v: number): string => (String(v).indexOf("e") >= 0 ? String(v) : String(v).replace(".", ","));

/** The number, its text, or (where its text has no exponent) a percentage: "28,4 %" is 0,284. */
const asCell = (value: fc.Arbitrary<number>): fc.Arbitrary<Cell> =>
  fc.tuple(value, fc.integer({ min: 0, max: 9 })).map(([v, form]) => {
    if (form < 6) return { value: v, cell: v };
    if (form < 9 || asText(v).indexOf("e") >= 0) return { value: v, cell: asText(v) };
    return { value: fromText(`${String(v)}e-2`), cell: `${asText(v)} %` };
  });

const blank = fc.constantFrom<Cell>({ value: null, cell: "" }, { value: null, cell: null });

const signed = (value: fc.Arbitrary<number>): fc.Arbitrary<number> =>
  fc.tuple(value, fc.boolean()).map(([v, negative]) => (negative ? -v : v));

const holdValue = fc
  .oneof(
    { arbitrary: fc.tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 12 })), weight: 4 },
    { arbitrary: fc.tuple(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 4 })), weight: 3 },
  )
  .map(([m, s]) => fromText(`${m}e-${s}`))
  .chain((v) => signed(fc.constant(v)));
const anyHold = fc.oneof(
  { arbitrary: holdValue, weight: 6 },
  { arbitrary: signed(weightValue), weight: 2 },
  { arbitrary: fc.constant(0), weight: 1 },
);

const totalValue = signed(
  fc.oneof(
    { arbitrary: fc.constant(0), weight: 2 },
    { arbitrary: shortDecimal, weight: 4 },
    { arbitrary: formulaShare.map((s) => s * 1e6), weight: 2 },
    { arbitrary: fc.integer({ min: 0, max: 999_999_999 }).map((m) => m * 1e6), weight: 1 },
    { arbitrary: weightValue, weight: 1 },
  ),
);

const caseArb = fc
  .record({
    weights: fc.array(fc.oneof({ arbitrary: asCell(weightValue), weight: 9 }, { arbitrary: blank, weight: 1 }), {
      minLength: 1,
      maxLength: 12,
    }),
    totals: fc.array(asCell(totalValue), { minLength: 1, maxLength: 3 }),
    decimals: fc.integer({ min: -9, max: 10 }),
    holds: fc.option(fc.array(fc.oneof({ arbitrary: asCell(anyHold), weight: 1 }, { arbitrary: blank, weight: 2 })), {
      freq: 3,
    }),
  })
  .map(({ weights, totals, decimals, holds }) => ({
    weights,
    totals,
    decimals,
    holds: holds === null ? null : weights.map((_, i) => holds[i] ?? { value: null, cell: "" }),
  }));

type DistributeCase = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

const abs = (x: bigint): bigint => (x < 0n ? -x : x);

/** The reference's parts (in units, parts × years), or null where the call must be refused. */
function expected(c: DistributeCase): bigint[][] | null {
  const weights = c.weights.map((w) => decimalOfDouble(w.value ?? 0));
  const holdUnits = c.weights.map((_, i) => {
    const hold = c.holds?.[i]?.value ?? null;
    return hold === null ? null : refUnits(decimalOfDouble(hold), c.decimals);
  });
  if (holdUnits.some((h) => h !== null && abs(h) > MAX_UNITS)) return null;
  const columns: bigint[][] = [];
  for (const total of c.totals) {
    const units = refUnits(decimalOfDouble(total.value as number), c.decimals);
    if (abs(units) > MAX_UNITS) return null;
    const remaining = holdUnits.reduce<bigint>((r, h) => (h === null ? r : r - h), units);
    if (units < 0n ? remaining > 0n : remaining < 0n) return null;
    // What is left to spread needs more than Excel's 15 digits: refused like a total that does.
    if (abs(remaining) > MAX_UNITS) return null;
    const freeWeight = weights.some((w, i) => holdUnits[i] === null && w.int !== 0n);
    if (remaining !== 0n && !freeWeight) return null;
    columns.push(refAllocate(units, weights, holdUnits));
  }
  return c.weights.map((_, i) => columns.map((column) => column[i] as bigint));
}

let distributeCell: CellFunction;
beforeAll(() => {
  const { functions } = loadInSandbox(stripToEs2016);
  distributeCell = functions.get("DISTRIBUTE") as CellFunction;
});

describe(`DISTRIBUTE over the whole double range, through the ES2016 bundle (${RUNS} calls)`, () => {
  test("exact where the reference spreads, a plain refusal where it cannot, never 'please report'", () => {
    const figures = { calls: 0, results: 0, refusals: 0, withHolds: 0 };
    fc.assert(
      fc.property(caseArb, (c) => {
        figures.calls++;
        if (c.holds !== null) figures.withHolds++;
        const want = expected(c);
        let got: unknown;
        try {
          got = distributeCell(
            [c.totals.map((t) => t.cell)],
            c.weights.map((w) => [w.cell]),
            c.decimals,
            c.holds === null ? undefined : c.holds.map((h) => [h.cell]),
          );
        } catch (error) {
          if (!(error instanceof ExcelError)) throw error;
          expect(error.message).not.toMatch(/report/i);
          expect(error.message).toMatch(/\w/);
          // Refused where the reference spreads: show the message with the numbers.
          if (want !== null) throw new Error(`refused (${error.code} ${error.message}); expected ${String(want)}`);
          figures.refusals++;
          return;
        }
        if (want === null) throw new Error(`returned ${JSON.stringify(got)} where the reference refuses`);
        expect(got).toEqual(want.map((row) => row.map((u) => refNumber(u, c.decimals))));
        figures.results++;
      }),
      { numRuns: RUNS, seed: process.env.DISTRIBUTE_RANGE_SEED ? Number(process.env.DISTRIBUTE_RANGE_SEED) : 20260523 },
    );
    if (process.env.DISTRIBUTE_RANGE_RUNS) console.log(`DISTRIBUTE range: ${JSON.stringify(figures)}`);
    // The generator must reach both outcomes and holds often, or the property says little.
    expect(figures.results).toBeGreaterThan(RUNS / 4);
    expect(figures.refusals).toBeGreaterThan(0);
    expect(figures.withHolds).toBeGreaterThan(RUNS / 2);
  });
});
