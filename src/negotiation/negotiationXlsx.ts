/**
 * The negotiation sheet as an .xlsx: the same block the pane writes, with the status drop-downs as
 * Excel data validation. Formulas are stored without results; Excel and LibreOffice calculate them
 * on opening.
 */
import ExcelJS from "exceljs";
import { cellName } from "../sheet/address";
import { shownText } from "../sheet/textCell";
import type { Negotiation } from "./model";
import { buildSheet } from "./sheet";
import { W, type SheetLanguage } from "./words";

export function negotiationWorkbook(n: Negotiation, language: SheetLanguage, decimals: number): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(W.title[language]);
  const block = buildSheet(n, language, decimals);
  block.formulas.forEach((row, r) =>
    row.forEach((input, c) => {
      if (input === "") return;
      const cell = sheet.getCell(r + 1, c + 1);
      // A string is stored as text, never a formula, so user text needs no quote prefix here.
      cell.value =
        typeof input !== "string" ? input : input.startsWith("=") ? { formula: input.slice(1) } : shownText(input);
      const format = block.numberFormats[r]?.[c];
      if (format && format !== "General") cell.numFmt = format;
      const wrap = block.wrapText[r]?.[c] === true;
      const right = block.horizontalAlignment[r]?.[c] === "Right";
      if (wrap || right)
        cell.alignment = { ...(wrap ? { wrapText: true } : {}), ...(right ? { horizontal: "right" } : {}) };
      if (block.bold[r]?.[c]) cell.font = { bold: true };
    }),
  );
  // Stored heights: LibreOffice keeps them, and Excel does not fit a row to wrapped text on opening.
  block.rowHeights.forEach((points, r) => {
    if (points !== null) sheet.getRow(r + 1).height = points;
  });
  for (const v of block.validations)
    for (let r = 0; r < v.rows; r++)
      sheet.getCell(cellName({ row: v.row + r, column: v.column })).dataValidation = {
        type: "list",
        allowBlank: true,
        formulae: [`"${v.choices.join(",")}"`],
      };
  block.columnCharacters.forEach((width, c) => (sheet.getColumn(c + 1).width = width));
  return workbook;
}
