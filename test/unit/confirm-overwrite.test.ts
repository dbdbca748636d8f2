/**
 * The question before a write over filled cells says what changes: how many cells, how many of
 * them formulas and what replaces those, whether a wizard wrote them earlier in this session, and
 * that "Fortryd" puts them back. Through SafeWriter over the sample municipality's Nøgle sheet
 * (A7:B8 holds BA, 0,153, "I alt" and =SUM(B2:B7)) and over sheets the writes themselves add.
 */
import { createMemoryWorkbookApi } from "../../src/excel/memory/memoryApi";
import { createSampleMunicipality } from "../../src/sample/sampleMunicipality";
import type { Overwrite } from "../../src/taskpane/logic/overwrite";
import { SafeWriter } from "../../src/taskpane/logic/safeWriter";
import { confirmMessage } from "../../src/taskpane/ui/strings";
import type { PlannedWrite, Text } from "../../src/taskpane/wizards/contract";
import type { CellInput } from "../../src/sheet/types";

const QUOTA: Text = { da: "Kvote", en: "Quota" };

function plan(wizard: string, sheet: string, row: number, column: number, formulas: CellInput[][]): PlannedWrite {
  const start = { row, column };
  return {
    wizard,
    method: { da: "prøve", en: "trial" },
    inputs: {},
    topLeft: { sheet, start, end: start },
    block: { formulas },
  };
}

/** A writer over the sample that says yes and keeps every question's address and Overwrite. */
function asking() {
  const wb = createSampleMunicipality();
  const api = createMemoryWorkbookApi(wb);
  const asked: { address: string; occupied: number; overwrite: Overwrite }[] = [];
  const writer = new SafeWriter(api, (address, overwrite) => {
    asked.push({ address, occupied: overwrite.occupied, overwrite });
    return Promise.resolve(true);
  });
  return { wb, api, writer, asked };
}

describe("what a write over filled cells changes (describeOverwrite through SafeWriter)", () => {
  test("the key's last two rows: 4 cells, 1 formula, replaced by a formula or by a value as the block has it", async () => {
    const { writer, asked } = asking();
    await writer.write(
      plan("test", "Nøgle", 6, 0, [
        ["X", 1],
        ["Y", "=B7*2"],
      ]),
    );
    expect(asked).toEqual([
      {
        address: "Nøgle!A7:B8",
        occupied: 4,
        overwrite: { occupied: 4, formulas: 1, formulasBecome: "formulas", earlier: undefined },
      },
    ]);
    await writer.undo();
    // The same block as values: =SUM(B2:B7) in B8 becomes the number 2.
    await writer.write(
      plan("test", "Nøgle", 6, 0, [
        ["X", 1],
        ["Y", 2],
      ]),
    );
    expect(asked[1]?.overwrite).toEqual({ occupied: 4, formulas: 1, formulasBecome: "values", earlier: undefined });
  });

  test("a block an earlier write of this session made: named by its wizard, the latest one first", async () => {
    const { writer, asked } = asking();
    await writer.write({ ...plan("quota", "Ny", 0, 0, [["=1+1", "=2+2"]]), newSheet: "Ny" });
    expect(asked).toEqual([]);
    // One formula is written over by a formula, the other by a number.
    await writer.write(plan("allocation", "Ny", 0, 0, [["=3+3", 5]]));
    expect(asked[0]).toEqual({
      address: "Ny!A1:B1",
      occupied: 2,
      overwrite: { occupied: 2, formulas: 2, formulasBecome: "both", earlier: { wizard: "quota", all: true } },
    });
    // Now A1:B1 is allocation's; asked again over it and beyond, the latest write is named.
    await writer.write(plan("reprice", "Ny", 0, 0, [[7], [8]]));
    expect(asked[1]?.overwrite).toEqual({
      occupied: 1,
      formulas: 1,
      formulasBecome: "values",
      earlier: { wizard: "allocation", all: true },
    });
    // After two undos only quota's write is left, and it holds A1:B1 again.
    await writer.undo();
    await writer.undo();
    await writer.write(plan("reprice", "Ny", 0, 0, [[7, 8]]));
    expect(asked[2]?.overwrite.earlier).toEqual({ wizard: "quota", all: true });
  });

  test("an undone write is not named: the cells are the user's again", async () => {
    const { writer, asked } = asking();
    await writer.write(plan("quota", "Nøgle", 1, 0, [["A"], ["B"]]));
    await writer.undo();
    await writer.write(plan("allocation", "Nøgle", 1, 0, [["A"], ["B"]]));
    expect(asked.map((a) => a.overwrite.earlier)).toEqual([undefined, undefined]);
    // Not undone, the same write is named the next time.
    await writer.write(plan("reprice", "Nøgle", 1, 0, [["C"], ["D"]]));
    expect(asked[2]?.overwrite.earlier).toEqual({ wizard: "allocation", all: true });
  });

  test("cells partly the user's: the wizard wrote only some of them", async () => {
    const { wb, writer, asked } = asking();
    await writer.write({ ...plan("quota", "Ny", 0, 0, [[1, 2]]), newSheet: "Ny" });
    wb.setInput("Ny", 1, 0, "mine");
    await writer.write(
      plan("allocation", "Ny", 0, 0, [
        [3, 4],
        ["", ""],
      ]),
    );
    expect(asked[0]?.overwrite).toEqual({
      occupied: 3,
      formulas: 0,
      formulasBecome: undefined,
      earlier: { wizard: "quota", all: false },
    });
  });

  test("the user's own cells on the sample: no wizard named", async () => {
    const { writer, asked } = asking();
    await writer.write(plan("test", "Nøgle", 1, 0, [["A"], ["B"]]));
    expect(asked[0]?.overwrite).toEqual({ occupied: 2, formulas: 0, formulasBecome: undefined, earlier: undefined });
  });
});

