/**
 * The negotiation sheet as one block at A1 with Excel's own formulas only (IF, SUM, SUMIFS), so it
 * keeps calculating for colleagues without the add-in and in LibreOffice:
 *
 *   row 1  title, unit line ("Beløb i mio. kr.", one cell)     row 2  scenario names over their columns
 *   row 3  Afdeling | Forslag | years | per scenario: Status | Delvis per year | Vedtaget per year
 *   then a row per proposal, a bold "I alt" row, a blank row,
 *   a per-year part (room typed, then per scenario adopted and missing),
 *   a blank row, and a per-department part (quota typed, per scenario adopted and missing).
 *
 * The per-year and per-department parts put their years in the proposals' year columns (C–F for
 * four years), so a year's figures stand in one column down the sheet; their column B is empty.
 *
 * A status counts when TRIM(cell) is the word (Excel and LibreOffice compare text without regard to
 * case): the rule statusOf applies for the annex. A department's rows are found with EXACT, not as a
 * SUMIFS criterion, so names such as "B*", "<Tværgående>" or "msb" beside "MSB" match only themselves.
 * Columns the user added stay where they stand: the wizard's columns are laid out around them.
 */
import { cellName } from "../sheet/address";
import { textCell } from "../sheet/textCell";
import { amountFormat } from "../text/number";
import type { CellInput, HorizontalAlignment } from "../sheet/types";
import { departmentsOf, proposalKey, type Negotiation } from "./model";
import { negotiationColumnWidths } from "./columnWidths";
import { wrappedRowHeight } from "../sheet/wrapHeight";
import { STATUS_WORDS, UNIT_WORDS, W, type SheetLanguage } from "./words";

export interface SheetLayout {
  rows: number;
  columns: number;
  /** 0-based row of the first proposal. */
  firstProposal: number;
  /** 0-based column of scenario s's status; its partial amounts follow, then its adopted amounts. */
  statusColumn: (s: number) => number;
  /** 0-based rows of the per-year part: the room, and per scenario adopted and missing. */
  roomRow: number;
  yearAdoptedRow: (s: number) => number;
  yearMissingRow: (s: number) => number;
  /** 0-based row of the first department in the per-department part. */
  firstDepartment: number;
  /** 0-based column of year y in every part: the proposals' amounts, the room, the quotas. */
  yearColumn: (y: number) => number;
  /** 0-based row of the proposals' "I alt" row. */
  totalRow: number;
  /** 0-based columns of the per-department part: per scenario adopted and missing (the quotas stand in yearColumn). */
  departmentAdoptedColumn: (s: number) => number;
  departmentMissingColumn: (s: number) => number;
  /** The sheet column a column of this layout stands in, past the columns the user added. */
  physical: (column: number) => number;
}

export const HEADER_ROW = 2;
export const FIRST_YEAR_COLUMN = 2;

export function sheetLayout(n: Negotiation): SheetLayout {
  return layoutFor({
    years: n.years.length,
    scenarios: n.scenarios.length,
    proposals: n.proposals.length,
    departments: departmentsOf(n).length,
    userColumns: (n.userColumns ?? []).map((u) => u.column),
  });
}

export function layoutFor(counts: {
  years: number;
  scenarios: number;
  proposals: number;
  departments: number;
  /** Sheet columns (0-based) the user added, which the layout steps around. */
  userColumns?: readonly number[];
}): SheetLayout {
  const { years, scenarios, proposals, departments } = counts;
  const added = [...(counts.userColumns ?? [])].sort((a, b) => a - b);
  const physical = (column: number) => {
    let c = column;
    for (const a of added) if (a <= c) c++;
    return c;
  };
  const firstProposal = HEADER_ROW + 1;
  const totalRow = firstProposal + proposals;
  const perYearHeader = totalRow + 2;
  const roomRow = perYearHeader + 1;
  const departmentHeader = roomRow + 1 + 2 * scenarios + 1;
  const firstDepartment = departmentHeader + 1;
  const afterYears = FIRST_YEAR_COLUMN + years;
  const own = Math.max(afterYears + scenarios * (1 + 2 * years), afterYears + 2 * scenarios * years);
  return {
    rows: firstDepartment + departments,
    columns: Math.max(physical(own - 1) + 1, (added[added.length - 1] ?? -1) + 1),
    firstProposal,
    statusColumn: (s) => afterYears + s * (1 + 2 * years),
    yearColumn: (y) => FIRST_YEAR_COLUMN + y,
    totalRow,
    roomRow,
    yearAdoptedRow: (s) => roomRow + 1 + 2 * s,
    yearMissingRow: (s) => roomRow + 2 + 2 * s,
    firstDepartment,
    departmentAdoptedColumn: (s) => afterYears + 2 * s * years,
    departmentMissingColumn: (s) => afterYears + (2 * s + 1) * years,
    physical,
  };
}

