/**
 * Undo of a write to an existing sheet puts back the drop-downs and page setup the write set, as they
 * were: a range without validation is left without, another list comes back cell for cell (also where
 * it reached outside the range), and the sheet prints as before. Checked in the in-memory workbook,
 * by hand-made plans and through the negotiation and annex wizards.
 */
import { columnName } from "../../src/sheet/address";
import type { WorkbookApi } from "../../src/sheet/types";
import { createMemoryWorkbookApi } from "../../src/excel/memory/memoryApi";
import { MemoryWorkbook } from "../../src/excel/memory/memoryWorkbook";
import { createSampleMunicipality } from "../../src/sample/sampleMunicipality";
import { SafeWriter } from "../../src/taskpane/logic/safeWriter";
import type { PlannedWrite } from "../../src/taskpane/wizards/contract";
import {
  buildAnnexWrite,
  defaultAnnexInput,
  planAnnex,
  readAnnexSources,
} from "../../src/taskpane/wizards/annex/annexWizardLogic";
import {
  defaultNegotiationInput,
  type NegotiationInput,
} from "../../src/taskpane/wizards/negotiation/negotiationModel";
import { negotiationPreviewIn } from "../../src/taskpane/wizards/negotiation/negotiationPlan";
import { readNegotiationSources } from "../../src/taskpane/wizards/negotiation/negotiationSources";
import { buildNegotiationWrite } from "../../src/taskpane/wizards/negotiation/negotiationWrite";

const STATUSES = ["Vedtaget", "Forkastet", "Delvis"];

/** Three proposals for two years (README's worked example). */
const CATALOGUE = [
  ["Afdeling", "Titel", 2027, 2028],
  ["MSB", "Færre vikarer", 1, 2],
  ["MSB", "Digital post", 0.5, 0.5],
  ["MBU", "Lukning af filial", 2, 3],
];

/** The list on each cell of rows 0–9, columns 0–5 ("" for none), found cell by cell: the independent check. */
function dropDownGrid(wb: MemoryWorkbook, sheet: string): string[][] {
  const { validations } = wb.requireSheet(sheet);
  return Array.from({ length: 10 }, (_, r) =>
    Array.from({ length: 6 }, (__, c) => {
      const on = validations.filter(
        (v) => v.range.start.row <= r && r <= v.range.end.row && v.range.start.column <= c && c <= v.range.end.column,
      );
      // A cell has at most one validation, as in Excel.
      expect(on.length).toBeLessThanOrEqual(1);
      return on[0]?.choices.join("/") ?? "";
    }),
  );
}

/** One cell of dropDownGrid's answer. */
function at(grid: string[][], r: number, c: number): string | undefined {
  return grid[r]?.[c];
}

/** A 3 × 2 block at Ark!B2 with a drop-down on its second column (C2:C4) and the page set up. */
function plan(): PlannedWrite {
  return {
    wizard: "test",
    method: { da: "tre rækker", en: "three rows" },
    inputs: {},
    topLeft: { sheet: "Ark", start: { row: 1, column: 1 }, end: { row: 1, column: 1 } },
    block: {
      formulas: [
        ["A", ""],
        ["B", ""],
        ["C", ""],
      ],
    },
    validations: [{ row: 0, column: 1, rows: 3, columns: 1, choices: STATUSES }],
    pageSetup: { orientation: "landscape", paper: "A4", titleRows: [2, 4], fitToWidth: true, header: { left: "X" } },
  };
}

function sheet(): { wb: MemoryWorkbook; api: WorkbookApi; writer: SafeWriter } {
  const wb = new MemoryWorkbook();
  wb.addSheet("Ark");
  const api = createMemoryWorkbookApi(wb);
  return { wb, api, writer: new SafeWriter(api, () => Promise.resolve(true)) };
}

describe("in-memory validations: one per cell, as in Excel", () => {
  test("a list set over part of another cuts it; reading a range gives its part only", async () => {
    const { wb, api } = sheet();
    await api.setListValidation?.({ address: "Ark!A1:C3", choices: ["Ja", "Nej"] });
    await api.setListValidation?.({ address: "Ark!B2:B5", choices: ["1", "2"] });
    const grid = dropDownGrid(wb, "Ark");
    expect(grid.slice(0, 5).map((row) => row.slice(0, 4))).toEqual([
      ["Ja/Nej", "Ja/Nej", "Ja/Nej", ""],
      ["Ja/Nej", "1/2", "Ja/Nej", ""],
      ["Ja/Nej", "1/2", "Ja/Nej", ""],
      ["", "1/2", "", ""],
      ["", "1/2", "", ""],
    ]);
    const saved = await api.readValidation?.("Ark!C3:D4");
    expect(saved?.state).toEqual([
      { range: { sheet: "Ark", start: { row: 2, column: 2 }, end: { row: 2, column: 2 } }, choices: ["Ja", "Nej"] },
    ]);
  });
});

