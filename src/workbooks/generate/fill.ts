/**
 * Fills a generated department workbook as a department would: only the unlocked input cells,
 * through exceljs. Used by the tests and the measurement. Cached formula results are left as they
 * were, as with any tool that does not calculate; Excel and LibreOffice recalculate on opening.
 */
import ExcelJS from "exceljs";
import { loadWorkbookBytes, workbookBytes } from "../file/excelBytes";
import { readIdentitySheet } from "../identity";
import { departmentLayout, KINDS, SHEET } from "../departmentLayout";
import { message, render } from "../messages";

export interface ProposalInput {
  title: string;
  description?: string;
  /** "efficiency", "reduction", "revenue", or any text (to test what the reader does with it). */
  kind?: string;
  /** Per year; a string is typed as text (e.g. "1.234,5"). */
  amounts: (number | string | null)[];
  fte?: number | string | null;
  service?: string;
  staff?: string;
}

export interface DepartmentInput {
  proposals: ProposalInput[];
  contactPerson?: string;
  contactInfo?: string;
  approvedBy?: string;
}

function typeInto(cell: ExcelJS.Cell, value: ExcelJS.CellValue): void {
  if (cell.protection?.locked !== false)
    throw new Error(`${cell.worksheet.name}!${cell.address} is locked; a department cannot type there.`);
  cell.value = value;
}

export async function fillDepartmentWorkbook(bytes: Uint8Array, input: DepartmentInput): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await loadWorkbookBytes(workbook, bytes);
  const identitySheet = workbook.getWorksheet(SHEET.identity);
  const identity = identitySheet ? readIdentitySheet(identitySheet) : message("noIdentity", { sheet: SHEET.identity });
  if ("code" in identity) throw new Error(`Not a department workbook: ${render(identity, "en")}`);
  const layout = departmentLayout(identity.shape);
  const cover = workbook.getWorksheet(SHEET.cover);
  const sheet = workbook.getWorksheet(SHEET.proposals);
  if (!cover || !sheet) throw new Error("Not a department workbook: a sheet is missing.");
  for (const [address, value] of [
    [layout.cover.contactPerson, input.contactPerson],
    [layout.cover.contactInfo, input.contactInfo],
    [layout.cover.approvedBy, input.approvedBy],
  ] as const)
    if (value !== undefined) typeInto(cover.getCell(address), value);
  const c = layout.proposals.column;
  input.proposals.forEach((proposal, i) => {
    const row = layout.proposals.firstRow + i;
    if (row > layout.proposals.lastRow) throw new Error(`Only ${layout.shape.rows} proposals fit in the table.`);
    const at = (column: number) => sheet.getCell(row, column);
    typeInto(at(c.title), proposal.title);
    if (proposal.description !== undefined) typeInto(at(c.description), proposal.description);
    if (proposal.kind !== undefined)
      typeInto(at(c.kind), KINDS.find((k) => k.id === proposal.kind)?.da ?? proposal.kind);
    proposal.amounts.forEach((amount, y) => typeInto(at(c.firstYear + y), amount));
    if (proposal.fte !== undefined) typeInto(at(c.fte), proposal.fte);
    if (proposal.service !== undefined) typeInto(at(c.service), proposal.service);
    if (proposal.staff !== undefined) typeInto(at(c.staff), proposal.staff);
  });
  return workbookBytes(workbook);
}
