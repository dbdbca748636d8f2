/**
 * Reads one returned department workbook: recognises the template, checks the locked values and
 * the formulas, and takes in every proposal. A problem in a cell becomes a finding, never a reason
 * to drop a proposal; only a file that cannot be read at all, or is not ours, is refused.
 */
import type ExcelJS from "exceljs";
import { checkSum, exactSum } from "../../core";
import { finding, type Finding } from "./findings";
import { message, type RefusalReason } from "../messages";
import { expectedFormulas, normalizeFormula } from "../formulas";
import { identityFingerprint, readIdentitySheet, sameAsSent, type Identity } from "../identity";
import { departmentLayout, INPUT_LIMITS, SHEET, TEMPLATE_VERSION } from "../departmentLayout";
import { readProposals, type Proposal } from "./readProposals";
import type { TextField } from "../messages/findingTexts";
import { DEFAULT_LIMITS, openWorkbookSafely, RefusedFile, sheetScanOf, type ZipLimits } from "../file/safeOpen";
import { formulaOf, looksLikeFormula, plainValue, valueText } from "../values";

export interface YearShortfall {
  year: number;
  /** Quota minus the proposals' total, above 0. */
  shortfall: number;
}

export interface ReturnedWorkbook {
  file: string;
  identity: Identity;
  department: string;
  /** The department's name as sent. */
  name: string;
  /** The quota as sent (from the identification, not from the possibly altered cell). */
  quota: number;
  years: number[];
  decimals: number;
  proposals: Proposal[];
  /** The proposals' total per year. */
  totals: number[];
  belowQuota: YearShortfall[];
  contact: { person: string; info: string; approvedBy: string };
  findings: Finding[];
  /** Last modified time of the file, when known (ms since 1970), to choose between two returns. */
  modified?: number;
}

export type ReadOutcome = { ok: true; workbook: ReturnedWorkbook } | { ok: false; file: string; finding: Finding };

export interface ReturnedFile {
  name: string;
  bytes: Uint8Array;
  modified?: number;
  /** Size on disk, when only the start of a file too large to read whole was read. */
  size?: number;
}

function sheetNamed(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
}

function splitAddress(address: string): { sheet: string; cell: string } {
  const bang = address.lastIndexOf("!");
  return { sheet: address.slice(0, bang), cell: address.slice(bang + 1) };
}

function checkLocked(workbook: ExcelJS.Workbook, file: string, identity: Identity, findings: Finding[]): void {
  if (identityFingerprint(identity) !== identity.fingerprint)
    findings.push(finding("identityAltered", file, SHEET.identity, message("identityAltered", {})));
  const missingSheets = new Set<string>();
  for (const locked of identity.locked) {
    const { sheet: sheetName, cell } = splitAddress(locked.address);
    const sheet = sheetNamed(workbook, sheetName);
    if (!sheet) {
      if (!missingSheets.has(sheetName))
        findings.push(finding("lockedAltered", file, undefined, message("lockedSheetMissing", { sheet: sheetName })));
      missingSheets.add(sheetName);
      continue;
    }
    const found = plainValue(sheet.getCell(cell).value);
    if (!sameAsSent(locked.value, found))
      findings.push(
        finding("lockedAltered", file, locked.address, message("lockedCellChanged", { sent: locked.value, found })),
      );
  }
}

function checkFormulas(workbook: ExcelJS.Workbook, file: string, identity: Identity, findings: Finding[]): void {
  for (const expected of expectedFormulas(departmentLayout(identity.shape))) {
    const sheet = sheetNamed(workbook, expected.sheet);
    if (!sheet) continue;
    const cell = sheet.getCell(expected.address);
    const formula = formulaOf(cell);
    const where = `${expected.sheet}!${expected.address}`;
    if (formula === null) {
      const value = plainValue(cell.value);
      findings.push(
        finding("formulaReplaced", file, where, message("formulaReplaced", { formula: expected.formula, value })),
      );
    } else if (normalizeFormula(formula) !== normalizeFormula(expected.formula)) {
      findings.push(
        finding("formulaChanged", file, where, message("formulaChanged", { formula: expected.formula, now: formula })),
      );
    }
  }
}

