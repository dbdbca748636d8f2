/**
 * Every Forklar sentence (src/text/explanations.ts) in both languages: rendered code by code with
 * sample parameters, not empty, not the same in both, no English word in the Danish, and numbers in
 * each language's separators.
 */
import { intOf } from "../../src/core/decimal";
import {
  EXPLANATION_TEXTS,
  explanationIn,
  type ExplanationCode,
  type ExplanationMessage,
  type Shown,
} from "../../src/text/explanations";
import { REFUSAL_TEXTS, refusalIn, type RefusalCode, type RefusalMessage } from "../../src/text/explainRefusals";
import { ENGLISH_WORD } from "./english-words";

const n = (coef: number, exp = 0, cut = false): Shown => ({ value: { coef: intOf(coef), exp }, cut });
const sum = { kind: "groupColumn", index: 2, column: 3, group: "Skoler" } as const;

/** One sample of every code; the mapped type makes a new code without one a compile error. */
const SAMPLES: { [K in ExplanationCode]: ExplanationMessage & { code: K } } = {
  total: { code: "total", params: { decimals: 1, rounded: n(50, -1) } },
  quotaTotal: { code: "quotaTotal", params: { rate: n(15, -1), exact: n(123456, -3), rounded: n(123) } },
  held: { code: "held", params: { held: [{ name: "MSB", amount: n(14, -1) }], left: n(36, -1) } },
  spreadRule: { code: "spreadRule", params: { unit: n(1, -1), leftover: 3 } },
  partHeld: { code: "partHeld", params: { name: "MSB", amount: n(14, -1) } },
  partShare: {
    code: "partShare",
    params: { name: "MSO", weight: n(135, -3), share: n(135, -1), exact: n(675, -3), floor: n(6, -1), rest: n(75, -3) },
  },
  rankGot: { code: "rankGot", params: { rank: 2, of: 6, leftover: 3 } },
  rankMissed: { code: "rankMissed", params: { rank: 4, of: 6, leftover: 3 } },
  tieWeight: { code: "tieWeight", params: { other: "MTM" } },
  tiePosition: { code: "tiePosition", params: { other: "MTM" } },
  tieAmount: { code: "tieAmount", params: { other: "Løn" } },
  tieEarlierRow: { code: "tieEarlierRow", params: { other: "Løn" } },
  result: { code: "result", params: { amount: n(7, -1) } },
  hierarchyRule: { code: "hierarchyRule", params: {} },
  hierarchyLevel: {
    code: "hierarchyLevel",
    params: {
      parent: "Børn",
      parentAmount: n(100),
      node: "Skoler",
      share: n(1, 2, true),
      exact: n(3333333, -5, true),
      floor: n(33),
      rank: 1,
      extra: true,
      result: n(34),
    },
  },
  tableRule: { code: "tableRule", params: { unit: n(1) } },
  tableFigure: { code: "tableFigure", params: { exact: n(25, -1), nearest: n(3), printed: n(2) } },
  tableHalf: { code: "tableHalf", params: {} },
  tableRequired: { code: "tableRequired", params: { sum, units: 1, tooMany: true } },
  tableKept: { code: "tableKept", params: { sum, partners: [{ row: 2, column: 1, printed: n(4) }] } },
  repriceRule: { code: "repriceRule", params: { from: 2024, to: 2026, back: false } },
  repriceChain: {
    code: "repriceChain",
    params: { kind: "Løn", steps: [{ year: 2025, factor: n(103, -2) }], product: n(103, -2) },
  },
  repriceBack: { code: "repriceBack", params: { kind: "Løn", product: n(103, -2), factor: n(970873, -6, true) } },
  repriceLine: {
    code: "repriceLine",
    params: {
      name: "Materialer",
      kind: "Priser",
      amount: n(410),
      factor: n(10353, -4),
      back: false,
      exact: n(424473, -3),
    },
  },
  demographyRule: { code: "demographyRule", params: {} },
  demographyTerm: {
    code: "demographyTerm",
    params: {
      name: "80+ år",
      forecast: n(2790),
      base: n(2650),
      change: n(140),
      unit: n(1423, -4),
      rate: n(75),
      exact: n(149415, -4),
    },
  },
  columnRule: { code: "columnRule", params: { exact: n(27187865, -4), total: n(2719), unit: n(1), leftover: 2 } },
  columnCell: {
    code: "columnCell",
    params: { name: "Materialer", exact: n(424473, -3), floor: n(424), rest: n(473, -3) },
  },
  columnTotal: { code: "columnTotal", params: { exact: n(36359125, -6), total: n(364, -1) } },
};

