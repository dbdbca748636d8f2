/**
 * Consolidation: every returned file read on its own (one bad file never stops the others), then
 * one status per department and one list of every proposal, keyed by department and row. The
 * result is rebuilt from the files each time, so running it again never duplicates anything.
 */
import { finding, type Finding } from "./findings";
import type { Progress } from "../generate/generate";
import { message } from "../messages";
import { RowReadFailure, type Proposal } from "./readProposals";
import { readReturnedWorkbook, type ReadOutcome, type ReturnedFile, type ReturnedWorkbook } from "./readReturned";
import { DEFAULT_LIMITS, type ZipLimits } from "../file/safeOpen";

export interface ExpectedDepartment {
  code: string;
  name: string;
}

export type DepartmentState = "returned" | "missing" | "refused";

export interface DepartmentStatus {
  code: string;
  name: string;
  state: DepartmentState;
  /** The file used (returned) or refused. */
  file?: string;
  workbook?: ReturnedWorkbook;
  /** Everything found about this department's files, refusals included. */
  findings: Finding[];
  /** Not in the list of departments asked (only when that list came from the central workbook). */
  unexpected: boolean;
}

export interface Consolidation {
  years: number[];
  decimals: number;
  /** Where the list of departments came from: the central workbook, or the returned workbooks' own record of their run. */
  expectedFrom: "central" | "workbooks";
  departments: DepartmentStatus[];
  /** Refused files that cannot be told to belong to any department. */
  unattributed: Finding[];
  /** Every proposal, in department order and then by row. */
  proposals: Proposal[];
  /** Every finding, in the order of the departments and then the unattributed files. */
  findings: Finding[];
}

export interface ConsolidateOptions {
  /** The departments asked, from the central workbook; without it the returned workbooks' own record is used. */
  expected?: readonly ExpectedDepartment[];
  onProgress?: Progress;
  limits?: ZipLimits;
}

/** A refused file named like "2027-MSB.xlsx" is counted against MSB, so MSB shows as refused, not missing. */
function attributedCode(file: string, codes: ReadonlyMap<string, string>): string | undefined {
  return namedCodes(file, codes)[0];
}

/** Every department code the file's name holds as a word, in order. */
function namedCodes(file: string, codes: ReadonlyMap<string, string>): string[] {
  const tokens = file.replace(/\.[^.]*$/, "").split(/[^A-Za-z0-9ÆØÅæøå_]+/);
  return tokens.flatMap((token) => {
    const code = codes.get(token.toUpperCase());
    return code ? [code] : [];
  });
}

/** Of two returns for one department the newer file counts (by modified time, then by name). */
function newer(a: ReturnedWorkbook, b: ReturnedWorkbook): boolean {
  if ((a.modified ?? 0) !== (b.modified ?? 0)) return (a.modified ?? 0) > (b.modified ?? 0);
  return a.file > b.file;
}

function expectedFromWorkbooks(workbooks: readonly ReturnedWorkbook[]): ExpectedDepartment[] {
  const names = new Map<string, string>();
  const order: string[] = [];
  const newestFirst = [...workbooks].sort((a, b) => b.identity.created.localeCompare(a.identity.created));
  for (const workbook of newestFirst)
    for (const code of workbook.identity.departments) if (!order.includes(code)) order.push(code);
  for (const workbook of workbooks) names.set(workbook.department, workbook.name);
  return order.map((code) => ({ code, name: names.get(code) ?? "" }));
}

/**
 * One file read, whatever it holds: anything not foreseen (an arithmetic limit, a library's
 * failure) becomes a refusal of that file, naming the row when known, so it costs only that file.
 */
async function readOne(file: ReturnedFile, limits: ZipLimits): Promise<ReadOutcome> {
  try {
    return await readReturnedWorkbook(file, limits);
  } catch (error) {
    const cell = error instanceof RowReadFailure ? error.cell : null;
    const detail = error instanceof Error ? error.message : String(error);
    const reason = message("readFailed", { cell, detail });
    return {
      ok: false,
      file: file.name,
      finding: finding("refused", file.name, cell ?? undefined, message("refused", { reason })),
    };
  }
}

export async function consolidate(
  files: readonly ReturnedFile[],
  options: ConsolidateOptions = {},
): Promise<Consolidation> {
  const workbooks: ReturnedWorkbook[] = [];
  const refusals: { file: string; finding: Finding }[] = [];
  let done = 0;
  for (const file of files) {
    const outcome = await readOne(file, options.limits ?? DEFAULT_LIMITS);
    if (outcome.ok) workbooks.push(outcome.workbook);
    else refusals.push({ file: outcome.file, finding: outcome.finding });
    options.onProgress?.(++done, files.length, file.name);
  }

  const expected = options.expected ? [...options.expected] : expectedFromWorkbooks(workbooks);
  const codes = new Map(expected.map((d) => [d.code.toUpperCase(), d.code]));
  const statuses = new Map<string, DepartmentStatus>();
  for (const d of expected)
    statuses.set(d.code, { code: d.code, name: d.name, state: "missing", findings: [], unexpected: false });

  const newestRun = workbooks.reduce((latest, w) => (w.identity.created > latest ? w.identity.created : latest), "");
  const chosen = new Map<string, ReturnedWorkbook>();
  for (const workbook of workbooks) {
    const current = chosen.get(workbook.department);
    if (!current || newer(workbook, current)) chosen.set(workbook.department, workbook);
  }
  for (const workbook of workbooks) {
    const code = codes.get(workbook.department.toUpperCase()) ?? workbook.department;
    let status = statuses.get(code);
    if (!status) {
      status = { code, name: workbook.name, state: "missing", findings: [], unexpected: true };
      statuses.set(code, status);
    }
    const used = chosen.get(workbook.department);
    if (used !== workbook) {
      status.findings.push(
        finding("note", workbook.file, undefined, message("returnedTwice", { newer: used?.file ?? null, code })),
      );
      continue;
    }
    status.state = "returned";
    status.file = workbook.file;
    status.workbook = workbook;
    if (!status.name) status.name = workbook.name;
    const named = namedCodes(workbook.file, codes);
    const [other] = named;
    if (other !== undefined && !named.includes(code))
      workbook.findings.unshift(
        finding("note", workbook.file, undefined, message("nameMismatch", { named: other, code })),
      );
    if (workbook.identity.created !== newestRun)
      workbook.findings.unshift(
        finding("note", workbook.file, undefined, message("earlierRun", { created: workbook.identity.created })),
      );
    status.findings.push(...workbook.findings);
  }

  const unattributed: Finding[] = [];
  for (const refusal of refusals) {
    const code = attributedCode(refusal.file, codes);
    const status = code ? statuses.get(code) : undefined;
    if (!status) {
      unattributed.push(refusal.finding);
      continue;
    }
    status.findings.push(refusal.finding);
    if (status.state === "missing") {
      status.state = "refused";
      status.file = refusal.file;
    }
  }

  const departments = [...statuses.values()];
  const first = workbooks.find((w) => w.identity.created === newestRun);
  return {
    years: first?.years ?? [],
    decimals: first?.decimals ?? 0,
    expectedFrom: options.expected ? "central" : "workbooks",
    departments,
    unattributed,
    proposals: departments.flatMap((d) => d.workbook?.proposals ?? []),
    findings: [...departments.flatMap((d) => d.findings), ...unattributed],
  };
}
