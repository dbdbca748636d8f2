/**
 * What a department workbook holds as a department opens it: every sheet protected, every input
 * cell unlocked and validated, the quota and shares locked with the core's amounts, Danish
 * instructions, and only Excel's own functions in its formulas.
 */
import ExcelJS from "exceljs";
import { loadWorkbookBytes } from "../../src/workbooks";
import { fileOf, sampleFiles, sheet } from "./workbooks-helpers";

let workbook: ExcelJS.Workbook;

interface Protected {
  sheetProtection?: { sheet?: boolean } | null;
}

function formulas(ws: ExcelJS.Worksheet): string[] {
  const found: string[] = [];
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (typeof cell.formula === "string" && cell.formula !== "") found.push(cell.formula);
    }),
  );
  return found;
}

beforeAll(async () => {
  workbook = new ExcelJS.Workbook();
  await loadWorkbookBytes(workbook, fileOf(await sampleFiles(), "MSB").bytes);
});

describe("the department workbook for MSB", () => {
  test("has the cover, quota and proposals sheets and a very hidden identification", () => {
    expect(workbook.worksheets.map((ws) => [ws.name, ws.state])).toEqual([
      ["Forside", "visible"],
      ["Kvote", "visible"],
      ["Forslag", "visible"],
      ["Råderum-id", "veryHidden"],
    ]);
  });

  test("every sheet is protected", () => {
    for (const ws of workbook.worksheets)
      expect([ws.name, (ws as unknown as Protected).sheetProtection?.sheet]).toEqual([ws.name, true]);
  });

  test("the quota and the cross-cutting shares are filled in by the core and locked", () => {
    const quota = sheet(workbook, "Kvote");
    expect(quota.getCell("B8").value).toBe(32.9);
    expect(quota.getCell("B8").protection?.locked).not.toBe(false);
    // MSB's shares of the two themes, 2027-2030 (the domain's worked example for the first).
    expect([14, 15].map((r) => ["B", "C", "D", "E"].map((c) => quota.getCell(`${c}${r}`).value))).toEqual([
      [1.4, 2.8, 2.8, 2.8],
      [0.6, 1.1, 1.7, 2.3],
    ]);
  });

  test("every unlocked cell has data validation; the proposals table is open for input", () => {
    const unvalidated: string[] = [];
    let unlocked = 0;
    for (const ws of workbook.worksheets)
      for (let r = 1; r <= ws.rowCount; r++)
        ws.getRow(r).eachCell({ includeEmpty: true }, (cell) => {
          if (cell.protection?.locked !== false) return;
          unlocked++;
          if (!cell.dataValidation?.type) unvalidated.push(`${ws.name}!${cell.address}`);
        });
    expect(unvalidated).toEqual([]);
    // 3 cover fields + 40 rows × (title, description, kind, 4 years, FTE, service, staff).
    expect(unlocked).toBe(3 + 40 * 10);
    const proposals = sheet(workbook, "Forslag");
    expect(proposals.getCell("D11").dataValidation.formulae).toEqual(['"Effektivisering,Reduktion,Indtægt"']);
    // An amount is a number with at most the decimals printed: a custom rule of Excel's own functions.
    expect(proposals.getCell("F30").dataValidation).toMatchObject({
      type: "custom",
      formulae: ["AND(ISNUMBER(E11),ROUND(E11,1)=E11,ABS(E11)<1000000000)"],
      errorStyle: "stop",
    });
    expect(proposals.getCell("I11").protection?.locked).not.toBe(false);
  });

  test("the formulas use only SUM, ROUND, IF and references, never the add-in's functions", () => {
    const all = workbook.worksheets.flatMap(formulas);
    expect(all.length).toBe(4 + 4 * 4 + 40);
    const functions = new Set(all.flatMap((f) => [...f.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1])));
    expect([...functions].sort()).toEqual(["IF", "ROUND", "SUM"]);
    expect(sheet(workbook, "Forslag").getCell("E5").formula).toBe("ROUND(SUM(E11:E50),1)");
    expect(sheet(workbook, "Forslag").getCell("E6").formula).toBe("Kvote!B8");
  });

  test("every instruction wraps in column B and its row is tall enough for all its lines (LibreOffice clipped no. 6)", () => {
    const cover = sheet(workbook, "Forside");
    expect(cover.getColumn(2).width).toBe(60);
    for (let r = 18; r <= 25; r++) {
      const cell = cover.getCell(`B${r}`);
      expect(cell.alignment?.wrapText).toBe(true);
      const text = cell.value as string;
      // A 60-character column holds no more than 60 characters a line (Calibri 11's digits are its
      // widest common glyphs, and a word that does not fit moves down): 15 points a line at the least.
      const height = cover.getRow(r).height;
      expect(height).toBeGreaterThanOrEqual(15 * Math.ceil(text.length / 60));
    }
    // Instruction 6, 150 characters: three lines, where the old rule (80 a line) gave it two and
    // LibreOffice cut its last line off.
    const sixth = cover.getCell("B23").value as string;
    expect(sixth).toMatch(/^Øverst på arket Forslag/);
    expect(sixth.length).toBeGreaterThan(120);
    expect(cover.getRow(23).height).toBeGreaterThanOrEqual(45);
  });

  test("the cover gives the deadline and Danish instructions", () => {
    const cover = sheet(workbook, "Forside");
    expect(cover.getCell("B5").value).toBe("Sociale Forhold og Beskæftigelse");
    expect(cover.getCell("A17").value).toBe("Vejledning");
    const instructions: string[] = [];
    for (let r = 18; r <= 30; r++) {
      const value = cover.getCell(`B${r}`).value;
      if (typeof value === "string") instructions.push(value);
    }
    expect(instructions.at(-1)).toContain("senest 10. april 2026");
    expect(instructions.join(" ")).toContain("kun Excels egne formler");
  });
});
