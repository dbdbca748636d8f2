/**
 * SafeWriter with the range a wizard parsed: it asks before writing over the cells it will cover,
 * names them, puts them back exactly on undo, and refuses a cell that names no sheet.
 */
import { createMemoryWorkbookApi } from "../../src/excel/memory/memoryApi";
import { createSampleMunicipality } from "../../src/sample/sampleMunicipality";
import { SafeWriter } from "../../src/taskpane/logic/safeWriter";
import { UserError } from "../../src/taskpane/logic/errorMessages";
import type { PlannedWrite } from "../../src/taskpane/wizards/contract";

/** A 2 × 2 block at Nøgle!A7: over BA 0,153 and the key's total "I alt" =SUM(B2:B7) in the sample. */
function planAt(sheet: string | undefined): PlannedWrite {
  return {
    wizard: "test",
    method: { da: "to rækker", en: "two rows" },
    inputs: {},
    topLeft: { sheet, start: { row: 6, column: 0 }, end: { row: 6, column: 0 } },
    block: {
      formulas: [
        ["X", 1],
        ["Y", "=B7*2"],
      ],
    },
  };
}

describe("SafeWriter", () => {
  test("asks before writing over the four filled cells it names, and undo puts them back exactly", async () => {
    const wb = createSampleMunicipality();
    const api = createMemoryWorkbookApi(wb);
    const before = await api.readRange("Nøgle!A7:B8");
    const asked: [string, number][] = [];
    const writer = new SafeWriter(api, (address, overwrite) => {
      asked.push([address, overwrite.occupied]);
      return Promise.resolve(true);
    });
    await expect(writer.write(planAt("Nøgle"))).resolves.toEqual({ status: "written", address: "Nøgle!A7:B8" });
    expect(asked).toEqual([["Nøgle!A7:B8", 4]]);
    expect((await api.readRange("Nøgle!A7:B8")).values).toEqual([
      ["X", 1],
      ["Y", 2],
    ]);
    await writer.undo();
    expect(await api.readRange("Nøgle!A7:B8")).toEqual(before);
    expect(wb.value("Nøgle", 7, 1)).toBe(1);
  });

  test("a declined overwrite leaves the cells as they were", async () => {
    const api = createMemoryWorkbookApi(createSampleMunicipality());
    const before = await api.readRange("Nøgle!A7:B8");
    const writer = new SafeWriter(api, () => Promise.resolve(false));
    await expect(writer.write(planAt("Nøgle"))).resolves.toEqual({ status: "cancelled" });
    expect(await api.readRange("Nøgle!A7:B8")).toEqual(before);
  });

  test("a cell without its sheet, for a write that adds no sheet, is refused with the cell named", async () => {
    const api = createMemoryWorkbookApi(createSampleMunicipality());
    const error = await new SafeWriter(api, () => Promise.resolve(true))
      .write(planAt(undefined))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).text).toEqual({
      da: '"A7" er ikke en celle med ark, fx Fordeling!B2.',
      en: '"A7" is not a cell with its sheet, e.g. Fordeling!B2.',
    });
  });

  test("a write that adds a sheet goes to that sheet's cell, asking nothing", async () => {
    const api = createMemoryWorkbookApi(createSampleMunicipality());
    const writer = new SafeWriter(api, () => Promise.reject(new Error("must not ask")));
    const outcome = await writer.write({ ...planAt(undefined), newSheet: "Ny" });
    expect(outcome).toEqual({ status: "written", address: "Ny!A7:B8" });
    expect((await api.readRange("Ny!A7:B8")).values).toEqual([
      ["X", 1],
      ["Y", 2],
    ]);
  });
});
