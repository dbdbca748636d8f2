/**
 * What Forhandling's reading of a proposal catalogue says it passed over or read on its own, on a
 * hand-made catalogue holding every case: a title above the headings, a column that is no year, a
 * units row, spaces around names, an amount typed as text, blank amounts, two blank rows, a
 * department subtotal, a stale "I alt" and an unnamed sum row.
 *
 * By hand (mio. kr., 2027 | 2028 | 2029), the four proposals:
 *   MSB Færre vikarer   1,25 | 2,45 | 2,45
 *   MSB Digital post    0,35 | 0    | 0,35   ("0,35" typed as text, 2028 blank)
 *   MBU Lukning filial  2,15 | 3,05 | 3,05
 *   MBU Færre licenser  0,20 | 0,25 | 0      (2029 blank)
 * add up to 3,95 | 5,75 | 5,85: the unnamed row 13 is exactly that (a total by its sum), the stale
 * "I alt" (99 a year) is passed over by its label and counts nowhere, nor does "MSB i alt".
 */
import { cellAddress, parseRange, type RangeRef } from "../../src/sheet/address";
import { readCatalogueGrid } from "../../src/negotiation/proposalCatalogue";
import { planNegotiation } from "../../src/negotiation/plan";
import { scenarioTotals } from "../../src/negotiation/model";
import { inferenceText } from "../../src/taskpane/logic/tableInferences";
import { readQuotas } from "../../src/taskpane/wizards/negotiation/negotiationQuotas";
import { createMemoryWorkbookApi } from "../../src/excel/memory/memoryApi";
import { MemoryWorkbook } from "../../src/excel/memory/memoryWorkbook";
import { SafeWriter } from "../../src/taskpane/logic/safeWriter";
import {
  defaultNegotiationInput,
  type NegotiationInput,
} from "../../src/taskpane/wizards/negotiation/negotiationModel";
import { negotiationPreviewIn } from "../../src/taskpane/wizards/negotiation/negotiationPlan";
import { readNegotiationSources } from "../../src/taskpane/wizards/negotiation/negotiationSources";
import { buildNegotiationWrite } from "../../src/taskpane/wizards/negotiation/negotiationWrite";

const RANGE = parseRange("Forslag!A1:F13") as RangeRef;
const name = (r: number, c: number) => cellAddress(RANGE, r, c);

const CATALOGUE = [
  ["Katalog 2027", "", "", "", "", ""],
  ["Afdeling", "Titel", "2027", 2028, 2029, "Bemærkning"],
  ["", "mio. kr.", "", "", "", ""],
  ["MSB ", "Færre vikarer", 1.25, 2.45, 2.45, "husk MED"],
  ["MSB", " Digital post", "0,35", "", 0.35, ""],
  ["", "", "", "", "", ""],
  ["", "", "", "", "", ""],
  ["MSB i alt", "", 1.6, 2.45, 2.8, ""],
  ["MBU", "Lukning af filial", 2.15, 3.05, 3.05, ""],
  ["MBU", "Færre licenser", 0.2, 0.25, "", ""],
  ["", "", "", "", "", ""],
  ["I alt", "", 99, 99, 99, ""],
  ["", "", 3.95, 5.75, 5.85, ""],
];

