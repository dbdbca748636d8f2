/** Shared by the workbooks tests: the sample run, departments' answers, and edits no department should make. */
import ExcelJS from "exceljs";
import {
  generateDepartmentWorkbooks,
  loadWorkbookBytes,
  workbookBytes,
  type DepartmentInput,
  type GeneratedFile,
} from "../../src/workbooks";
import { sampleCentral } from "../../src/sample/sampleCentral";

/** A fixed time, so that runs compare equal. */
export const RUN_TIME = new Date("2026-02-02T09:00:00.000Z");

export async function sampleFiles(): Promise<Map<string, GeneratedFile>> {
  const result = await generateDepartmentWorkbooks(sampleCentral(), { now: RUN_TIME });
  return new Map(result.files.map((file) => [file.department, file]));
}

export function fileOf(files: Map<string, GeneratedFile>, code: string): GeneratedFile {
  const file = files.get(code);
  if (!file) throw new Error(`no workbook for ${code}`);
  return file;
}

/** Edits any cell, locked or not, as someone who removed the sheet protection would. */
export async function tamper(bytes: Uint8Array, edit: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await loadWorkbookBytes(workbook, bytes);
  edit(workbook);
  return workbookBytes(workbook);
}

export function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** What the sample departments answer (amounts in mio. kr., 2027-2030). Quotas: MSB 32,9 MTM 9,2 MSO 39,5 MKB 7,0. */
export const ANSWERS: Record<string, DepartmentInput> = {
  MSB: {
    contactPerson: "Anna Berg",
    contactInfo: "anna.berg@eksempel.dk",
    approvedBy: "Direktør Per Lund",
    proposals: [
      {
        title: "Samling af jobcentre",
        description: "To jobcentre lægges sammen.",
        kind: "efficiency",
        amounts: [20, 25, 25, 25],
        fte: -12.5,
        service: "Længere transport for nogle borgere.",
        staff: "Færre ledere.",
      },
      // Typed as Danish text, as pasted from a finance system.
      { title: "Digital sagsbehandling", kind: "efficiency", amounts: ["10,5", 8, 8, 8], fte: "-3,0" },
      { title: "Ny takst for kørsel", kind: "revenue", amounts: [4, 0, 0, 0] },
    ],
  },
  MTM: {
    proposals: [
      { title: "Færre vejskilte", kind: "reduction", amounts: [5, 6, 7, 7] },
      { title: "Fælles indkøb af salt", kind: "efficiency", amounts: [1.8, 2, 2.2, 2.2] },
    ],
  },
  MSO: {
    proposals: [
      { title: "Ny vagtplan", kind: "efficiency", amounts: [20, 20, 20, 20] },
      { title: "Velfærdsteknologi", kind: "efficiency", amounts: [19.5, 19.5, 19.5, 19.5] },
      { title: "Mindre vikarforbrug", kind: "efficiency", amounts: [1, 2, 3, 4] },
    ],
  },
  MKB: { proposals: [{ title: "Kortere åbningstid", kind: "reduction", amounts: [7, 7, 7, 7] }] },
};