describe("the confirmation's words (confirmMessage)", () => {
  const o = (overwrite: Partial<Overwrite>): Overwrite => ({
    occupied: 4,
    formulas: 0,
    formulasBecome: undefined,
    earlier: undefined,
    ...overwrite,
  });

  test("plural, no formulas, the user's own cells", () => {
    expect(confirmMessage("Nøgle!A2:A3", o({ occupied: 2 }), undefined)).toEqual({
      da: 'Nøgle!A2:A3 har indhold i 2 celler. "Fortryd" kan sætte dem tilbage bagefter.',
      en: 'Nøgle!A2:A3 holds data in 2 cells. "Undo" can put them back afterwards.',
    });
  });

  test("plural with one formula, replaced by Råderum's", () => {
    expect(confirmMessage("Nøgle!A7:B8", o({ formulas: 1, formulasBecome: "formulas" }), undefined)).toEqual({
      da: 'Nøgle!A7:B8 har indhold i 4 celler, heraf 1 formel. Formlen erstattes af en formel fra Råderum. "Fortryd" kan sætte dem tilbage bagefter.',
      en: 'Nøgle!A7:B8 holds data in 4 cells, 1 of them a formula. The formula is replaced by a Råderum formula. "Undo" can put them back afterwards.',
    });
  });

  test("plural with formulas replaced by values, written by a wizard earlier", () => {
    const overwrite = o({
      occupied: 30,
      formulas: 12,
      formulasBecome: "values",
      earlier: { wizard: "quota", all: true },
    });
    expect(confirmMessage("Budget!F1:H10", overwrite, QUOTA)).toEqual({
      da: 'Budget!F1:H10 har indhold i 30 celler, heraf 12 formler. Formlerne erstattes af faste værdier. Guiden Kvote skrev dem tidligere i denne session. "Fortryd" kan sætte dem tilbage bagefter.',
      en: 'Budget!F1:H10 holds data in 30 cells, 12 of them formulas. The formulas are replaced by values. The Quota wizard wrote them earlier in this session. "Undo" can put them back afterwards.',
    });
  });

  test("formulas replaced by both, some of the cells a wizard's", () => {
    const overwrite = o({ formulas: 2, formulasBecome: "both", earlier: { wizard: "quota", all: false } });
    expect(confirmMessage("Ny!A1:B2", overwrite, QUOTA)).toEqual({
      da: 'Ny!A1:B2 har indhold i 4 celler, heraf 2 formler. Formlerne erstattes af Råderums formler og faste værdier. Guiden Kvote skrev nogle af dem tidligere i denne session. "Fortryd" kan sætte dem tilbage bagefter.',
      en: 'Ny!A1:B2 holds data in 4 cells, 2 of them formulas. The formulas are replaced by Råderum\'s formulas and values. The Quota wizard wrote some of them earlier in this session. "Undo" can put them back afterwards.',
    });
  });

  test("one cell, a formula, replaced by a value, a wizard's", () => {
    const overwrite = o({
      occupied: 1,
      formulas: 1,
      formulasBecome: "values",
      earlier: { wizard: "quota", all: true },
    });
    expect(confirmMessage("Ny!A1", overwrite, QUOTA)).toEqual({
      da: 'Ny!A1 har indhold i 1 celle, en formel. Formlen erstattes af en fast værdi. Guiden Kvote skrev den tidligere i denne session. "Fortryd" kan sætte den tilbage bagefter.',
      en: 'Ny!A1 holds data in 1 cell, a formula. The formula is replaced by a value. The Quota wizard wrote it earlier in this session. "Undo" can put it back afterwards.',
    });
  });

  test("one cell without a formula; several formulas replaced by Råderum's", () => {
    expect(confirmMessage("Ny!C3", o({ occupied: 1 }), undefined)).toEqual({
      da: 'Ny!C3 har indhold i 1 celle. "Fortryd" kan sætte den tilbage bagefter.',
      en: 'Ny!C3 holds data in 1 cell. "Undo" can put it back afterwards.',
    });
    expect(confirmMessage("Ny!A1:A5", o({ occupied: 5, formulas: 5, formulasBecome: "formulas" }), undefined)).toEqual({
      da: 'Ny!A1:A5 har indhold i 5 celler, heraf 5 formler. Formlerne erstattes af Råderums formler. "Fortryd" kan sætte dem tilbage bagefter.',
      en: 'Ny!A1:A5 holds data in 5 cells, 5 of them formulas. The formulas are replaced by Råderum\'s formulas. "Undo" can put them back afterwards.',
    });
  });
});
