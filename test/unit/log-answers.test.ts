/**
 * Every answer to the table reader's questions reaches the log: the read looks the answer up (only
 * the answers it looks up are logged, not others kept in the session about other tables), the log's
 * Indtastet column words it in the pane's language with the cells it applies to, and the JSON record
 * keeps the question id and the answer's code as they are.
 */
import { createMemoryWorkbookApi } from "../../src/excel/memory/memoryApi";
import { createSampleMunicipality } from "../../src/sample/sampleMunicipality";
import { parseRange, type RangeRef } from "../../src/sheet/address";
import { readTableShape, type Answers } from "../../src/sheet/tableShape";
import { LOG_SHEET, type CellValue, type RangeData } from "../../src/sheet/types";
import { recordingAnswers, withAnswers } from "../../src/taskpane/logic/answersUsed";
import { readCatalogueBlock } from "../../src/taskpane/logic/catalogueTable";
import { answerText, logInputsText } from "../../src/taskpane/logic/logWords";
import { SafeWriter } from "../../src/taskpane/logic/safeWriter";
import { keySumInference } from "../../src/taskpane/wizards/allocation/keySum";
import { defaultAllocationInput } from "../../src/taskpane/wizards/allocation/allocationModel";
import { planAllocation } from "../../src/taskpane/wizards/allocation/allocationPlan";
import { readAllocationSources } from "../../src/taskpane/wizards/allocation/allocationSources";
import { buildAllocationWrite } from "../../src/taskpane/wizards/allocation/allocationWrite";

function data(address: string, values: CellValue[][], hiddenRows?: boolean[]): RangeData {
  const range = parseRange(address) as RangeRef;
  return {
    address,
    range,
    values,
    formulas: values,
    numberFormats: values.map((row) => row.map(() => "General")),
    ...(hiddenRows ? { hiddenRows } : {}),
  };
}

/** An answer kept in the session about a table this read does not touch: never logged. */
const ELSEWHERE: Answers = { "sum:Andet!A9": "total" };

/** The answers the read looked up, and the log's words for them in both languages. */
function logged(read: (answers: Answers) => unknown, answers: Answers) {
  const recording = recordingAnswers({ ...ELSEWHERE, ...answers });
  read(recording.answers);
  const used = recording.used();
  const inputs = withAnswers({ unit: "mkr" }, used);
  return {
    used,
    da: logInputsText(inputs, "da").split("\n"),
    en: logInputsText(inputs, "en").split("\n"),
  };
}

const KEY: CellValue[][] = [
  ["Afdeling", "Andel"],
  ["MSB", 0.284],
  ["MTM", 0.081],
  ["MSO", 0.135],
  ["MKB", 0.068],
  ["MBU", 0.279],
  ["BA", 0.153],
];
const HIDDEN = [false, false, false, false, true, false, false];

