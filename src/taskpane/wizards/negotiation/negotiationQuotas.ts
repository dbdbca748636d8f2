/**
 * The quotas range of the negotiation wizard: a department per row and one quota or one per year.
 * A first row is a heading only when its name is none of the catalogue's departments ("MSB | x" is
 * a quota mistyped, refused naming the cell), and a heading passed over is said in the preview, as
 * is a department the catalogue does not have (the sheet has no row for its quota).
 */
import { parseNumberText } from "../../../core";
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
    if (name === "") return;
    const read = row
      .slice(1)
      .map((v) => (typedCell(v) === "" ? undefined : typeof v === "number" ? v : parseNumberText(String(v))));
    const bad = read.findIndex((n, c) => n === undefined && typedCell(row[c + 1]) !== "");
    if (r === 0 && bad >= 0 && !departments.has(name)) {
      const shown = row
        .map((v) => String(v))
        .filter((v) => v.trim() !== "")
        .join(" | ");
      notes.push({
        da: `Kvoterne: første række (${cellAddress(range, 0, 0)}: ${shown}) er læst som overskrift.`,
        en: `The quotas: the first row (${cellAddress(range, 0, 0)}: ${shown}) is read as a heading.`,
      });
      return;
    }
    if (bad >= 0)
      throw new UserError({
        da: `Kvoterne: ${cellAddress(range, r, bad + 1)} er "${String(row[bad + 1])}", ikke et beløb. Skriv et tal, fx 1,5.`,
        en: `The quotas: ${cellAddress(range, r, bad + 1)} is "${String(row[bad + 1])}", not an amount. Type a number, e.g. 1.5.`,
      });
    const values = perYear(
      read.filter((n): n is number => n !== undefined),
      years,
    );
    if (!values)
      throw new UserError({
        da: `Kvoterne: ${name} (${cellAddress(range, r, 0)}) skal have ét beløb eller ${years} (ét pr. år).`,
        en: `The quotas: ${name} (${cellAddress(range, r, 0)}) must have one amount or ${years} (one per year).`,
      });
    if (!departments.has(name)) unknown.push(`${name} (${cellAddress(range, r, 0)})`);
    quotas.push([name, values]);
  });
  if (unknown.length > 0)
    notes.push({
      da: `Kvoterne: ${unknown.join(", ")} har ingen forslag i kataloget og får ingen række på arket. Skriv afdelingens navn, som kataloget staver det.`,
      en: `The quotas: ${unknown.join(", ")} has no proposal in the catalogue and gets no row on the sheet. Spell the department as the catalogue does.`,
    });
  return { quotas, notes };
}
