/**
 * The pane's undo desk over the real SafeWriter and the in-memory workbook: which write "Fortryd"
 * undoes, which were undone (so their notice says so), which is offered beside its own notice (so
 * the top bar leaves it out), and the words every offer and every "undone" notice uses, in Danish
 * and English, naming the wizard that wrote and the range.
 */
import { createMemoryWorkbookApi } from "../../src/excel/memory/memoryApi";
import { MemoryWorkbook } from "../../src/excel/memory/memoryWorkbook";
import { SafeWriter } from "../../src/taskpane/logic/safeWriter";
import { lastWriteBy, undoneText, writtenBy } from "../../src/taskpane/ui/strings";
import { UndoDesk } from "../../src/taskpane/ui/undoDesk";
import type { PlannedWrite, Text } from "../../src/taskpane/wizards/contract";

const TITLES: Record<string, Text> = {
  allocation: { da: "Fordel", en: "Allocate" },
  quota: { da: "Kvote", en: "Quota" },
};

function plan(wizard: string, column: number, options: Partial<PlannedWrite> = {}): PlannedWrite {
  return {
    wizard,
    method: { da: "to tal", en: "two numbers" },
    inputs: {},
    topLeft: { sheet: "Ark", start: { row: 0, column }, end: { row: 0, column } },
    block: { formulas: [["1"], ["2"]] },
    ...options,
  };
}

function desk(): { wb: MemoryWorkbook; desk: UndoDesk } {
  const wb = new MemoryWorkbook();
  wb.addSheet("Ark");
  const writer = new SafeWriter(createMemoryWorkbookApi(wb), () => Promise.resolve(true));
  return { wb, desk: new UndoDesk(writer, (id) => TITLES[id] ?? { da: id, en: id }) };
}

describe("the undo desk", () => {
  test("undoes the last write first, and remembers which records were undone", async () => {
    const { wb, desk: d } = desk();
    let changes = 0;
    const stop = d.subscribe(() => changes++);
    await d.writer.write(plan("allocation", 0));
    const fordel = d.last();
    await d.writer.write(plan("quota", 2));
    const kvote = d.last();
    expect([fordel?.wizard, fordel?.address, kvote?.wizard, kvote?.address]).toEqual([
      "allocation",
      "Ark!A1:A2",
      "quota",
      "Ark!C1:C2",
    ]);
    expect(changes).toBe(2);

    await expect(d.undo()).resolves.toBe(kvote);
    expect(wb.input("Ark", 0, 2)).toBe("");
    expect(wb.input("Ark", 0, 0)).toBe("1");
    expect(kvote && d.wasUndone(kvote)).toBe(true);
    expect(fordel && d.wasUndone(fordel)).toBe(false);
    expect(d.last()).toBe(fordel);
    // The writer's own change and the desk's: a notice and the top bar both render again.
    expect(changes).toBe(4);
    stop();
    await d.undo();
    expect(changes).toBe(4);
    expect(d.last()).toBeUndefined();
    await expect(d.undo()).resolves.toBeUndefined();
  });

  test("a record offered by two notices stays offered until both withdraw", async () => {
    const { desk: d } = desk();
    await d.writer.write(plan("allocation", 0));
    const record = d.last();
    if (!record) throw new Error("nothing written");
    expect(d.isOffered(record)).toBe(false);
    const first = d.offer(record);
    const second = d.offer(record);
    first();
    expect(d.isOffered(record)).toBe(true);
    second();
    expect(d.isOffered(record)).toBe(false);
  });
});

describe("the words of undo", () => {
  test("every offer and notice names the wizard and the range, in both languages", async () => {
    const { desk: d } = desk();
    await d.writer.write(plan("allocation", 0));
    const record = d.last();
    if (!record) throw new Error("nothing written");
    const fordel = d.titleOf(record.wizard);
    expect(writtenBy(fordel, record.address)).toEqual({
      da: "Skrevet til Ark!A1:A2 af guiden Fordel.",
      en: "Written to Ark!A1:A2 by the Allocate wizard.",
    });
    expect(lastWriteBy(fordel, record.address)).toEqual({
      da: "Seneste skrivning: guiden Fordel skrev i Ark!A1:A2.",
      en: "Last write: the Allocate wizard wrote to Ark!A1:A2.",
    });
    expect(undoneText(fordel, record)).toEqual({
      da: "Fortrudt: det, guiden Fordel skrev i Ark!A1:A2. Cellerne har igen deres tidligere indhold.",
      en: "Undone: what the Allocate wizard wrote to Ark!A1:A2. The cells hold their earlier contents again.",
    });
  });

  test("a write with a chart, and one on a sheet of its own, say what else went", async () => {
    const { wb, desk: d } = desk();
    const chart = { sheet: "Ark", title: "Tal", categories: "Ark!A1:A2", series: [], anchor: "E2" };
    await d.writer.write(plan("quota", 0, { chart }));
    const charted = d.last();
    await d.undo();
    if (!charted) throw new Error("nothing written");
    expect(wb.requireSheet("Ark").charts).toHaveLength(0);
    expect(undoneText(d.titleOf(charted.wizard), charted)).toEqual({
      da: "Fortrudt: det, guiden Kvote skrev i Ark!A1:A2. Cellerne har igen deres tidligere indhold, og diagrammet er fjernet.",
      en: "Undone: what the Quota wizard wrote to Ark!A1:A2. The cells hold their earlier contents again, and the chart is removed.",
    });

    await d.writer.write(
      plan("explain", 0, {
        newSheet: "Forklaring",
        topLeft: { sheet: undefined, start: { row: 0, column: 0 }, end: { row: 0, column: 0 } },
      }),
    );
    const added = d.last();
    expect(wb.sheets.map((s) => s.name)).toContain("Forklaring");
    await d.undo();
    if (!added) throw new Error("nothing written");
    expect(wb.sheets.map((s) => s.name)).not.toContain("Forklaring");
    // A wizard not in the list is named by its id rather than not at all.
    expect(undoneText(d.titleOf(added.wizard), added)).toEqual({
      da: 'Fortrudt: det, guiden explain skrev på det nye ark "Forklaring". Arket er fjernet igen.',
      en: 'Undone: what the explain wizard wrote on the new sheet "Forklaring". The sheet is removed again.',
    });
  });
});
