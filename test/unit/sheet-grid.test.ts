/**
 * readSheetGrid finds a written sheet's rows down column A and its columns along the heading row,
 * reading small blocks first: a 25 × 24 sheet costs about a thousand cells, not the 26.000 it took
 * when column A was probed 5.000 rows at a time and the heading row read across all 16.384 columns.
 */
import { createMemoryWorkbookApi } from "../../src/excel/memory/memoryApi";
import { MemoryWorkbook } from "../../src/excel/memory/memoryWorkbook";
import { formatRange, parseRange } from "../../src/sheet/address";
import type { WorkbookApi } from "../../src/sheet/types";
import { readSheetGrid } from "../../src/taskpane/logic/sheetGrid";

/** The api, and how many cells it has been asked for so far. */
function counted(wb: MemoryWorkbook): { api: WorkbookApi; cells: () => number } {
  const api = createMemoryWorkbookApi(wb);
  let cells = 0;
  const readRange: WorkbookApi["readRange"] = async (address) => {
    const data = await api.readRange(address);
    cells += data.values.length * (data.values[0]?.length ?? 0);
    return data;
  };
  return { api: { ...api, readRange }, cells: () => cells };
}

function sheet(rows: number, columns: number): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.addSheet("Ark");
  for (let r = 0; r < rows; r++) for (let c = 0; c < columns; c++) wb.setInput("Ark", r, c, r * 100 + c);
  return wb;
}

test("a 25 × 24 sheet is read whole for about a thousand probed cells", async () => {
  const { api, cells } = counted(sheet(25, 24));
  const grid = await readSheetGrid(api, "Ark", 0);
  expect(grid.values).toHaveLength(25);
  expect(grid.values.every((row) => row.length === 24)).toBe(true);
  expect(grid.values[24]?.[23]).toBe(2423);
  // Column A's first block (1.000), the heading row's first block (512), the grid (600).
  expect(cells()).toBe(1000 + 512 + 25 * 24);
});

test("parts apart by fewer than 500 blank rows are one sheet; a row after 500 blank rows is not read", async () => {
  const wb = sheet(3, 2);
  wb.setInput("Ark", 3 + 499, 0, "efter 499 tomme");
  wb.setInput("Ark", 3 + 499 + 1 + 500, 0, "efter 500 tomme");
  const grid = await readSheetGrid(createMemoryWorkbookApi(wb), "Ark", 0);
  expect(grid.values).toHaveLength(3 + 499 + 1);
  expect(grid.values[3 + 499]?.[0]).toBe("efter 499 tomme");
});

test("a heading 255 blank columns to the right is read; one 256 columns away is not", async () => {
  const wb = sheet(2, 3);
  wb.setInput("Ark", 0, 3 + 255, "Noter");
  wb.setInput("Ark", 0, 3 + 255 + 1 + 256, "For langt væk");
  const grid = await readSheetGrid(createMemoryWorkbookApi(wb), "Ark", 0);
  expect(grid.values[0]).toHaveLength(3 + 255 + 1);
  expect(grid.values[0]?.[3 + 255]).toBe("Noter");
});

test("a long sheet is found past its first blocks: 12.345 rows, the probes growing to 5.000 rows", async () => {
  const wb = new MemoryWorkbook();
  wb.addSheet("Ark");
  for (let r = 0; r < 12_345; r++) wb.setInput("Ark", r, 0, r + 1);
  const { api } = counted(wb);
  const probes: string[] = [];
  const grid = await readSheetGrid(
    {
      ...api,
      readRange: (address) => {
        const text = typeof address === "string" ? address : formatRange(address);
        const range = parseRange(text);
        if (range && range.start.column === 0 && range.end.column === 0) probes.push(text);
        return api.readRange(address);
      },
    },
    "Ark",
    0,
  );
  expect(grid.values).toHaveLength(12_345);
  expect(grid.values[12_344]?.[0]).toBe(12_345);
  // 1.000, 2.000, 4.000, 5.000 rows: the fourth block ends at row 12.000, the fifth finds the rest.
  expect(probes).toEqual([
    "Ark!A1:A1000",
    "Ark!A1001:A3000",
    "Ark!A3001:A7000",
    "Ark!A7001:A12000",
    "Ark!A12001:A17000",
  ]);
});
