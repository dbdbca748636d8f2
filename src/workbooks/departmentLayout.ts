/**
 * Where everything sits in a department workbook. The generator writes and the consolidator reads
 * through this one description, so the two can never disagree about an address.
 */

export const TEMPLATE_ID = "raaderum.department-workbook";
export const TEMPLATE_VERSION = 1;

export const SHEET = {
  cover: "Forside",
  quota: "Kvote",
  proposals: "Forslag",
  identity: "Råderum-id",
} as const;

/**
 * The limits the template's data validation sets on the input cells; consolidation holds a
 * returned file to the same limits, since a department may paste past the validation.
 */
export const INPUT_LIMITS = {
  /** An amount's absolute value is below this (in the unit of the run, e.g. mio. kr.). */
  amountBelow: 1_000_000_000,
  fteMin: -100_000,
  fteMax: 100_000,
} as const;

/** The three kinds a proposal can be; the Danish word is what the department picks from a list. */
export const KINDS = [
  { id: "efficiency", da: "Effektivisering" },
  { id: "reduction", da: "Reduktion" },
  { id: "revenue", da: "Indtægt" },
] as const;
export type ProposalKind = (typeof KINDS)[number]["id"];

/** What a layout depends on; recorded in the identification sheet so a reader rebuilds the same layout. */
export interface LayoutShape {
  firstYear: number;
  /** Budget year plus outline years. */
  yearCount: number;
  /** Input rows in the proposals table. */
  rows: number;
  /** Cross-cutting savings themes shown on the quota sheet. */
  themes: number;
  decimals: number;
}

export interface DepartmentLayout {
  shape: LayoutShape;
  years: number[];
  cover: {
    municipality: string;
    code: string;
    name: string;
    budgetYear: string;
    outlineYears: string;
    unit: string;
    deadline: string;
    contact: string;
    inputHeading: string;
    /** Filled in by the department. */
    contactPerson: string;
    contactInfo: string;
    approvedBy: string;
    instructionsRow: number;
  };
  quota: {
    budget: string;
    exempt: string;
    basis: string;
    rate: string;
    quota: string;
    key: string;
    themeHeaderRow: number;
    firstThemeRow: number;
    themeTotalRow: number;
  };
  proposals: {
    yearHeaderRow: number;
    sumRow: number;
    quotaRow: number;
    differenceRow: number;
    statusRow: number;
    headerRow: number;
    firstRow: number;
    lastRow: number;
    column: ProposalColumns;
  };
}

/** 1-based column numbers of the proposals table. */
export interface ProposalColumns {
  number: number;
  title: number;
  description: number;
  kind: number;
  firstYear: number;
  total: number;
  fte: number;
  service: number;
  staff: number;
}

export function columnLetter(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    const digit = (n - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The cell in column A of the same row, where a value's label goes. */
export function labelAddress(address: string): string {
  return address.replace(/^[A-Z]+/, "A");
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

export function departmentLayout(shape: LayoutShape): DepartmentLayout {
  const years = Array.from({ length: shape.yearCount }, (_, i) => shape.firstYear + i);
  const firstYear = 5;
  const total = firstYear + shape.yearCount;
  const firstThemeRow = 14;
  const firstRow = 11;
  return {
    shape,
    years,
    cover: {
      municipality: "B3",
      code: "B4",
      name: "B5",
      budgetYear: "B6",
      outlineYears: "B7",
      unit: "B8",
      deadline: "B9",
      contact: "B10",
      inputHeading: "A12",
      contactPerson: "B13",
      contactInfo: "B14",
      approvedBy: "B15",
      instructionsRow: 17,
    },
    quota: {
      budget: "B4",
      exempt: "B5",
      basis: "B6",
      rate: "B7",
      quota: "B8",
      key: "B9",
      themeHeaderRow: firstThemeRow - 1,
      firstThemeRow,
      themeTotalRow: firstThemeRow + shape.themes,
    },
    proposals: {
      yearHeaderRow: 4,
      sumRow: 5,
      quotaRow: 6,
      differenceRow: 7,
      statusRow: 8,
      headerRow: firstRow - 1,
      firstRow,
      lastRow: firstRow + shape.rows - 1,
      column: {
        number: 1,
        title: 2,
        description: 3,
        kind: 4,
        firstYear,
        total,
        fte: total + 1,
        service: total + 2,
        staff: total + 3,
      },
    },
  };
}