describe("the Forklar sentences (src/text/explanations.ts)", () => {
  test.each(Object.keys(EXPLANATION_TEXTS))("%s", (code) => {
    const message = SAMPLES[code as ExplanationCode];
    const da = explanationIn(message, "da");
    const en = explanationIn(message, "en");
    expect(da.trim()).not.toBe("");
    expect(en.trim()).not.toBe("");
    expect(da).not.toBe(en);
    // The names put in (Materialer, Løn) are the user's; what is left must be Danish.
    expect(da).not.toMatch(ENGLISH_WORD);
  });

  test("numbers in each language's separators, a cut fraction marked", () => {
    expect(explanationIn(SAMPLES.repriceLine, "da")).toBe("Materialer (Priser): 410 × 1,0353 = præcist 424,473.");
    expect(explanationIn(SAMPLES.repriceLine, "en")).toBe("Materialer (Priser): 410 × 1.0353 = exactly 424.473.");
    expect(explanationIn(SAMPLES.columnRule, "da")).toMatch(
      /^Kolonnen summer præcist til 2\.718,7865, afrundet 2\.719\./,
    );
    expect(explanationIn(SAMPLES.repriceBack, "en")).toBe(
      "Løn: dividing by 1.03 is multiplying by 1 / 1.03 = 0.970873….",
    );
    expect(explanationIn(SAMPLES.rankMissed, "da")).toBe("Resten er nr. 4 af 6: der var kun 3 enheder at give.");
    // A printed amount keeps its decimals: 5,0 at one decimal, as the cell shows it.
    const total: ExplanationMessage = { code: "total", params: { decimals: 1, rounded: { ...n(50, -1), places: 1 } } };
    expect(explanationIn(total, "da")).toBe("Beløbet afrundet til 1 decimal: 5,0.");
    expect(explanationIn(total, "en")).toBe("The total rounded to 1 decimal: 5.0.");
  });
});

/** One sample of every refusal. */
const REFUSALS: { [K in RefusalCode]: RefusalMessage & { code: K } } = {
  notFormula: { code: "notFormula", params: {} },
  notBudget: { code: "notBudget", params: { name: "BUDGET.FORDEL" } },
  noSpillParent: { code: "noSpillParent", params: {} },
  outside: { code: "outside", params: {} },
  outsideResult: { code: "outsideResult", params: {} },
  noRounding: { code: "noRounding", params: { name: "BUDGET.ÅRSVÆRK" } },
  nested: { code: "nested", params: { argument: 1, text: "SUM(B1:B3)" } },
  otherWorkbook: { code: "otherWorkbook", params: { argument: 2, text: "[Budget.xlsx]Nøgle!B2:B7" } },
};

describe("why Forklar cannot follow a formula (src/text/explainRefusals.ts)", () => {
  test.each(Object.keys(REFUSAL_TEXTS))("%s", (code) => {
    const message = REFUSALS[code as RefusalCode];
    const da = refusalIn(message, "da");
    const en = refusalIn(message, "en");
    expect(da.trim()).not.toBe("");
    expect(da).not.toBe(en);
    // The formula's own text (SUM, [Budget.xlsx]) is the user's; what is left must be Danish.
    expect(da.replace("ExcelApi", "")).not.toMatch(ENGLISH_WORD);
  });

  test("an argument is named by its place and text", () => {
    expect(refusalIn(REFUSALS.nested, "da")).toMatch(/^Argument 1 \(SUM\(B1:B3\)\) er et udtryk/);
  });
});
