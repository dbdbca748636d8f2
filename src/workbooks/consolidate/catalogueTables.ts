/**
 * The consolidated catalogue as plain tables (status per department, every proposal, every
 * finding), shared by the .xlsx writer and the task pane, which writes them into the open workbook.
 */
import { exactSum } from "../../core";
import type { Consolidation, DepartmentStatus } from "./consolidate";
import { findingMessage, type Finding, type FindingKind } from "./findings";
import { danishNumber } from "../messageFormat";
import { KINDS } from "../departmentLayout";
import type { Language } from "../messages";

export type { Language } from "../messages";
export type TableCell = string | number | null;

export interface Table {
  name: string;
  headers: string[];
  rows: TableCell[][];
  /** 0-based columns that hold amounts (formatted with the decimals, summed in a total row). */
  amountColumns: number[];
  /** A total row below the table, summing the amount columns. */
  totalRow: boolean;
}

const T = {
  statusSheet: { da: "Status", en: "Status" },
  catalogueSheet: { da: "Katalog", en: "Catalogue" },
  findingsSheet: { da: "Fund", en: "Findings" },
  department: { da: "Afdeling", en: "Department" },
  name: { da: "Navn", en: "Name" },
  status: { da: "Status", en: "Status" },
  file: { da: "Fil", en: "File" },
  count: { da: "Antal forslag", en: "Proposals" },
  quota: { da: "Kvote pr. år", en: "Quota per year" },
  proposed: { da: "Forslag", en: "Proposed" },
  short: { da: "Mangler til kvote", en: "Short of quota" },
  contact: { da: "Kontaktperson", en: "Contact" },
  notes: { da: "Bemærkninger", en: "Notes" },
  row: { da: "Række", en: "Row" },
  title: { da: "Titel", en: "Title" },
  description: { da: "Beskrivelse", en: "Description" },
  kind: { da: "Type", en: "Kind" },
  total: { da: "I alt", en: "Total" },
  fte: { da: "Årsværk", en: "FTE" },
  service: { da: "Konsekvenser for service", en: "Consequences for service" },
  staff: { da: "Konsekvenser for personale", en: "Consequences for staff" },
  cell: { da: "Celle", en: "Cell" },
  finding: { da: "Fund", en: "Finding" },
  message: { da: "Besked", en: "Message" },
  returned: { da: "Returneret", en: "Returned" },
  missing: { da: "Mangler", en: "Missing" },
  refused: { da: "Afvist", en: "Refused" },
  belowQuota: { da: "under kvote", en: "below quota" },
  unexpected: { da: "ikke på listen over afdelinger", en: "not on the list of departments" },
} as const;

const KIND_LABEL: Record<FindingKind, { da: string; en: string }> = {
  refused: { da: "fil afvist", en: "file refused" },
  lockedAltered: { da: "låste celler ændret", en: "locked cells altered" },
  identityAltered: { da: "identifikation ændret", en: "identification altered" },
  formulaReplaced: { da: "formler overskrevet", en: "formulas replaced" },
  formulaChanged: { da: "formler ændret", en: "formulas changed" },
  notAddingUp: { da: "rækker summer ikke", en: "rows that don't add up" },
  invalidCell: { da: "ugyldige celler", en: "invalid cells" },
  outsideTable: { da: "rækker under tabellen", en: "rows below the table" },
  note: { da: "bemærkninger", en: "notes" },
};

/** "Returneret; under kvote (2027: 2,4; 2028: 1,0); rækker summer ikke: 1". */
export function statusText(status: DepartmentStatus, language: Language, decimals: number): string {
  const parts: string[] = [T[status.state][language]];
  if (status.unexpected) parts.push(T.unexpected[language]);
  const below = status.workbook?.belowQuota ?? [];
  if (below.length > 0)
    parts.push(
      `${T.belowQuota[language]} (${below.map((b) => `${b.year}: ${danishNumber(b.shortfall, decimals)}`).join("; ")})`,
    );
  const counts = new Map<FindingKind, number>();
  for (const f of status.findings) if (f.kind !== "note") counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  // A refusal is already the state when nothing else was returned.
  if (status.state === "refused") counts.delete("refused");
  for (const [kind, count] of counts) parts.push(`${KIND_LABEL[kind][language]}: ${count}`);
  return parts.join("; ");
}

