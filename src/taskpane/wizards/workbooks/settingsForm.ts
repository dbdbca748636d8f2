/**
 * The generation settings as typed in the wizard's form, and their reading into the settings the
 * workbooks are made with. Every field that cannot be used is named in both languages.
 */
import { parseNumberText, shiftDecimal } from "../../../core";
import { MissingInput, UserError } from "../../logic/errorMessages";
import { readRate } from "../../logic/rate";
import type { Language, Text } from "../contract";
import { UNIT_WORDS, type Unit } from "../../../text/units";
import type { CentralSettings } from "../../../workbooks";
import { isoDateOf } from "../../../workbooks/dates";
import { workbooksText as t } from "./workbooksText";

export interface SettingsForm {
  municipality: string;
  budgetYear: string;
  outlineYears: string;
  /** As the quota wizard takes it: "1,5 %" or "0,015". */
  rate: string;
  decimals: string;
  unit: string;
  deadline: string;
  contact: string;
  proposalRows: string;
  password: string;
}

/** The units the department workbooks are made in; Danish, as the workbooks are. */
export const UNITS = ["mio. kr.", "1.000 kr.", "kr."] as const;

const UNIT_CODES: Record<string, Unit> = { "mio. kr.": "mkr", "1.000 kr.": "tkr", "kr.": "kr" };

/** A unit as the form shows it: in English in an English pane; one typed on the settings sheet as it is. */
export function unitName(unit: string, language: Language): string {
  const code = UNIT_CODES[unit];
  return code ? UNIT_WORDS[code][language] : unit;
}

export function defaultSettingsForm(now: Date = new Date()): SettingsForm {
  return {
    municipality: "",
    budgetYear: String(now.getFullYear() + 1),
    outlineYears: "3",
    rate: "1 %",
    decimals: "1",
    unit: "mio. kr.",
    deadline: "",
    contact: "",
    proposalRows: "40",
    password: "",
  };
}

/** The form as filled from a settings sheet, so that a central workbook opened in Excel needs no typing. */
export function settingsFormOf(settings: Partial<CentralSettings>, fallback: SettingsForm): SettingsForm {
  const text = (value: string | number | null | undefined, otherwise: string) =>
    value === undefined || value === null || (typeof value === "number" && Number.isNaN(value)) || value === ""
      ? otherwise
      : String(value);
  return {
    municipality: text(settings.municipality, fallback.municipality),
    budgetYear: text(settings.budgetYear, fallback.budgetYear),
    outlineYears: text(settings.outlineYears, fallback.outlineYears),
    rate:
      settings.rate === undefined || Number.isNaN(settings.rate)
        ? fallback.rate
        : `${danishText(shiftDecimal(settings.rate, 2))} %`,
    decimals: text(settings.decimals, fallback.decimals),
    unit: text(settings.unit, fallback.unit),
    deadline: danishDate(text(settings.deadline, fallback.deadline)),
    contact: text(settings.contact, fallback.contact),
    proposalRows: text(settings.proposalRows, fallback.proposalRows),
    password: text(settings.password, fallback.password),
  };
}

function danishText(value: number): string {
  return String(value).replace(".", ",");
}

/** A field that cannot be used; the form gathers them all so the user sees every one at once. */
class FieldProblem extends Error {
  /** `blank` names a field not filled in yet: guidance, not a mistake, while it is the only kind. */
  constructor(
    readonly text: Text,
    readonly blank?: Text,
  ) {
    super(text.en);
    this.name = "FieldProblem";
  }
}

function problem(field: Text, said: Text): FieldProblem {
  return new FieldProblem(t.fieldSays(field, said.da, said.en));
}

function whole(text: string, field: Text, low: number, high: number): number {
  const n = parseNumberText(text);
  if (n === undefined || !Number.isInteger(n) || n < low || n > high)
    throw problem(field, t.notAWholeNumber(text, low, high));
  return n;
}

function required(text: string, field: Text): string {
  const trimmed = text.trim();
  if (!trimmed) {
    const blank = problem(field, t.fieldBlank);
    throw new FieldProblem(blank.text, field);
  }
  return trimmed;
}

/** The rate typed as everywhere in the pane: 1,5 % or 0,015 (a bare 1,5 is refused with both readings). */
function rate(text: string): number {
  try {
    return readRate(text, t.rate, t.wholeBudget);
  } catch (error) {
    if (error instanceof UserError) throw new FieldProblem(error.text);
    throw error;
  }
}

function deadline(text: string): string {
  const iso = isoDateOf(required(text, t.deadline));
  if (!iso) throw problem(t.deadline, t.notADate(text));
  return iso;
}

/** A date in the form as Danes write it: 10-04-2026 (the settings keep ISO 2026-04-10). */
export function danishDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : iso;
}

/**
 * The fields a fresh form has not been given yet, as guidance (the pane shows it as it shows every
 * wizard's "fill in …", not as a red error): a blank field is no mistake until something else is.
 */
function stillToFill(fields: Text[]): MissingInput {
  if (fields.length === 1) {
    const field = fields[0] as Text;
    return new MissingInput(t.fillInToSeeQuotas(field));
  }
  return new MissingInput(t.fillInTheseToSeeQuotas(fields));
}

/**
 * Reads the form; throws one UserError listing every field that cannot be used, in the form's order,
 * or, when the only problems are fields not filled in yet, a MissingInput naming them.
 */
export function readSettingsForm(form: SettingsForm): CentralSettings {
  const problems: Text[] = [];
  const blank: Text[] = [];
  function read<T>(reader: () => T, otherwise: T): T {
    try {
      return reader();
    } catch (error) {
      if (!(error instanceof FieldProblem)) throw error;
      problems.push(error.text);
      if (error.blank) blank.push(error.blank);
      return otherwise;
    }
  }
  const settings: CentralSettings = {
    municipality: read(() => required(form.municipality, t.municipality), ""),
    budgetYear: read(() => whole(form.budgetYear, t.budgetYear, 2000, 2200), 0),
    outlineYears: read(() => whole(form.outlineYears, t.outlineYears, 0, 5), 0),
    rate: read(() => rate(form.rate), 0),
    decimals: read(() => whole(form.decimals, t.decimals, 0, 10), 0),
    unit: read(() => required(form.unit, t.unit), ""),
    deadline: read(() => deadline(form.deadline), ""),
    contact: read(() => required(form.contact, t.contact), ""),
    proposalRows: read(() => whole(form.proposalRows, t.proposalRows, 5, 500), 0),
    password: form.password === "" ? null : form.password,
  };
  if (problems.length > 0 && blank.length === problems.length) throw stillToFill(blank);
  if (problems.length === 1) throw new UserError(problems[0] as Text);
  if (problems.length > 1) throw new UserError(t.fillInOrMend(problems));
  return settings;
}
