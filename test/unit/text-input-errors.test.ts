import { decimalOf, InputError, type Place } from "../../src/core";
import * as english from "../../src/core/messages";
import { DANISH_ARGUMENTS, inputErrorCode, renderInputError, type InputErrorCode } from "../../src/text/inputErrors";
import { danishTable } from "../../scripts/functions-metadata.cjs";
import registry from "../../src/functions/registry.json";
import { messageOf } from "../../src/taskpane/logic/errorMessages";

/** One sample of every code's parameters: a code without a sample here does not compile. */
const SAMPLES: { [C in InputErrorCode]: Parameters<(typeof english)[C]> } = {
  notFinite: [Infinity],
  notANumber: [true],
  emptyRange: [],
  raggedRange: [],
  notAVector: [3, 2],
  notASingle: [2, 2],
  blankNumber: [],
  shapeMismatch: [{ rows: 6, columns: 1 }, "weights", { rows: 5, columns: 1 }, 3],
  totalShape: [{ rows: 2, columns: 3 }],
  weightsRow: [4],
  idsEmpty: [],
  idsShape: [{ rows: 4, columns: 2 }],
  notAnId: [false],
  noPayback: [5],
  fullEffectShape: [{ rows: 2, columns: 2 }],
  targetShape: [{ rows: 1, columns: 2 }, 3],
  tooLarge: [2_000_000, 3],
  badDecimals: [11],
  tooManyDigits: [1e20, 2],
  negativeWeight: [-1.5],
  holdsBeyondTotal: [1200, 2, 1000],
  leftBeyondDigits: [1e16, 2, 2],
  nothingToSpread: [1000, 0],
  baseZero: [],
  salaryNotPositive: [0],
  normNotPositive: [-5],
  fteOverflow: [1e308, 1e-10],
  hoursOverflow: [1e308, 1e-10],
  rateAsPercent: [decimalOf(2.5)],
  rateNegative: [-0.01],
  quotaDigits: [6],
  basisOverflow: [1e308, -1e308, [3]],
  basesOverflow: [],
  netOverflow: [1e308, 1e308, [2, 3]],
  runningSumOverflow: [[0, 4]],
  phaseOverflow: [1e308, 100],
  phaseDigits: [1e14, 4],
  gapOverflow: [[0, 2]],
  checkOverflow: [],
  tableDigits: [2, [3, 2], 1e14],
  groupsShape: [{ rows: 4, columns: 2 }, 5],
  notALabel: [true],
  firstLabelBlank: [],
  groupReturns: [2, "Teknik"],
  subtotalDigits: [1, "MSB", 2],
  nodesEmpty: [],
  lengthMismatch: ["parents", 4, 5],
  negativeNodeWeight: [-2],
  noIds: [],
  weightNotLeafSum: [10, decimalOf(12.5)],
  leavesZero: [[2, 0, "Skoler"], 500, 2],
  blankNode: [],
  repeatedId: [[2, 0, 4711]],
  unknownParent: ["Ældre"],
  parentCycle: [[[2, 0, "A"], [3, 0, "B"], null]],
  yearNotWhole: [2024.5],
  indexTooSmall: [],
  indexYear: ["i år"],
  indexYearRepeated: [2025],
  indexHeading: [],
  indexYearMissing: [2027, 2024, 2027],
  indexRateBlank: [2025, "Løn"],
  indexRateAsPercent: [2025, "Løn", decimalOf(3)],
  unknownKind: ["Anlæg", ["Løn", "Priser", "Overførsler"]],
  typesShape: [{ rows: 3, columns: 2 }, 4],
  demographyShape: [
    { rows: 2, columns: 1 },
    { rows: 3, columns: 1 },
  ],
  countNotWhole: [-4],
  compensationNegative: [-0.25],
  rateShape: [{ rows: 1, columns: 3 }, 5],
};