describe("each answer kind is logged with its cells, in the pane's language", () => {
  test("hidden rows included", () => {
    const read = logged((answers) => readTableShape(data("Nøgle!A1:B7", KEY, HIDDEN), { amountColumns: 1, answers }), {
      "hidden:Nøgle!A5": "include",
    });
    expect(read.used).toEqual({ "hidden:Nøgle!A5": "include" });
    expect(read.da).toEqual(["Enhed: mio. kr.", "Svar på spørgsmål: Skjulte rækker Nøgle!A5: taget med"]);
    expect(read.en).toEqual(["Unit: DKK million", "Answers to questions: Hidden rows Nøgle!A5: included"]);
  });

  test("hidden rows left out, two of them", () => {
    const read = logged(
      (answers) =>
        readTableShape(data("Nøgle!A1:B7", KEY, [false, false, false, false, true, true, false]), {
          amountColumns: 1,
          answers,
        }),
      { "hidden:Nøgle!A5,Nøgle!A6": "leaveOut" },
    );
    expect(read.used).toEqual({ "hidden:Nøgle!A5,Nøgle!A6": "leaveOut" });
    expect(read.da[1]).toBe("Svar på spørgsmål: Skjulte rækker Nøgle!A5, Nøgle!A6: udeladt");
    expect(read.en[1]).toBe("Answers to questions: Hidden rows Nøgle!A5, Nøgle!A6: left out");
  });

  const SUMMED: CellValue[][] = [
    ["Afdeling", "Budget"],
    ["A", 10],
    ["B", 20],
    ["Kommunen", 30],
  ];

  test("a named row that is the sum above: a total", () => {
    const read = logged((answers) => readTableShape(data("Ark!A1:B4", SUMMED), { amountColumns: 1, answers }), {
      "sum:Ark!A4": "total",
    });
    expect(read.used).toEqual({ "sum:Ark!A4": "total" });
    expect(read.da[1]).toBe("Svar på spørgsmål: Ark!A4, summen af rækkerne over den: en total, udeladt");
    expect(read.en[1]).toBe("Answers to questions: Ark!A4, the sum of the rows above it: a total, left out");
  });

  test("a named row that is the sum above: a row like the others", () => {
    const read = logged((answers) => readTableShape(data("Ark!A1:B4", SUMMED), { amountColumns: 1, answers }), {
      "sum:Ark!A4": "data",
    });
    expect(read.used).toEqual({ "sum:Ark!A4": "data" });
    expect(read.da[1]).toBe("Svar på spørgsmål: Ark!A4, summen af rækkerne over den: en række som de andre");
    expect(read.en[1]).toBe("Answers to questions: Ark!A4, the sum of the rows above it: a row like the others");
  });

  const SECTIONS: CellValue[][] = [
    ["Enhed", "Budget"],
    ["Skoler", ""],
    ["Nordskolen", 30],
    ["Sydskolen", 25],
    ["Dagtilbud", ""],
    ["Børnehuset", 20],
  ];

  test("a name without an amount: a row of 0, and a heading", () => {
    const zero = logged((answers) => readTableShape(data("Ark!A1:B6", SECTIONS), { amountColumns: 1, answers }), {
      "zero:Ark!A5": "zero",
    });
    expect(zero.used).toEqual({ "zero:Ark!A5": "zero" });
    expect(zero.da[1]).toBe("Svar på spørgsmål: Ark!A5 uden beløb: en række med 0");
    expect(zero.en[1]).toBe("Answers to questions: Ark!A5 without amounts: a row of 0");
    const label = logged((answers) => readTableShape(data("Ark!A1:B6", SECTIONS), { amountColumns: 1, answers }), {
      "zero:Ark!A5": "label",
    });
    expect(label.da[1]).toBe("Svar på spørgsmål: Ark!A5 uden beløb: en overskrift, udeladt");
    expect(label.en[1]).toBe("Answers to questions: Ark!A5 without amounts: a heading, left out");
  });

  test("rows apart under live formulas: fixed values", () => {
    const block = data("Rå!A1:C4", [
      ["Gevinster", 2024, 2025],
      ["Digital post", 0, 2],
      ["MSB i alt", 0, 2],
      ["Fælles indkøb", 1.2, 2.4],
    ]);
    const what = { da: "Gevinster", en: "Gains" };
    const read = logged((answers) => readCatalogueBlock(block, what, answers, "liveBlock"), {
      "together:Rå!A1:C4": "values",
    });
    expect(read.used).toEqual({ "together:Rå!A1:C4": "values" });
    expect(read.da[1]).toBe(
      "Svar på spørgsmål: Rækkerne i Rå!A1:C4 står ikke samlet: faste værdier i stedet for formler",
    );
    expect(read.en[1]).toBe(
      "Answers to questions: The rows of Rå!A1:C4 are not together: fixed values instead of formulas",
    );
  });

  test("a key far from 100 %: spread in proportion (200 %: 0,284 … 0,153 twice)", () => {
    const weights = [0.284, 0.081, 0.135, 0.068, 0.279, 0.153, 1];
    const read = logged((answers) => keySumInference(weights, true, "Nøgle!A1:B8", answers), {
      "keySum:Nøgle!A1:B8": "spread",
    });
    expect(read.used).toEqual({ "keySum:Nøgle!A1:B8": "spread" });
    expect(read.da[1]).toBe(
      "Svar på spørgsmål: Nøglen i Nøgle!A1:B8 summer ikke til 100 %: fordelt efter vægtenes forhold",
    );
    expect(read.en[1]).toBe(
      "Answers to questions: The key in Nøgle!A1:B8 does not add up to 100 %: spread in proportion to the weights",
    );
  });

  test("a total typed with %: read as the number", () => {
    expect(answerText("percentTotal:5,0 %", "number", "da")).toBe(
      'Det skrevne beløb "5,0 %": læst som tal, ikke som procent',
    );
    expect(answerText("percentTotal:5,0 %", "number", "en")).toBe(
      'The typed amount "5,0 %": read as a number, not a percentage',
    );
  });

  test("an answer the reader did not look up (the table was not asked about) is not logged", () => {
    const read = logged((answers) => readTableShape(data("Nøgle!A1:B7", KEY), { amountColumns: 1, answers }), {
      "hidden:Nøgle!A5": "include",
    });
    expect(read.used).toEqual({});
    expect(read.da).toEqual(["Enhed: mio. kr."]);
  });

  test("years confirmed as amounts (an input of Fordel, not a question id) are logged with their cells", () => {
    expect(logInputsText({ yearsAsAmounts: "Besparelser!B1:E1" }, "da")).toBe(
      "Årstal bekræftet som beløb: Besparelser!B1:E1",
    );
    expect(logInputsText({ yearsAsAmounts: "Besparelser!B1:E1" }, "en")).toBe(
      "Years confirmed as amounts: Besparelser!B1:E1",
    );
  });

  test("an id of a kind the words do not know is shown with its codes, not dropped", () => {
    expect(answerText("newKind:Ark!A1", "yes", "da")).toBe("newKind:Ark!A1: yes");
  });
});