/** The findings' sentences in the table's language, one a line in a cell. */
function messages(findings: readonly Finding[], language: Language): string {
  return findings.map((f) => findingMessage(f, language)).join("\n");
}

function kindLabel(kind: string | null, typed: string): string {
  return KINDS.find((k) => k.id === kind)?.da ?? typed;
}

export function statusTable(consolidation: Consolidation, language: Language): Table {
  const { years, decimals } = consolidation;
  const headers = [
    T.department[language],
    T.name[language],
    T.status[language],
    T.file[language],
    T.count[language],
    T.quota[language],
    ...years.map((y) => `${T.proposed[language]} ${y}`),
    ...years.map((y) => `${T.short[language]} ${y}`),
    T.contact[language],
    T.notes[language],
  ];
  const rows: TableCell[][] = consolidation.departments.map((d) => {
    const w = d.workbook;
    return [
      d.code,
      d.name,
      statusText(d, language, decimals),
      d.file ?? "",
      w ? w.proposals.length : null,
      w ? w.quota : null,
      ...years.map((_, y) => (w ? (w.totals[y] ?? 0) : null)),
      ...years.map((year) => w?.belowQuota.find((b) => b.year === year)?.shortfall ?? null),
      w ? [w.contact.person, w.contact.info].filter(Boolean).join(", ") : "",
      messages(d.findings, language),
    ];
  });
  for (const f of consolidation.unattributed)
    rows.push([
      "",
      "",
      T.refused[language],
      f.file,
      null,
      null,
      ...years.flatMap(() => [null, null]),
      "",
      findingMessage(f, language),
    ]);
  const firstAmount = 5;
  return {
    name: T.statusSheet[language],
    headers,
    rows,
    amountColumns: Array.from({ length: 1 + 2 * years.length }, (_, i) => firstAmount + i),
    totalRow: false,
  };
}

export function catalogueTable(consolidation: Consolidation, language: Language): Table {
  const { years } = consolidation;
  const names = new Map(consolidation.departments.map((d) => [d.code, d.name]));
  const files = new Map(consolidation.departments.map((d) => [d.code, d.file ?? ""]));
  const headers = [
    T.department[language],
    T.name[language],
    T.row[language],
    T.title[language],
    T.description[language],
    T.kind[language],
    ...years.map(String),
    T.total[language],
    T.fte[language],
    T.service[language],
    T.staff[language],
    T.notes[language],
    T.file[language],
  ];
  const rows = consolidation.proposals.map((p): TableCell[] => [
    p.department,
    names.get(p.department) ?? "",
    p.row,
    p.title,
    p.description,
    kindLabel(p.kind, p.kindText),
    ...years.map((_, y) => p.amounts[y] ?? null),
    p.total,
    p.fte,
    p.service,
    p.staff,
    messages(p.findings, language),
    files.get(p.department) ?? "",
  ]);
  const firstAmount = 6;
  return {
    name: T.catalogueSheet[language],
    headers,
    rows,
    amountColumns: Array.from({ length: years.length + 1 }, (_, i) => firstAmount + i),
    totalRow: true,
  };
}

export function findingsTable(consolidation: Consolidation, language: Language): Table {
  const departmentOf = new Map<object, string>();
  for (const d of consolidation.departments) for (const f of d.findings) departmentOf.set(f, d.code);
  return {
    name: T.findingsSheet[language],
    headers: [T.department[language], T.file[language], T.cell[language], T.finding[language], T.message[language]],
    rows: consolidation.findings.map((f) => [
      departmentOf.get(f) ?? "",
      f.file,
      f.cell ?? "",
      KIND_LABEL[f.kind][language],
      findingMessage(f, language),
    ]),
    amountColumns: [],
    totalRow: false,
  };
}

/** The sum of each amount column, exactly, for a table's total row. */
export function columnTotals(table: Table): Map<number, number> {
  return new Map(
    table.amountColumns.map((column) => [
      column,
      exactSum(table.rows.map((row) => row[column]).filter((v): v is number => typeof v === "number")),
    ]),
  );
}
