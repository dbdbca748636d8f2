/**
 * Data validation for the input cells, one rule per range. A rule is set on the whole range (not
 * cell by cell) because a custom formula is relative to the range's top-left cell.
 */
import type ExcelJS from "exceljs";
import { INPUT_LIMITS } from "../departmentLayout";

interface WithValidations {
  // exceljs keeps this off its typings; its writer accepts a range address as the key.
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

export function validateRange(sheet: ExcelJS.Worksheet, range: string, validation: ExcelJS.DataValidation): void {
  (sheet as unknown as WithValidations).dataValidations.add(range, validation);
}

function rule(
  type: ExcelJS.DataValidation["type"],
  formulae: (string | number)[],
  title: string,
  message: string,
  operator?: ExcelJS.DataValidation["operator"],
): ExcelJS.DataValidation {
  return {
    type,
    formulae,
    ...(operator ? { operator } : {}),
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: title,
    error: message,
    showInputMessage: true,
    promptTitle: title,
    prompt: message,
  };
}

export function textRule(maxLength: number, title: string, what: string): ExcelJS.DataValidation {
  return rule("textLength", [maxLength], title, `${what} Højst ${maxLength} tegn.`, "lessThanOrEqual");
}

export function listRule(items: readonly string[], title: string, what: string): ExcelJS.DataValidation {
  return rule("list", [`"${items.join(",")}"`], title, what);
}

export function decimalRule(min: number, max: number, title: string, what: string): ExcelJS.DataValidation {
  return rule("decimal", [min, max], title, what, "between");
}

/** An amount: a number with at most `decimals` places, so that sums and the quota compare exactly. */
export function amountRule(topLeft: string, decimals: number, unit: string): ExcelJS.DataValidation {
  const places = decimals === 1 ? "1 decimal" : `${decimals} decimaler`;
  return rule(
    "custom",
    [`AND(ISNUMBER(${topLeft}),ROUND(${topLeft},${decimals})=${topLeft},ABS(${topLeft})<${INPUT_LIMITS.amountBelow})`],
    "Beløb",
    `Skriv et beløb i ${unit} med højst ${places}. Besparelser og merindtægter er positive.`,
  );
}