describe("Forhandling's catalogue reading says each thing it decided", () => {
  const read = readCatalogueGrid(CATALOGUE, "Forslag!A1:F13", name);

  test("the four proposals, trimmed, with the text amount as a number and the blanks as 0", () => {
    expect(read.years).toEqual(["2027", "2028", "2029"]);
    expect(read.proposals).toEqual([
      { department: "MSB", title: "Færre vikarer", amounts: [1.25, 2.45, 2.45] },
      { department: "MSB", title: "Digital post", amounts: [0.35, 0, 0.35] },
      { department: "MBU", title: "Lukning af filial", amounts: [2.15, 3.05, 3.05] },
      { department: "MBU", title: "Færre licenser", amounts: [0.2, 0.25, 0] },
    ]);
  });

  test("the passed-over totals count nowhere: all adopted, the sheet's sums are 3,95 | 5,75 | 5,85", () => {
    const merged = planNegotiation(read, undefined, { unit: "mkr", scenarios: 1, language: "da" });
    const n = merged.negotiation;
    n.proposals.forEach((p) => (p.choices[0] = { status: "adopted", partial: [null, null, null] }));
    expect(scenarioTotals(n, 0).adopted).toEqual([3.95, 5.75, 5.85]);
    expect(scenarioTotals(n, 0).departments.map((d) => [d.department, d.adopted])).toEqual([
      ["MSB", [1.6, 2.45, 2.8]],
      ["MBU", [2.35, 3.3, 3.05]],
    ]);
  });

  test("each inference, in order, as codes", () => {
    expect(read.inferences).toEqual([
      { code: "columnsNotRead", cells: ["Forslag!F2"], labels: ["Bemærkning"] },
      { code: "titleRowLeftOut", row: "Forslag!A1", label: "Katalog 2027" },
      { code: "unitsRowLeftOut", row: "Forslag!A3", label: "mio. kr." },
      { code: "blankRowsLeftOut", first: "Forslag!A6", last: "Forslag!A7", count: 2 },
      { code: "subtotalRowLeftOut", row: "Forslag!A8", label: "MSB i alt", bySum: false },
      { code: "blankRowsLeftOut", first: "Forslag!A11", last: "Forslag!A11", count: 1 },
      { code: "totalRowLeftOut", row: "Forslag!A12", label: "I alt", bySum: false },
      { code: "totalRowLeftOut", row: "Forslag!A13", label: "", bySum: true },
      { code: "blankReadAsZero", cells: ["Forslag!D5", "Forslag!E10"], names: ["Digital post", "Færre licenser"] },
      { code: "numbersFromText", cells: ["Forslag!C5"], texts: ["0,35"], values: [0.35] },
      { code: "spacesTrimmed", cells: ["Forslag!A4", "Forslag!B5"], texts: ["MSB ", " Digital post"] },
    ]);
  });

  test("said in Danish", () => {
    expect(read.inferences.map((i) => inferenceText(i).da)).toEqual([
      'Kolonner, der hverken er afdeling, titel eller et år, læses ikke: Forslag!F2 "Bemærkning".',
      'Forslag!A1 "Katalog 2027" er en titel: udeladt.',
      'Forslag!A3 angiver enheden "mio. kr.": udeladt som række.',
      "2 tomme rækker (Forslag!A6–Forslag!A7): udeladt.",
      'Forslag!A8 "MSB i alt" er en subtotal: udeladt.',
      "Forslag!A11 er en tom række: udeladt.",
      'Forslag!A12 "I alt" er en totalrække: udeladt.',
      "Forslag!A13 er summen af rækkerne over den: læst som total og udeladt.",
      "Tomme celler læst som 0: Forslag!D5 (Digital post), Forslag!E10 (Færre licenser).",
      'Beløb skrevet som tekst, læst som tal: Forslag!C5 "0,35" → 0,35.',
      'Mellemrum før eller efter teksten er fjernet: Forslag!A4 "MSB ", Forslag!B5 " Digital post".',
    ]);
  });

  test("said in English", () => {
    expect(read.inferences.map((i) => inferenceText(i).en)).toEqual([
      'Columns that are neither department, title nor a year are not read: Forslag!F2 "Bemærkning".',
      'Forslag!A1 "Katalog 2027" is a title: left out.',
      'Forslag!A3 states the unit "mio. kr.": not read as a row.',
      "2 blank rows (Forslag!A6–Forslag!A7): left out.",
      'Forslag!A8 "MSB i alt" is a subtotal: left out.',
      "Forslag!A11 is a blank row: left out.",
      'Forslag!A12 "I alt" is a total row: left out.',
      "Forslag!A13 is the sum of the rows above it: read as a total and left out.",
      "Blank cells read as 0: Forslag!D5 (Digital post), Forslag!E10 (Færre licenser).",
      'Amounts typed as text, read as numbers: Forslag!C5 "0,35" → 0.35.',
      'Spaces before or after the text are removed: Forslag!A4 "MSB ", Forslag!B5 " Digital post".',
    ]);
  });

  test("a clean catalogue says nothing", () => {
    const clean = readCatalogueGrid(
      [
        ["Afdeling", "Titel", 2027],
        ["MSB", "Færre vikarer", 1.25],
      ],
      "Forslag!A1:C2",
      name,
    );
    expect(clean.inferences).toEqual([]);
  });
});

