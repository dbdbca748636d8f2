/**
 * The generation settings as typed in the wizard's form, and their reading into the settings the
 * workbooks are made with. Every field that cannot be used is named in both languages.
 */
import { parseNumberText } from "../../../core";
import { UserError } from "../../logic/text";
import type { Text } from "../contract";
import type { CentralSettings } from "../../../workbooks";
import { isoDateOf } from "../../../workbooks/dates";
import { shiftDecimal } from "../../../workbooks/format";
import { workbooksText as t } from "./workbooksText";

export interface SettingsForm {
  municipality: string;
  budgetYear: string;
  outlineYears: string;
  /** In percent: "1,5" is 1,5 %. */
  rate: string;
  decimals: string;
  unit: string;
  deadline: string;
  contact: string;
  proposalRows: string;
  password: string;
}

export const UNITS = ["mio. kr.", "1.000 kr.", "kr."] as const;

export function defaultSettingsForm(now: Date = new Date()): SettingsForm {
  return {
    municipality: "",
    budgetYear: String(now.getFullYear() + 1),
    outlineYears: "3",
    rate: "1",
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
        : danishText(shiftDecimal(settings.rate, 2)),
    decimals: text(settings.decimals, fallback.decimals),
    unit: text(settings.unit, fallback.unit),
    deadline: text(settings.deadline, fallback.deadline),
    contact: text(settings.contact, fallback.contact),
    proposalRows: text(settings.proposalRows, fallback.proposalRows),
    password: text(settings.password, fallback.password),
  };
}

function danishText(value: number): string {
  return String(value).replace(".", ",");
}

function problem(field: Text, da: string, en: string): UserError {
  return new UserError({ da: `${field.da}: ${da}`, en: `${field.en}: ${en}` });
}

function whole(text: string, field: Text, low: number, high: number): number {
  const n = parseNumberText(text);
  if (n === undefined || !Number.isInteger(n) || n < low || n > high)
    throw problem(
      field,
      `"${text}" kan ikke bruges. Skriv et helt tal fra ${low} til ${high}.`,
      `"${text}" cannot be used. Type a whole number from ${low} to ${high}.`,
    );
  return n;
}

function required(text: string, field: Text): string {
  const trimmed = text.trim();
  if (!trimmed) throw problem(field, "feltet er tomt. Udfyld det.", "the field is blank. Fill it in.");
  return trimmed;
}

/** Reads the form; throws a UserError naming the first field that cannot be used. */
export function readSettingsForm(form: SettingsForm): CentralSettings {
  const rateText = required(form.rate, t.rate).replace(/\s*%$/, "");
  const percent = parseNumberText(rateText);
  if (percent === undefined || percent < 0 || percent > 100)
    throw problem(
      t.rate,
      `"${form.rate}" er ikke en sats. Skriv procenten, fx 1,5.`,
      `"${form.rate}" is not a rate. Type the percentage, e.g. 1,5.`,
    );
  const deadline = isoDateOf(required(form.deadline, t.deadline));
  if (!deadline)
    throw problem(
      t.deadline,
      `"${form.deadline}" er ikke en dato. Skriv fx 10-04-2026.`,
      `"${form.deadline}" is not a date. Type e.g. 10-04-2026.`,
    );
  return {
    municipality: required(form.municipality, t.municipality),
    budgetYear: whole(form.budgetYear, t.budgetYear, 2000, 2200),
    outlineYears: whole(form.outlineYears, t.outlineYears, 0, 5),
    // Moving the decimal point keeps 1,5 % exactly 0.015.
    rate: shiftDecimal(percent, -2),
    decimals: whole(form.decimals, t.decimals, 0, 10),
    unit: required(form.unit, t.unit),
    deadline,
    contact: required(form.contact, t.contact),
    proposalRows: whole(form.proposalRows, t.proposalRows, 5, 500),
    password: form.password === "" ? null : form.password,
  };
}