export interface SheetBlock {
  formulas: CellInput[][];
  numberFormats: string[][];
  /** The "I alt" row's cells are bold, as a table's total is. */
  bold: boolean[][];
  /** The "mangler" cells per department stand right, so a dash (no quota) lines up with the figures. */
  horizontalAlignment: HorizontalAlignment[][];
  /** Each column's width in characters (negotiationColumnWidths): the .xlsx's unit; the pane converts to points. */
  columnCharacters: number[];
  /** The heading rows' text cells wrap (headingWrap), so a heading wider than its column is not cut. */
  wrapText: boolean[][];
  /** Each heading row's height in points, tall enough for its longest wrapped heading; null for the other rows. */
  rowHeights: (number | null)[];
  /** The status cells of each scenario, for the drop-down: 0-based offsets from A1. */
  validations: { row: number; column: number; rows: number; columns: number; choices: string[] }[];
  layout: SheetLayout;
}

/** What a "mangler" cell prints while its department's quota is not given. */
export const NOT_GIVEN = "–";

const yearCell = (year: string): CellInput => (/^\d{4}$/.test(year) ? Number(year) : textCell(year));

export function buildSheet(n: Negotiation, language: SheetLanguage, decimals: number): SheetBlock {
  const L = sheetLayout(n);
  const years = n.years.length;
  const format = amountFormat(decimals);
  const formulas: CellInput[][] = Array.from({ length: L.rows }, () => new Array<CellInput>(L.columns).fill(""));
  const numberFormats: string[][] = Array.from({ length: L.rows }, () => new Array<string>(L.columns).fill("General"));
  // Every column below is the layout's own; put and at step around the columns the user added.
  const put = (row: number, column: number, value: CellInput, amount = false) => {
    (formulas[row] as CellInput[])[L.physical(column)] = value;
    if (amount) (numberFormats[row] as string[])[L.physical(column)] = format;
  };
  const text = (row: number, column: number, value: string) => put(row, column, textCell(value));
  const at = (row: number, logical: number, fixed = "") => {
    const column = L.physical(logical);
    return fixed.includes("c") || fixed.includes("r")
      ? `${fixed.includes("c") ? "$" : ""}${cellName({ row, column }).replace(/\d+$/, "")}${fixed.includes("r") ? "$" : ""}${row + 1}`
      : cellName({ row, column });
  };
  const columnRange = (column: number, first: number, count: number) =>
    `${at(first, column, "cr")}:${at(first + count - 1, column, "cr")}`;
  const w = (words: Record<SheetLanguage, string>) => words[language];
  const adoptedWord = STATUS_WORDS.adopted[language];
  const partialWord = STATUS_WORDS.partial[language];
  const P = n.proposals.length;
  const last = L.firstProposal + Math.max(P, 1) - 1;

  put(0, 0, w(W.title));
  // One cell, read as one line: "Beløb i" and "mio. kr." in two cells read as two things.
  put(0, 1, `${w(W.unit)} ${UNIT_WORDS[n.unit][language]}`);
  put(HEADER_ROW, 0, w(W.department));
  put(HEADER_ROW, 1, w(W.proposal));
  n.years.forEach((year, y) => put(HEADER_ROW, FIRST_YEAR_COLUMN + y, yearCell(year)));
  n.scenarios.forEach((name, s) => {
    const status = L.statusColumn(s);
    text(1, status, name);
    put(HEADER_ROW, status, w(W.status));
    n.years.forEach((year, y) => {
      put(HEADER_ROW, status + 1 + y, `${w(W.partial)} ${year}`);
      put(HEADER_ROW, status + 1 + years + y, `${w(W.adopted)} ${year}`);
    });
  });

  n.proposals.forEach((p, i) => {
    const row = L.firstProposal + i;
    text(row, 0, p.department);
    text(row, 1, p.title);
    p.amounts.forEach((amount, y) => put(row, FIRST_YEAR_COLUMN + y, amount, true));
    n.scenarios.forEach((_, s) => {
      const status = L.statusColumn(s);
      const choice = p.choices[s];
      const typed = choice?.statusInput;
      // A text the user typed is text again, though it begin with "=" (behind Excel's quote prefix, a
      // read shows it as its value); only a formula, whose text differs from what it shows, stays one.
      if (typeof typed === "string" && (!typed.startsWith("=") || typed === choice?.unrecognised))
        text(row, status, typed);
      else put(row, status, typed ?? (choice?.status ? STATUS_WORDS[choice.status][language] : ""));
      const statusCell = `TRIM(${at(row, status, "c")})`;
      n.years.forEach((__, y) => {
        put(row, status + 1 + y, choice?.partialFormulas?.[y] ?? choice?.partial[y] ?? "", true);
        const amount = at(row, FIRST_YEAR_COLUMN + y);
        const partial = at(row, status + 1 + y);
        put(
          row,
          status + 1 + years + y,
          `=IF(${statusCell}="${adoptedWord}",${amount},IF(${statusCell}="${partialWord}",${partial}+0,0))`,
          true,
        );
      });
    });
  });

  const totalRow = L.totalRow;
  put(totalRow, 0, w(W.total));
  const sumColumn = (column: number) => (P === 0 ? 0 : `=SUM(${at(L.firstProposal, column)}:${at(last, column)})`);
  for (let c = FIRST_YEAR_COLUMN; c < FIRST_YEAR_COLUMN + years; c++) put(totalRow, c, sumColumn(c), true);
  n.scenarios.forEach((_, s) => {
    for (let y = 0; y < years; y++)
      put(totalRow, L.statusColumn(s) + 1 + years + y, sumColumn(L.statusColumn(s) + 1 + years + y), true);
  });

  // Per year: the room is typed; adopted is the scenario's total row, missing the room minus it.
  put(L.roomRow - 1, 0, w(W.perYear));
  n.years.forEach((year, y) => put(L.roomRow - 1, L.yearColumn(y), yearCell(year)));
  put(L.roomRow, 0, w(W.room));
  n.years.forEach((_, y) => put(L.roomRow, L.yearColumn(y), n.roomFormulas?.[y] ?? n.room[y] ?? "", true));
  n.scenarios.forEach((name, s) => {
    text(L.yearAdoptedRow(s), 0, `${name}: ${w(W.adopted).toLowerCase()}`);
    text(L.yearMissingRow(s), 0, `${name}: ${w(W.missing)}`);
    n.years.forEach((_, y) => {
      const column = L.yearColumn(y);
      put(L.yearAdoptedRow(s), column, `=${at(totalRow, L.statusColumn(s) + 1 + years + y)}`, true);
      put(L.yearMissingRow(s), column, `=${at(L.roomRow, column)}-${at(L.yearAdoptedRow(s), column)}`, true);
    });
  });

  // Per department: the quota is typed; adopted is SUMIFS over the department column.
  const header = L.firstDepartment - 1;
  put(header, 0, w(W.department));
  n.years.forEach((year, y) => put(header, L.yearColumn(y), `${w(W.quota)} ${year}`));
  n.scenarios.forEach((name, s) =>
    n.years.forEach((year, y) => {
      text(header, L.departmentAdoptedColumn(s) + y, `${name}: ${w(W.adopted).toLowerCase()} ${year}`);
      text(header, L.departmentMissingColumn(s) + y, `${name}: ${w(W.missing)} ${year}`);
    }),
  );
  const departments = departmentsOf(n);
  // Said beside the headings once, where the dashes stand: the column B the years left empty.
  const unquoted = departments.some((d) =>
    n.years.some((_, y) => (n.quotaFormulas?.get(d)?.[y] ?? n.quotas.get(d)?.[y] ?? null) === null),
  );
  if (unquoted) put(header, 1, w(W.noQuota));
  departments.forEach((department, d) => {
    const row = L.firstDepartment + d;
    text(row, 0, department);
    const quota = n.quotas.get(department) ?? [];
    const typed = n.quotaFormulas?.get(department);
    n.years.forEach((_, y) => put(row, L.yearColumn(y), typed?.[y] ?? quota[y] ?? "", true));
    n.scenarios.forEach((__, s) =>
      n.years.forEach((___, y) => {
        const adopted = columnRange(L.statusColumn(s) + 1 + years + y, L.firstProposal, Math.max(P, 1));
        const names = columnRange(0, L.firstProposal, Math.max(P, 1));
        put(
          row,
          L.departmentAdoptedColumn(s) + y,
          `=SUMPRODUCT(--EXACT(${names},${at(row, 0, "c")}),${adopted})`,
          true,
        );
        // A quota is typed (in the wizard or later in the sheet); until it is, the department has no
        // quota to miss, and "quota minus adopted" would print the adopted amount negated as if it
        // were missing. The economist reads a dash as "not given", the custom in budget tables.
        const quotaCell = at(row, L.yearColumn(y));
        put(
          row,
          L.departmentMissingColumn(s) + y,
          `=IF(${quotaCell}="","${NOT_GIVEN}",${quotaCell}-${at(row, L.departmentAdoptedColumn(s) + y)})`,
          true,
        );
      }),
    );
  });

  // The user's own columns, where they stand: the heading and each proposal's cell, as typed.
  for (const u of n.userColumns ?? []) {
    const keep = (row: number, input: CellInput | undefined) => {
      if (input === undefined || input === "") return;
      (formulas[row] as CellInput[])[u.column] =
        typeof input === "string" && !input.startsWith("=") ? textCell(input) : input;
    };
    keep(HEADER_ROW, u.heading);
    n.proposals.forEach((p, i) => keep(L.firstProposal + i, u.cells.get(proposalKey(p.department, p.title))));
  }

  const choices = [STATUS_WORDS.adopted, STATUS_WORDS.rejected, STATUS_WORDS.partial].map((s) => s[language]);
  const validations =
    P === 0
      ? []
      : n.scenarios.map((_, s) => ({
          row: L.firstProposal,
          column: L.physical(L.statusColumn(s)),
          rows: P,
          columns: 1,
          choices,
        }));
  const bold = formulas.map((row, r) => row.map(() => r === totalRow));
  const horizontalAlignment = formulas.map(() => new Array<HorizontalAlignment>(L.columns).fill("General"));
  departments.forEach((_, d) =>
    n.scenarios.forEach((__, s) =>
      n.years.forEach((___, y) => {
        const row = horizontalAlignment[L.firstDepartment + d] as HorizontalAlignment[];
        row[L.physical(L.departmentMissingColumn(s) + y)] = "Right";
      }),
    ),
  );
  // A heading over figures stands right, over the figures' right edge, as the year headings (numbers) do.
  const headRight = (row: number, column: number) =>
    ((horizontalAlignment[row] as HorizontalAlignment[])[L.physical(column)] = "Right");
  n.years.forEach((_, y) => headRight(L.firstDepartment - 1, L.yearColumn(y)));
  n.scenarios.forEach((_, s) =>
    n.years.forEach((__, y) => {
      headRight(HEADER_ROW, L.statusColumn(s) + 1 + y);
      headRight(HEADER_ROW, L.statusColumn(s) + 1 + years + y);
      headRight(L.firstDepartment - 1, L.departmentAdoptedColumn(s) + y);
      headRight(L.firstDepartment - 1, L.departmentMissingColumn(s) + y);
    }),
  );
  const columnCharacters = negotiationColumnWidths(formulas, numberFormats, decimals, L.firstDepartment - 1);
  const headings = [1, HEADER_ROW, L.roomRow - 1, L.firstDepartment - 1];
  return {
    formulas,
    numberFormats,
    bold,
    horizontalAlignment,
    columnCharacters,
    ...headingWrap(formulas, columnCharacters, headings),
    validations,
    layout: L,
  };
}

/** The text a cell prints, for counting its lines; "" for a number or a formula (neither wraps). */
function printedText(input: CellInput | undefined): string {
  if (typeof input !== "string" || input.startsWith("=")) return "";
  return input.startsWith("'") ? input.slice(1) : input;
}

/**
 * The heading rows' wrap and heights. The per-department headings ("Forlig A: vedtaget 2024") stand
 * over figure columns that are not widened for them (negotiationColumnWidths), and a long scenario
 * name or heading of the user's may pass the widest column: each wraps within its column, and its row
 * is as tall as its longest heading's lines by wrappedRowHeight (characters against the column's width
 * in characters, 15 points a line), so no heading is cut. Rows of one line keep the standard height.
 */
function headingWrap(
  formulas: readonly (readonly CellInput[])[],
  columnCharacters: readonly number[],
  headingRows: readonly number[],
): Pick<SheetBlock, "wrapText" | "rowHeights"> {
  const wrapText = formulas.map((row, r) => row.map((input) => headingRows.includes(r) && printedText(input) !== ""));
  const rowHeights = formulas.map((row, r) =>
    headingRows.includes(r) ? wrappedRowHeight(row.map(printedText), columnCharacters) : null,
  );
  return { wrapText, rowHeights };
}
