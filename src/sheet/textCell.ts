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
 * The text as a cell input that Excel shows as the text itself: Excel's quote prefix (') before a
 * text that could be read as a formula, or that begins with an apostrophe of its own (which the
 * prefix would otherwise swallow).
 */
export function textCell(text: string): string {
  return looksLikeFormula(text) || text.startsWith("'") ? `'${text}` : text;
}

/**
 * The text a cell input shows, the quote prefix taken off: the inverse of textCell, for writers of
 * an .xlsx (exceljs), where a string is stored as text and never read as a formula, so a prefix
 * would print as an apostrophe.
 */
export function shownText(input: string): string {
  return input.startsWith("'") ? input.slice(1) : input;
}