describe("what the reading refuses instead of guessing, naming the cell", () => {
  const refused = (grid: unknown[][]) => {
    try {
      readCatalogueGrid(grid, "Forslag!A1:C9", name);
    } catch (error) {
      return (error as { text: { da: string; en: string } }).text;
    }
    throw new Error("not refused");
  };

  test("an unnamed row with amounts that are not the sum above: 1,25 + 0,35 is 1,6, not 1,5", () => {
    const text = refused([
      ["Afdeling", "Titel", 2027],
      ["MSB", "Færre vikarer", 1.25],
      ["MSB", "Digital post", 0.35],
      ["", "", 1.5],
    ]);
    expect(text.da).toBe(
      "Forslag!A4: rækken har beløb, men hverken afdeling eller titel (række 4 af markeringen). Skriv dem, eller fjern rækken fra markeringen.",
    );
    expect(text.en).toContain("Forslag!A4: the row has amounts, but neither department nor title");
  });

  test("a proposal without a title, and two proposals with one id (department and title, any case)", () => {
    expect(
      refused([
        ["Afdeling", "Titel", 2027],
        ["MSB", "", 1.25],
      ]).da,
    ).toBe("Forslag!B2: forslaget mangler titel. Skriv den, så forslaget kan genkendes ved næste kørsel.");
    expect(
      refused([
        ["Afdeling", "Titel", 2027],
        ["MSB", "Færre vikarer", 1.25],
        ["msb", "FÆRRE VIKARER ", 2],
      ]).da,
    ).toBe(
      'Forslag!B3: "FÆRRE VIKARER" i msb står også i række 2 af markeringen. Giv forslagene hver sin titel; de kendes på afdeling og titel.',
    );
  });

  test("the heading is looked for in the first 5 rows, and the message says so", () => {
    const grid = [["x"], [""], [""], [""], [""], ["Afdeling", "Titel", 2027], ["MSB", "Færre vikarer", 1]];
    expect(refused(grid).da).toContain("Forslag!A1:C9: en af de første 5 rækker skal have overskrifterne");
    expect(refused(grid).en).toContain("one of the first 5 rows must hold the headings");
  });
});

describe("the quotas range: nothing passed over in silence", () => {
  const quotas = async (rows: (string | number)[][], years: number) => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Kvoter");
    rows.forEach((row, r) => row.forEach((v, c) => wb.setInput("Kvoter", r, c, v)));
    const address = `Kvoter!A1:C${rows.length}`;
    return readQuotas(createMemoryWorkbookApi(wb), address, years, new Set(["MSB", "MBU"]));
  };
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => {
        throw new Error("not refused");
      },
      (error: unknown) => (error as { text: { da: string; en: string } }).text,
    );

  test("an amount without a department is refused, naming both cells", async () => {
    const text = await refusal(
      quotas(
        [
          ["MSB", 1.5, 1.5],
          ["", 2, 2],
        ],
        2,
      ),
    );
    expect(text.da).toBe(
      "Kvoterne: Kvoter!B2 har et beløb, men Kvoter!A2 ingen afdeling. Skriv afdelingens navn, eller fjern rækken fra markeringen.",
    );
    expect(text.en).toBe(
      "The quotas: Kvoter!B2 holds an amount, but Kvoter!A2 no department. Type the department's name, or leave the row out of the selection.",
    );
  });

  test("a blank year before an amount is refused, not read as one quota for every year", async () => {
    const text = await refusal(quotas([["MSB", "", 1.5]], 2));
    expect(text.da).toBe(
      "Kvoterne: MSB har intet beløb i Kvoter!B1, men et senere. Skriv ét beløb pr. år (0 for intet), eller ét beløb i Kvoter!B1 for alle år.",
    );
  });

  test("one amount is every year's, a blank row between is no quota; both as before", async () => {
    const read = await quotas(
      [
        ["MSB", 1.5, ""],
        ["", "", ""],
        ["MBU", 2, 2.5],
      ],
      2,
    );
    expect(read?.quotas).toEqual([
      ["MSB", [1.5, 1.5]],
      ["MBU", [2, 2.5]],
    ]);
    expect(read?.notes).toEqual([]);
  });
});