/** Words that give away an English sentence left in the Danish pane. */
const ENGLISH = [
  /\brows?\b/,
  /\bcolumns?\b/,
  /\bType\b/,
  /\bSelect\b/,
  /\bmust\b/,
  /\bis not\b/,
  /\bthe\b/i,
  /\bGive\b/,
  /\bUse\b/,
  /\bblank\b/,
  /\bnumber\b/,
  /\bweights?\b/,
  /\btotal\b/,
  /\band\b/,
  /\bor\b/,
];

const codes = Object.keys(SAMPLES) as InputErrorCode[];

function errorOf(code: InputErrorCode, at?: Place): InputError {
  const text = english[code] as (...params: readonly unknown[]) => string;
  return new InputError("weights", text, SAMPLES[code], at);
}

describe("every InputError code in Danish and English", () => {
  test("the samples cover every exported English renderer", () => {
    expect(codes.sort()).toEqual(Object.keys(english).sort());
  });

  test.each(codes)("%s", (code) => {
    const error = errorOf(code, [3, 2]);
    expect(inputErrorCode(error)).toBe(code);
    const en = renderInputError(error, "en");
    const da = renderInputError(error, "da");
    expect(en).toBe(error.message);
    expect(en).toMatch(/^weights: row 3, column 2 \S/);
    expect(da).toMatch(/^nøgle: række 3, kolonne 2 \S/);
    expect(da.length).toBeGreaterThan("nøgle: række 3, kolonne 2 ".length + 10);
    expect(da).not.toBe(en);
    for (const word of ENGLISH) expect(da).not.toMatch(word);
  });
});

describe("Danish places, shapes and numbers", () => {
  test("a cell of a range, a row of a tree with its id, a shape", () => {
    expect(renderInputError(new InputError("holds", english.tooManyDigits, [1e20, 2], [0, 3]), "da")).toBe(
      "fastholdte: kolonne 3 er 100.000.000.000.000.000.000; afrundet til 2 decimaler kræver mere end de 15 cifre, Excel gemmer. Brug færre decimaler, eller angiv beløbene i 1.000 kr.",
    );
    expect(renderInputError(new InputError("nodes", english.repeatedId, [[2, 0, "Skoler"]], [5, 0, 4711]), "da")).toBe(
      'noder: række 5 (4711) gentager id\'et fra række 2 ("Skoler"). Hver node skal have sit eget id: omdøb en af dem.',
    );
    expect(renderInputError(new InputError("total", english.totalShape, [{ rows: 6, columns: 1 }]), "da")).toMatch(
      /^beløb: er 6 rækker × 1 kolonne\. /,
    );
    expect(renderInputError(new InputError("total", english.totalShape, [{ rows: 6, columns: 1 }]), "en")).toMatch(
      /^total: is 6 rows × 1 column\. /,
    );
  });

  test("the Danish argument names are the registry's Danish parameter names", () => {
    const table = danishTable(registry);
    for (const fn of Object.values(table)) {
      for (const [name, parameter] of Object.entries(fn.parameters)) {
        const first = Object.values(table).find((other) => name in other.parameters)?.parameters[name]?.name;
        expect({ name, danish: DANISH_ARGUMENTS[name] }).toEqual({ name, danish: first });
        expect(parameter.name.length).toBeGreaterThan(0);
      }
    }
  });
});

describe("the task pane", () => {
  test("messageOf shows a core InputError in the pane's language", () => {
    const error = new InputError("decimals", english.badDecimals, [11]);
    expect(messageOf(error, "en")).toBe(
      "decimals: is 11. Use a whole number from -9 to 10: 0 for whole amounts, 1 or 2 for decimals, -3 for thousands.",
    );
    expect(messageOf(error, "da")).toBe(
      "decimaler: er 11. Brug et helt tal fra -9 til 10: 0 for hele beløb, 1 eller 2 for decimaler, -3 for tusinder.",
    );
  });
});
