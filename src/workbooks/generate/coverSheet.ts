/** The cover: who the workbook is for, the deadline and whom to ask, the department's contact, and instructions. */
import type ExcelJS from "exceljs";
import { danishDate, dateOfIso } from "../dates";
import { KINDS, labelAddress, SHEET, type DepartmentLayout } from "../departmentLayout";
import type { DepartmentPlan } from "./plan";
import { FIT_TO_WIDTH, input, label, LockedValues, title } from "./sheetStyle";
import { textRule, validateRange } from "./validation";

export function outlineYearsText(plan: DepartmentPlan): string {
  const { budgetYear, outlineYears } = plan.settings;
  if (outlineYears === 0) return "ingen";
  return outlineYears === 1 ? `${budgetYear + 1}` : `${budgetYear + 1}–${budgetYear + outlineYears}`;
}

function instructions(plan: DepartmentPlan): string[] {
  const { unit, decimals, deadline, contact } = plan.settings;
  const places = decimals === 1 ? "1 decimal" : `${decimals} decimaler`;
  return [
    "Skemaet er lavet af økonomifunktionen til jeres afdeling. De gule felter udfyldes; alle andre felter er låst.",
    `Arket ${SHEET.quota} viser jeres kvote og jeres andel af de tværgående besparelser. De er beregnet centralt, så alle afdelingers beløb summer præcist til kommunens total, og de kan ikke ændres her.`,
    `Skriv jeres forslag på arket ${SHEET.proposals}: én række pr. forslag med titel, beskrivelse, type (${KINDS.map((k) => k.da).join(", ")}), beløb pr. år, årsværk og konsekvenser for service og personale.`,
    `Beløb skrives i ${unit} med højst ${places}. En besparelse eller en merindtægt er et positivt beløb; en udgift (fx en investering det første år) skrives med minus.`,
    "Årsværk er ændringen i antal fuldtidsstillinger ved fuld effekt; færre stillinger skrives med minus (fx -2,5).",
    `Øverst på arket ${SHEET.proposals} ses forslagene i alt pr. år sammenholdt med kvoten. Status viser "Opfyldt", når forslagene mindst svarer til kvoten i året.`,
    "Skemaet bruger kun Excels egne formler og kan udfyldes uden Råderum-tilføjelsesprogrammet. Indsæt, slet eller flyt ikke rækker og kolonner, og omdøb ikke arkene: så kan skemaet ikke samles op automatisk.",
    `Send skemaet tilbage som .xlsx-fil senest ${danishDate(deadline)} til ${contact}.`,
  ];
}

/** Column B's width in characters: the instructions wrap inside it. */
const INSTRUCTION_WIDTH = 60;
/**
 * Characters of running text a line of column B holds, on the safe side: Calibri 11 (LibreOffice's
 * Carlito has its widths) sets Danish text at about 1,1 characters per digit width, and a word that
 * does not fit starts a new line, so a line holds fewer than the column's 60 digits at worst.
 */
const LINE_CHARACTERS = 52;
/** Points per line of Calibri 11, and room under the last. */
const LINE_POINTS = 15;
const ROW_ROOM = 3;

/** The lines a text takes wrapped word by word at `perLine` characters. */
export function wrappedLines(text: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    const needed = used === 0 ? word.length : used + 1 + word.length;
    if (needed <= perLine) used = needed;
    else {
      lines += used === 0 ? 0 : 1;
      // A word longer than a line breaks inside itself.
      lines += Math.max(0, Math.ceil(word.length / perLine) - 1);
      used = word.length % perLine || perLine;
    }
  }
  return lines;
}

/** A row tall enough for every line of an instruction in column B, in Excel and in LibreOffice. */
export function instructionHeight(text: string): number {
  return wrappedLines(text, LINE_CHARACTERS) * LINE_POINTS + ROW_ROOM;
}

export function writeCover(
  workbook: ExcelJS.Workbook,
  plan: DepartmentPlan,
  layout: DepartmentLayout,
  locked: LockedValues,
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(SHEET.cover, { pageSetup: { ...FIT_TO_WIDTH, orientation: "portrait" } });
  const { cover } = layout;
  const { settings } = plan;
  sheet.columns = [{ width: 30 }, { width: INSTRUCTION_WIDTH }];
  title(sheet.getCell("A1"), `Omprioriteringsforslag til budget ${settings.budgetYear}`);
  const rows: [string, string, ExcelJS.CellValue, string?][] = [
    ["Kommune", cover.municipality, settings.municipality],
    ["Afdeling (kode)", cover.code, plan.code],
    ["Afdeling", cover.name, plan.name],
    ["Budgetår", cover.budgetYear, settings.budgetYear, "0"],
    ["Overslagsår", cover.outlineYears, outlineYearsText(plan)],
    ["Beløb i", cover.unit, settings.unit],
    ["Frist for aflevering", cover.deadline, dateOfIso(settings.deadline), "dd-mm-yyyy"],
    ["Kontakt i økonomifunktionen", cover.contact, settings.contact],
  ];
  for (const [text, address, value, numFmt] of rows) {
    label(sheet.getCell(labelAddress(address)), text);
    locked.set(sheet, address, value, numFmt).alignment = { horizontal: "left" };
  }
  label(sheet.getCell(cover.inputHeading), "Udfyldes af afdelingen", true);
  const inputs: [string, string, string][] = [
    ["Kontaktperson", cover.contactPerson, "Navn på den, økonomifunktionen kan spørge om forslagene."],
    ["E-mail og telefon", cover.contactInfo, "Kontaktpersonens e-mail og telefonnummer."],
    ["Godkendt af", cover.approvedBy, "Navn og titel på den direktør eller chef, der har godkendt forslagene."],
  ];
  for (const [text, address, help] of inputs) {
    label(sheet.getCell(labelAddress(address)), text);
    input(sheet.getCell(address), undefined, true);
    validateRange(sheet, address, textRule(200, text, help));
  }
  label(sheet.getCell(`A${cover.instructionsRow}`), "Vejledning", true);
  instructions(plan).forEach((text, i) => {
    const row = cover.instructionsRow + 1 + i;
    sheet.getCell(`A${row}`).value = `${i + 1}.`;
    sheet.getCell(`A${row}`).alignment = { horizontal: "right", vertical: "top" };
    const cell = sheet.getCell(`B${row}`);
    cell.value = text;
    cell.alignment = { wrapText: true, vertical: "top" };
    sheet.getRow(row).height = instructionHeight(text);
  });
  return sheet;
}