describe("a re-run's quota for a department whose proposals were deleted from the sheet", () => {
  const CATALOGUE_ROWS: (string | number)[][] = [
    ["Afdeling", "Titel", 2027],
    ["MSB", "Færre vikarer", 1.25],
    ["MKB", "Ny takst", 0.3],
  ];

  /** A sheet from the two proposals with the quotas MSB 1,5 and MKB 2,0, then MKB's proposal row cleared. */
  async function sheetWithoutMkb() {
    const wb = new MemoryWorkbook();
    wb.addSheet("Katalog");
    wb.addSheet("Kvoter");
    CATALOGUE_ROWS.forEach((row, r) => row.forEach((v, c) => wb.setInput("Katalog", r, c, v)));
    [
      ["MSB", 1.5],
      ["MKB", 2],
    ].forEach((row, r) => row.forEach((v, c) => wb.setInput("Kvoter", r, c, v)));
    await write(wb, { quotasAddress: "Kvoter!A1:B2", catalogueAddress: "Katalog!A1:C3" });
    // Rows 4 and 5 hold the proposals; the per-department part MSB on row 14, MKB on row 15; its
    // 2027 quota stands in the proposals' first year column, C.
    expect(wb.value("Forhandling", 14, 0)).toBe("MKB");
    expect(wb.value("Forhandling", 14, 2)).toBe(2);
    wb.setInput("Forhandling", 4, 0, "");
    wb.setInput("Forhandling", 4, 1, "");
    return wb;
  }

  async function write(wb: MemoryWorkbook, changes: Partial<NegotiationInput>) {
    const api = createMemoryWorkbookApi(wb);
    const input: NegotiationInput = { ...defaultNegotiationInput(), scenarios: 1, room: "", ...changes };
    const sources = await readNegotiationSources(api, input);
    const preview = negotiationPreviewIn("da")(sources, input);
    const plan = buildNegotiationWrite(sources, preview, input, "da", "Katalog");
    await new SafeWriter(api, () => Promise.resolve(true)).write(plan);
    return preview;
  }

  const rerun = { newSheet: false, target: "Forhandling!A1", quotasAddress: "" };

  test("a catalogue without MKB: the quota cannot stay, and the preview says so naming A15", async () => {
    const wb = await sheetWithoutMkb();
    for (let c = 0; c < 3; c++) wb.setInput("Katalog", 2, c, "");
    const preview = await write(wb, { ...rerun, catalogueAddress: "Katalog!A1:C2" });
    expect(preview.warnings.map((w) => w.da)).toEqual([
      "Kvoter på arket for afdelinger uden forslag skrives ikke igen (arket får en række pr. afdeling med forslag): MKB (A15). Skal kvoten bevares, så giv afdelingen et forslag i kataloget.",
    ]);
    expect(preview.departments).toBe(1);
  });

  test("the catalogue still has MKB: its proposal comes back as new, with the quota 2,0 it had", async () => {
    const wb = await sheetWithoutMkb();
    const preview = await write(wb, { ...rerun, catalogueAddress: "Katalog!A1:C3" });
    expect(preview.warnings).toEqual([]);
    expect(preview.added).toEqual(["MKB: Ny takst"]);
    expect(wb.value("Forhandling", 14, 0)).toBe("MKB");
    expect(wb.value("Forhandling", 14, 2)).toBe(2);
  });
});
