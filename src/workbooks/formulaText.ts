/**
 * Whether a spreadsheet could take the text for a formula when it is put into a cell: it begins
 * with =, +, - or @ (also the full-width forms), possibly after spaces, tabs or line breaks, or it
 * begins with a tab or a line break (tricks that slip past a check of the first character). Without imports, so the task pane can use it outside the lazy workbooks chunk.
 */
export function looksLikeFormula(text: string): boolean {
  return /^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/.test(text) || /^[\t\r\n]/.test(text);
}