describe("through a real write: Fordel with a typed total of 5,0 %, answered 'read as 5,0'", () => {
  test("the log's Indtastet says the answer in Danish, and the JSON keeps the id and the code", async () => {
    const wb = createSampleMunicipality();
    const api = createMemoryWorkbookApi(wb);
    const input = {
      ...defaultAllocationInput(),
      keyAddress: "Nøgletabel",
      target: "Fordeling!A1",
      totalsTyped: "5,0 %",
    };
    const recording = recordingAnswers({ ...ELSEWHERE, "percentTotal:5,0 %": "number" });
    const sources = await readAllocationSources(api, input, recording.answers);
    // Read as 5,0 (not 0,05): the parts of 5,0 by the sample key, in tenths 1,4 0,4 0,7 0,3 1,4 0,8.
    const preview = planAllocation(sources, input);
    expect(preview.parts.map((r) => r[0])).toEqual([1.4, 0.4, 0.7, 0.3, 1.4, 0.8]);
    const plan = buildAllocationWrite(sources, preview, input, "da", "Fordeling");
    const writer = new SafeWriter(api, () => Promise.resolve(true));
    await writer.write({ ...plan, inputs: withAnswers(plan.inputs, recording.used()) });
    const shown = String(wb.input(LOG_SHEET, 1, 4)).split("\n");
    expect(shown[0]).toBe("Beløbet fra: skrevet");
    expect(shown[shown.length - 1]).toBe(
      'Svar på spørgsmål: Det skrevne beløb "5,0 %": læst som tal, ikke som procent',
    );
    const record = JSON.parse(String(wb.input(LOG_SHEET, 1, 5))) as { inputs: string };
    const inputs = JSON.parse(record.inputs) as Record<string, unknown>;
    expect(inputs.answers).toEqual({ "percentTotal:5,0 %": "number" });
    expect(inputs).toMatchObject({ totalsFrom: "typed", totalsTyped: "5,0 %", unit: "mkr" });
  });

  test("in an English pane the same answer is logged in English", async () => {
    const wb = createSampleMunicipality();
    const api = createMemoryWorkbookApi(wb);
    const input = {
      ...defaultAllocationInput(),
      keyAddress: "Nøgletabel",
      target: "Fordeling!A1",
      totalsTyped: "5,0 %",
    };
    const recording = recordingAnswers({ "percentTotal:5,0 %": "number" });
    const sources = await readAllocationSources(api, input, recording.answers);
    const plan = buildAllocationWrite(sources, planAllocation(sources, input), input, "en", "Fordeling");
    const writer = new SafeWriter(api, () => Promise.resolve(true));
    writer.speak("en");
    await writer.write({ ...plan, inputs: withAnswers(plan.inputs, recording.used()) });
    const shown = String(wb.input(LOG_SHEET, 1, 4)).split("\n");
    expect(shown[shown.length - 1]).toBe(
      'Answers to questions: The typed amount "5,0 %": read as a number, not a percentage',
    );
  });
});