describe("SafeWriter undo on an existing sheet: drop-downs and page setup", () => {
  test("a drop-down over cells that had none: undo leaves them without", async () => {
    const { wb, writer } = sheet();
    await writer.write(plan());
    expect(at(dropDownGrid(wb, "Ark"), 2, 2)).toBe("Vedtaget/Forkastet/Delvis");
    await writer.undo();
    expect(wb.requireSheet("Ark").validations).toEqual([]);
  });

  test("over another list reaching outside the range: undo gives every cell its list back", async () => {
    const { wb, api, writer } = sheet();
    await api.setListValidation?.({ address: "Ark!B1:D6", choices: ["Ja", "Nej"] });
    await api.setListValidation?.({ address: "Ark!C3", choices: ["Måske"] });
    const before = dropDownGrid(wb, "Ark");
    await writer.write(plan());
    const during = dropDownGrid(wb, "Ark");
    expect([1, 2, 3].map((r) => at(during, r, 2))).toEqual(Array(3).fill("Vedtaget/Forkastet/Delvis"));
    expect(at(during, 4, 2)).toBe("Ja/Nej");
    await writer.undo();
    expect(dropDownGrid(wb, "Ark")).toEqual(before);
    expect(at(before, 2, 2)).toBe("Måske");
  });

  test("page setup: the orientation, title rows and header the sheet had come back; none stays none", async () => {
    const { wb, api, writer } = sheet();
    await writer.write(plan());
    expect(wb.requireSheet("Ark").pageSetup?.titleRows).toEqual([2, 4]);
    await writer.undo();
    expect(wb.requireSheet("Ark").pageSetup).toBeUndefined();

    const portrait = { orientation: "portrait", paper: "A4", titleRows: [1, 1], header: { center: "Budget" } } as const;
    await api.setPageSetup?.("Ark", { ...portrait, titleRows: [1, 1] });
    await writer.write(plan());
    expect(wb.requireSheet("Ark").pageSetup?.orientation).toBe("landscape");
    await writer.undo();
    expect(wb.requireSheet("Ark").pageSetup).toEqual({ ...portrait, titleRows: [1, 1] });
  });

  test("where the workbook cannot set them, nothing is read and undo touches no validation", async () => {
    const { wb, api } = sheet();
    await api.setListValidation?.({ address: "Ark!C2", choices: ["Ja"] });
    const without: WorkbookApi = { ...api };
    delete without.setListValidation;
    delete without.setPageSetup;
    const writer = new SafeWriter(without, () => Promise.resolve(true));
    await writer.write(plan());
    expect(writer.last()?.beforeValidations).toBeUndefined();
    expect(writer.last()?.beforePageSetup).toBeUndefined();
    await writer.undo();
    expect(at(dropDownGrid(wb, "Ark"), 1, 2)).toBe("Ja");
  });
});

describe("through the wizards", () => {
  test("negotiation re-run on its sheet over a user's own list: undo gives back the first run's drop-downs and the list", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Katalog");
    CATALOGUE.forEach((row, r) => row.forEach((v, c) => wb.setInput("Katalog", r, c, v)));
    const api = createMemoryWorkbookApi(wb);
    const writer = new SafeWriter(api, () => Promise.resolve(true));
    const write = async (changes: Partial<NegotiationInput>) => {
      const input = { ...defaultNegotiationInput(), catalogueAddress: "Katalog!A1:D4", room: "3; 5", ...changes };
      const sources = await readNegotiationSources(api, input);
      await writer.write(
        buildNegotiationWrite(sources, negotiationPreviewIn("da")(sources, input), input, "da", "Katalog"),
      );
    };
    await write({});
    // The user puts a list of their own on a status cell of Forlig B (and the cell below the statuses).
    const statusB = wb.requireSheet("Forhandling").validations[1]?.range;
    if (!statusB) throw new Error("the first run put no drop-down on Forlig B's statuses");
    const own = { sheet: "Forhandling", start: statusB.start, end: { ...statusB.start, row: statusB.end.row + 1 } };
    await api.setListValidation?.({
      address: `Forhandling!${cell(own.start)}:${cell(own.end)}`,
      choices: ["Ja", "Nej"],
    });
    const validationsBefore = structuredClone(wb.requireSheet("Forhandling").validations);
    await write({ newSheet: false, target: "Forhandling!A1" });
    expect(wb.requireSheet("Forhandling").validations.map((v) => v.choices.join("/"))).toEqual([
      "Ja/Nej", // the cell below the statuses keeps the user's list
      "Vedtaget/Forkastet/Delvis",
      "Vedtaget/Forkastet/Delvis",
    ]);
    await writer.undo();
    const cells = (vs: typeof validationsBefore) =>
      vs
        .flatMap((v) => {
          const out: string[] = [];
          for (let r = v.range.start.row; r <= v.range.end.row; r++)
            for (let c = v.range.start.column; c <= v.range.end.column; c++)
              out.push(`${r},${c}:${v.choices.join("/")}`);
          return out;
        })
        .sort();
    expect(cells(wb.requireSheet("Forhandling").validations)).toEqual(cells(validationsBefore));
    expect(cells(validationsBefore)).toContain(`${statusB.start.row},${statusB.start.column}:Ja/Nej`);
  });

  test("annex written over an existing sheet with its own page setup: undo puts that setup back", async () => {
    const wb = createSampleMunicipality();
    const api = createMemoryWorkbookApi(wb);
    wb.addSheet("Udskrift");
    const own = { orientation: "portrait", paper: "A4", titleRows: [1, 2] } as const;
    await api.setPageSetup?.("Udskrift", { ...own, titleRows: [1, 2] });
    const input = {
      ...defaultAnnexInput(),
      source: "Forhandling!A1",
      municipality: "Eksempel Kommune",
      newSheet: false,
      target: "Udskrift!A5",
    };
    const sources = await readAnnexSources(api, input);
    const writePlan = buildAnnexWrite(sources, planAnnex(sources, input), input, "da", "Nøgle", new Date(2026, 10, 30));
    const writer = new SafeWriter(api, () => Promise.resolve(true));
    await writer.write(writePlan);
    // The annex's heading rows are its first three, here rows 5–7.
    expect(wb.requireSheet("Udskrift").pageSetup).toMatchObject({ orientation: "landscape", titleRows: [5, 7] });
    await writer.undo();
    expect(wb.requireSheet("Udskrift").pageSetup).toEqual({ ...own, titleRows: [1, 2] });
  });
});

function cell(at: { row: number; column: number }): string {
  return `${columnName(at.column)}${at.row + 1}`;
}
