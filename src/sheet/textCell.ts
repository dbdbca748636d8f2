/**
 * User text on its way into a cell. Every writer that puts text a user (or a returned workbook)
 * typed into a sheet goes through textCell, so no title, name or id is ever taken for a formula.
 * Without imports, so the task pane can use it outside the lazy workbooks chunk.
 */

/**
 * Whether a spreadsheet could take the text for a formula when it is put into a cell: it begins
 * with =, +, - or @ (also the full-width forms), possibly after spaces, tabs or line breaks, or it
 * begins with a tab or a line break (tricks that slip past a check of the first character).
 */
export function looksLikeFormula(text: string): boolean {
  return /^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/.test(text) || /^[\t\r\n]/.test(text);
}

/**
 * Whether a spreadsheet would turn the text into a number, a date, a time or a truth value when it
 * is put into a cell, as it does with what is typed: "2100", "2.100", "1,5", "50 %", "(5)", "1-2",
 * "1/2/2025", "12:30", ".5", "SAND". An id such as 2100 must stay the text it was (left-aligned,
 * equal to the id beside it), not become the number 2.100.
 */
export function looksLikeValue(text: string): boolean {
  return (
    /^\s*\(?[$€£]?\s*(\d|[.,]\d)[\d.,:/\- ]*(e[+-]?\d+)?\s*%?\s*\)?\s*$/i.test(text) ||
    /^\s*(true|false|sand|falsk)\s*$/i.test(text)
  );
}

/**
 * The text as a cell input that Excel shows as the text itself: Excel's quote prefix (') before a
 * text that could be read as a formula or as a number (or date, or truth value), or that begins with
 * an apostrophe of its own (which the prefix would otherwise swallow).
 */
export function textCell(text: string): string {
  return looksLikeFormula(text) || looksLikeValue(text) || text.startsWith("'") ? `'${text}` : text;
}

/**
 * The text a cell input shows, the quote prefix taken off: the inverse of textCell, for writers of
 * an .xlsx (exceljs), where a string is stored as text and never read as a formula, so a prefix
 * would print as an apostrophe.
 */
export function shownText(input: string): string {
  return input.startsWith("'") ? input.slice(1) : input;
}
