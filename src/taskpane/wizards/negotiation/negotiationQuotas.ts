/**
 * The quotas range of the negotiation wizard: a department per row and one quota or one per year.
 * A first row is a heading only when its name is none of the catalogue's departments ("MSB | x" is
 * a quota mistyped, refused naming the cell), and a heading passed over is said in the preview, as
 * is a department the catalogue does not have (the sheet has no row for its quota).
 */
import { parseNumberText } from "../../../core";
import { negotiationText } from "./negotiationText";
import { cellAddress, type RangeRef } from "../../../sheet/address";
import type { WorkbookApi } from "../../../sheet/types";
import { perYear } from "../../../negotiation/plan";
import { UserError } from "../../logic/errorMessages";
import type { Text } from "../contract";

export interface QuotaRows {
  /** [department, quota per year] pairs. */
  quotas: [string, number[]][];
  /** What was passed over, for the preview. */
  notes: Text[];
}

const typedCell = (v: unknown) => (typeof v === "string" ? v.trim() : v);

export async function readQuotas(
  workbook: WorkbookApi,
  address: string,
  years: number,
  departments: ReadonlySet<string>,
): Promise<QuotaRows | undefined> {
  if (address.trim() === "") return undefined;
  const data = await workbook.readRange(address);
  const range: RangeRef = data.range;
  const quotas: [string, number[]][] = [];
  const notes: Text[] = [];
  const unknown: string[] = [];
  data.values.forEach((row, r) => {
    const name = String(row[0] ?? "").trim();
    const typed = row.slice(1).findIndex((v) => typedCell(v) !== "");
    if (name === "") {
      // A quota without its department would count for no one: refused, not passed over.
      if (typed >= 0) throw new UserError(negotiationText.quotasWithoutDepartment(range, r, typed));
      return;
    }
    const read = row
      .slice(1)
      .map((v) => (typedCell(v) === "" ? undefined : typeof v === "number" ? v : parseNumberText(String(v))));
    const bad = read.findIndex((n, c) => n === undefined && typedCell(row[c + 1]) !== "");
    // "MSB | (blank) | 1,5" is not one quota for every year: the blank year would take the next one's.
    const gap = read.findIndex((n, c) => n === undefined && read.slice(c + 1).some((m) => m !== undefined));
    if (bad < 0 && gap >= 0 && (r > 0 || departments.has(name)))
      throw new UserError(negotiationText.quotasBlankBeforeAmount(name, range, r, gap));
    if (r === 0 && bad >= 0 && !departments.has(name)) {
      const shown = row
        .map((v) => String(v))
        .filter((v) => v.trim() !== "")
        .join(" | ");
      notes.push(negotiationText.quotasFirstRowRead(range, shown));
      return;
    }
    if (bad >= 0) throw new UserError(negotiationText.quotasNotAmountType(range, r, bad, row));
    const values = perYear(
      read.filter((n): n is number => n !== undefined),
      years,
    );
    if (!values) throw new UserError(negotiationText.quotasMustHaveOne(name, range, r, years));
    if (!departments.has(name)) unknown.push(`${name} (${cellAddress(range, r, 0)})`);
    quotas.push([name, values]);
  });
  if (unknown.length > 0) notes.push(negotiationText.quotasHasNoProposal(unknown));
  return { quotas, notes };
}
