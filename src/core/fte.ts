import { formatDanish } from "./format";
import { InputError } from "./errors";
import { finiteOr, operand } from "./overflow";

/** The Danish annual norm: hours in one full-time equivalent (årsværk). */
export const DANISH_NORM_HOURS = 1924;

/** Full-time equivalents: a saving in kr. divided by an average salary. */
export function fte(amount: number, averageSalary: number): number {
  if (!(averageSalary > 0)) {
    throw new InputError(
      "averageSalary",
      `is ${formatDanish(averageSalary)}. An average salary is above 0, e.g. 450.000 kr. a year.`,
    );
  }
  return finiteOr(
    amount / averageSalary,
    "averageSalary",
    "",
    () => `amount / averageSalary, ${operand(amount)} / ${operand(averageSalary)},`,
    "Use an average salary of at least 1 kr. a year (e.g. 450.000), with amounts within ±1E+300.",
  );
}

/** Full-time equivalents from hours, by the annual norm (1.924 hours by default). */
export function hoursFte(hours: number, normHours = DANISH_NORM_HOURS): number {
  if (!(normHours > 0)) {
    throw new InputError(
      "normHours",
      `is ${formatDanish(normHours)}. The hours in a full-time year are above 0; leave it blank for the Danish norm 1.924.`,
    );
  }
  return finiteOr(
    hours / normHours,
    "normHours",
    "",
    () => `hours / normHours, ${operand(hours)} / ${operand(normHours)},`,
    "Use a norm of at least 1 hour (the Danish norm is 1.924; leave it blank for that), with hours within ±1E+300.",
  );
}
