import { InputError } from "./errors";
import { fteOverflow, hoursOverflow, normNotPositive, salaryNotPositive } from "./messages";
import { finiteOr } from "./overflow";

/** The Danish annual norm: hours in one full-time equivalent (årsværk). */
export const DANISH_NORM_HOURS = 1924;

/** Full-time equivalents: a saving in kr. divided by an average salary. */
export function fte(amount: number, averageSalary: number): number {
  if (!(averageSalary > 0)) throw new InputError("averageSalary", salaryNotPositive, [averageSalary]);
  return finiteOr(amount / averageSalary, "averageSalary", fteOverflow, amount, averageSalary);
}

/** Full-time equivalents from hours, by the annual norm (1.924 hours by default). */
export function hoursFte(hours: number, normHours = DANISH_NORM_HOURS): number {
  if (!(normHours > 0)) throw new InputError("normHours", normNotPositive, [normHours]);
  return finiteOr(hours / normHours, "normHours", hoursOverflow, hours, normHours);
}
