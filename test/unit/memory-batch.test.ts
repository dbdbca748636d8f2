/**
 * The in-memory workbook's speed mechanics keep what a write does: a block is told to the views once
 * (not once per cell), a read inside a batch sees the cells as changed, and the playground's pause
 * per call is paid once per burst of calls. Speed itself is measured by `npm run bench` (group
 * playground), never here.
 */
import { createMemoryWorkbookApi } from "../../src/excel/memory/memoryApi";
import { MemoryWorkbook } from "../../src/excel/memory/memoryWorkbook";

function workbookWithSheet(): MemoryWorkbook {
  const workbook = new MemoryWorkbook();
  workbook.addSheet("Budget");
  return workbook;
}

afterEach(() => jest.restoreAllMocks());

test("a written block of 3 × 4 cells with bold, widths and styles is told to the listeners once", async () => {
  const workbook = workbookWithSheet();
  const api = createMemoryWorkbookApi(workbook);
  let told = 0;
  workbook.subscribe(() => told++);
  const address = await api.writeBlock("Budget!B2", {
    formulas: [
      ["Afdeling", "2025", "2026", "I alt"],
      ["MSB", 1.5, 2.25, "=SUM(C3:D3)"],
      ["MTM", 0.5, 0.75, "=SUM(C4:D4)"],
    ],
    numberFormats: [Array(4).fill("General"), Array(4).fill("0.00"), Array(4).fill("0.00")],
    bold: [[true, true, true, true], Array(4).fill(false), Array(4).fill(false)],
    columnWidths: [80, 40, 40, 40],
    horizontalAlignment: [Array(4).fill("Right"), Array(4).fill("General"), Array(4).fill("General")],
  });
  expect(address).toBe("Budget!B2:E4");
  expect(told).toBe(1);
  // What was written is all there: values, formats, layout (1,5 + 2,25 = 3,75; 0,5 + 0,75 = 1,25).
  expect([workbook.value("Budget", 2, 4), workbook.value("Budget", 3, 4)]).toEqual([3.75, 1.25]);
  expect(workbook.format("Budget", 2, 2)).toBe("0.00");
  expect([workbook.bold("Budget", 1, 1), workbook.bold("Budget", 2, 1)]).toEqual([true, false]);
  expect(workbook.columnWidth("Budget", 1)).toBe(80);
  expect(workbook.alignment("Budget", 1, 4)).toBe("Right");
});

test("a read inside a batch sees the cells changed before it; the listeners hear once, after the outermost batch", () => {
  const workbook = workbookWithSheet();
  let told = 0;
  workbook.subscribe(() => told++);
  workbook.setInput("Budget", 0, 0, 2);
  workbook.setInput("Budget", 0, 1, "=A1*3");
  expect(workbook.value("Budget", 0, 1)).toBe(6);
  told = 0;
  const seen = workbook.batch(() => {
    workbook.setInput("Budget", 0, 0, 5);
    const inner = workbook.batch(() => {
      workbook.setInput("Budget", 1, 0, 7);
      return workbook.value("Budget", 0, 1);
    });
    expect(told).toBe(0);
    workbook.setInput("Budget", 0, 0, 4);
    return [inner, workbook.value("Budget", 0, 1)];
  });
  expect(seen).toEqual([15, 12]);
  expect(told).toBe(1);
  // A batch that changes nothing tells nothing; one that throws still tells what it changed.
  workbook.batch(() => workbook.value("Budget", 0, 0));
  expect(told).toBe(1);
  expect(() =>
    workbook.batch(() => {
      workbook.setInput("Budget", 2, 0, 1);
      throw new Error("refused");
    }),
  ).toThrow("refused");
  expect(told).toBe(2);
});

test("the playground's pause is paid by the first call of a burst, and again after a quiet spell", async () => {
  const workbook = workbookWithSheet();
  let clock = 1000;
  jest.spyOn(performance, "now").mockImplementation(() => clock);
  const timeout = jest.spyOn(globalThis, "setTimeout");
  const api = createMemoryWorkbookApi(workbook, { delayMs: 1 });
  const pauses = () => timeout.mock.calls.filter(([, ms]) => ms === 1).length;
  await api.writeBlock("Budget!A1", { formulas: [[1]] });
  for (let i = 0; i < 9; i++) {
    clock += 20; // the caller's own work between calls
    await api.readRange("Budget!A1");
  }
  expect(pauses()).toBe(1);
  clock += 1000; // the user reads the pane, then starts the next step
  await api.listSheets();
  expect(pauses()).toBe(2);
  // Without a delay (jest, the e2e's own API) nothing waits at all.
  const quick = createMemoryWorkbookApi(workbook);
  await quick.readRange("Budget!A1");
  expect(pauses()).toBe(2);
});