/** Whether a total cell that lost its formula still agrees with the row's amounts, by the core's rule. */
function checkPrintedTotals(file: string, proposals: readonly Proposal[], decimals: number, findings: Finding[]): void {
  for (const proposal of proposals) {
    // A printed total past what the amounts can add up to is already a replaced formula; comparing
    // it would only risk the exact arithmetic on a number no row can reach.
    const reach = INPUT_LIMITS.amountBelow * proposal.amounts.length;
    if (proposal.printedTotal === null || !(Math.abs(proposal.printedTotal) < reach)) continue;
    const amounts = proposal.amounts.filter((a): a is number => a !== null);
    const difference = checkSum(amounts, proposal.printedTotal, decimals);
    if (difference !== 0)
      findings.push(
        finding(
          "notAddingUp",
          file,
          proposal.totalCell,
          message("notAddingUp", { printed: proposal.printedTotal, sum: proposal.total, difference, decimals }),
        ),
      );
  }
}

function sentNumber(identity: Identity, address: string): number | null {
  const value = identity.locked.find((cell) => cell.address === address)?.value ?? "";
  return value.startsWith("n:") ? Number(value.slice(2)) : null;
}

function sentText(identity: Identity, address: string): string {
  const value = identity.locked.find((cell) => cell.address === address)?.value ?? "";
  return value.startsWith("s:") ? value.slice(2) : "";
}

/**
 * Past 10^15 a number is no longer exact to a hundredth; no quota the generator records comes near
 * it, in kr. or in mio. kr., so a larger one was written into the identification by hand.
 */
const QUOTA_BELOW = 1e15;

function refused(file: string, reason: RefusalReason): ReadOutcome {
  return { ok: false, file, finding: finding("refused", file, undefined, message("refused", { reason })) };
}

/** Reads one returned file; never throws for anything the file contains. */
export async function readReturnedWorkbook(
  returned: ReturnedFile,
  limits: ZipLimits = DEFAULT_LIMITS,
): Promise<ReadOutcome> {
  const file = returned.name;
  let workbook: ExcelJS.Workbook;
  try {
    workbook = await openWorkbookSafely(returned.bytes, limits, returned.size);
  } catch (error) {
    if (error instanceof RefusedFile) return refused(file, error.reason);
    throw error;
  }
  const identitySheet = sheetNamed(workbook, SHEET.identity);
  if (!identitySheet) return refused(file, message("noIdentity", { sheet: SHEET.identity }));
  const identity = readIdentitySheet(identitySheet);
  if ("code" in identity) return refused(file, identity);
  if (identity.version > TEMPLATE_VERSION)
    return refused(file, message("newerVersion", { version: identity.version, supported: TEMPLATE_VERSION }));
  const proposalsSheet = sheetNamed(workbook, SHEET.proposals);
  if (!proposalsSheet) return refused(file, message("proposalsSheetMissing", { sheet: SHEET.proposals }));
  const layout = departmentLayout(identity.shape);
  const findings: Finding[] = [];
  checkLocked(workbook, file, identity, findings);
  checkFormulas(workbook, file, identity, findings);
  const quotaCell = `${SHEET.quota}!${layout.quota.quota}`;
  const quota = sentNumber(identity, quotaCell) ?? 0;
  if (!(Math.abs(quota) < QUOTA_BELOW))
    return refused(file, message("identityDamaged", { where: quotaCell, key: "quota", value: String(quota) }));
  const scan = sheetScanOf(workbook, proposalsSheet.name);
  const proposals = readProposals(proposalsSheet, layout, identity.department, file, findings, scan);
  checkPrintedTotals(file, proposals, identity.shape.decimals, findings);
  const totals = layout.years.map((_, y) => exactSum(proposals.map((p) => p.amounts[y] ?? 0)));
  const belowQuota: YearShortfall[] = [];
  totals.forEach((total, y) => {
    const shortfall = exactSum([quota, -total]);
    if (shortfall > 0) belowQuota.push({ year: layout.years[y] ?? 0, shortfall });
  });
  const cover = sheetNamed(workbook, SHEET.cover);
  const coverText = (address: string, field: TextField) => {
    const value = cover ? plainValue(cover.getCell(address).value) : null;
    if (typeof value === "string" && looksLikeFormula(value))
      findings.push(
        finding("note", file, `${SHEET.cover}!${address}`, message("formulaLikeText", { field, typed: value })),
      );
    return valueText(value);
  };
  return {
    ok: true,
    workbook: {
      file,
      identity,
      department: identity.department,
      name: sentText(identity, `${SHEET.cover}!${layout.cover.name}`),
      quota,
      years: layout.years,
      decimals: identity.shape.decimals,
      proposals,
      totals,
      belowQuota,
      contact: {
        person: coverText(layout.cover.contactPerson, "contactPerson"),
        info: coverText(layout.cover.contactInfo, "contactInfo"),
        approvedBy: coverText(layout.cover.approvedBy, "approvedBy"),
      },
      findings,
      ...(returned.modified !== undefined ? { modified: returned.modified } : {}),
    },
  };
}
