/**
 * The in-memory workbook as a simple spreadsheet: sheet tabs, a formula bar, and a grid with A1
 * addresses where cells can be selected (click, shift-click, drag) and edited. Formulas are shown
 * in the formula bar, or in the cells with "Vis formler". A hidden row is drawn as a thin marked
 * strip (its number still there, so the user sees a row is missing, as in Excel); a merged area is
 * one cell spanning its rows and columns.
 */
import { useState, type CSSProperties, type KeyboardEvent } from "react";
import { cellName, columnName, formatRange, type CellRef } from "../sheet/address";
import { FormulaError } from "../excel/memory/formula/values";
import type { MemorySheet, MemoryWorkbook } from "../excel/memory/memoryWorkbook";
import { DEFAULT_FONT_SIZE, pixelsFromPoints } from "../sheet/blockLayout";
import type { HorizontalAlignment } from "../sheet/types";
import { parseNumberText } from "../core";
import { cellText } from "./cellText";
import { playgroundWords as w } from "./playgroundWords";
import { ChartView } from "./ChartView";
import { mergeLayout } from "./mergeLayout";
import { useWorkbookVersion } from "./useWorkbookVersion";
import { shownFormula } from "../excel/memory/formula/shownFormula";
import type { Language } from "../text/language";

function typed(text: string): string | number {
  if (text.startsWith("=")) return text;
  const number = parseNumberText(text);
  return number === undefined ? text : number;
}

/**
 * What the formula bar shows for a cell, as Excel in the pane's language does: numbers with the
 * Danish decimal comma or the English point, formulas with that language's BUDGET names.
 */
function inputText(input: string | number | boolean, language: Language): string {
  if (typeof input === "string") return shownFormula(input, language);
  if (typeof input === "boolean") return (input ? w.true : w.false)[language];
  const text = String(input);
  // An exponent form is left as it is: it is read back the same way, and Danish Excel shows it alike.
  return language === "da" && !text.includes("e") ? text.replace(".", ",") : text;
}

/** A column set to a width (in points) is drawn that wide; the others keep the grid's own width. */
function widthStyle(points: number | undefined): CSSProperties | undefined {
  if (points === undefined) return undefined;
  const width = `${pixelsFromPoints(points)}px`;
  return { width, minWidth: width, maxWidth: width, boxSizing: "border-box" };
}

/**
 * A row set to a height (in points) is drawn that tall; the others keep the grid's own height, which
 * stands for Excel's standard 15 points. Hidden rows keep their thin strip.
 */
function rowStyle(sheet: MemorySheet, row: number): CSSProperties | undefined {
  const points = sheet.rowHeights.get(row);
  if (points === undefined || sheet.hiddenRows.has(row)) return undefined;
  return { height: `${pixelsFromPoints(points)}px` };
}

/** The pixels a cell's text may take in its row: the row's height less the cell's padding and line. */
function textHeight(workbook: MemoryWorkbook, sheet: string, row: number): number {
  return Math.max(0, pixelsFromPoints(workbook.rowHeight(sheet, row)) - 3);
}

/** Excel's lines as CSS: thin is a one-pixel line, double two lines in three pixels. */
const BORDER_CSS = { none: undefined, thin: "1px solid #000", double: "3px double #000" } as const;

/** Excel's alignments as CSS; "General" keeps the grid's own (numbers right, text left). */
const ALIGN_CSS: Partial<Record<HorizontalAlignment, CSSProperties["textAlign"]>> = {
  Left: "left",
  Center: "center",
  Right: "right",
  Justify: "justify",
  CenterAcrossSelection: "center",
  Distributed: "justify",
};

/** A cell's alignment, bottom border, font size and indent as inline style, where they differ from the defaults. */
function cellStyle(workbook: MemoryWorkbook, sheet: string, row: number, column: number): CSSProperties {
  const style: CSSProperties = {};
  const align = ALIGN_CSS[workbook.alignment(sheet, row, column)];
  if (align) style.textAlign = align;
  const border = BORDER_CSS[workbook.bottomBorder(sheet, row, column)];
  if (border) style.borderBottom = border;
  const size = workbook.fontSize(sheet, row, column);
  // Relative to the grid's own font, which stands for Excel's 11 points.
  if (size !== DEFAULT_FONT_SIZE) style.fontSize = `${size / DEFAULT_FONT_SIZE}em`;
  // Excel indents about 9 points (12 pixels) a level, beyond the grid cell's own 4 pixels of padding.
  const indent = workbook.indentLevel(sheet, row, column);
  if (indent > 0) style.paddingLeft = `${4 + indent * 12}px`;
  return style;
}

export function SheetView({ workbook, language }: { workbook: MemoryWorkbook; language: Language }) {
  useWorkbookVersion(workbook);
  const [showFormulas, setShowFormulas] = useState(false);
  const [showHidden, setShowHidden] = useState(false);
  const [draft, setDraft] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  const sheetName = workbook.activeSheet();
  const sheet = workbook.sheet(sheetName);
  const selection = workbook.selection;
  const active = selection.start;
  const anchor = useState<CellRef>(active);
  const [anchorCell, setAnchorCell] = anchor;

  if (!sheet) return <p>Ingen ark.</p>;
  const extent = sheet.extent();
  const rows = Math.max(extent.rows + 4, 18);
  const columns = Math.max(extent.columns + 2, 8);
  const activeInput = workbook.input(sheetName, active.row, active.column);
  const merged = mergeLayout(sheet.merges, rows, columns);

  function select(from: CellRef, to: CellRef): void {
    setDraft(null);
    workbook.selection = {
      sheet: sheetName,
      start: { row: Math.min(from.row, to.row), column: Math.min(from.column, to.column) },
      end: { row: Math.max(from.row, to.row), column: Math.max(from.column, to.column) },
    };
    workbook.touch();
  }

  function commit(): void {
    if (draft === null) return;
    workbook.setInput(sheetName, active.row, active.column, typed(draft.trim() === "" ? "" : draft));
    setDraft(null);
  }

  function onGridKey(event: KeyboardEvent<HTMLDivElement>): void {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      const cell = { row: Math.max(0, active.row + move[0]), column: Math.max(0, active.column + move[1]) };
      if (event.shiftKey) select(anchorCell, cell);
      else {
        setAnchorCell(cell);
        select(cell, cell);
      }
    } else if (event.key === "Delete") {
      for (let r = selection.start.row; r <= selection.end.row; r++)
        for (let c = selection.start.column; c <= selection.end.column; c++) workbook.setInput(sheetName, r, c, "");
    } else if (event.key === "Enter" || event.key === "F2") {
      event.preventDefault();
      document.getElementById("formula-input")?.focus();
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // As in Excel: typing on a selected cell starts a new entry that replaces what it holds.
      event.preventDefault();
      setDraft(event.key);
      document.getElementById("formula-input")?.focus();
    }
  }

  const inSelection = (r: number, c: number) =>
    r >= selection.start.row && r <= selection.end.row && c >= selection.start.column && c <= selection.end.column;

  const visibleSheets = workbook.sheets.filter((s) => showHidden || !s.hidden);
  function toggleHidden(show: boolean): void {
    setShowHidden(show);
    // A hidden sheet on screen after "show hidden sheets" is unticked would still look visible.
    const first = workbook.sheets.find((s) => !s.hidden);
    if (!show && sheet?.hidden && first) {
      workbook.selection = { sheet: first.name, start: { row: 0, column: 0 }, end: { row: 0, column: 0 } };
      setAnchorCell({ row: 0, column: 0 });
      workbook.touch();
    }
  }
  return (
    <div className="sheet-view">
      <div className="tabs" role="tablist" aria-label={w.sheets[language]}>
        {visibleSheets.map((s) => (
          <button
            key={s.name}
            role="tab"
            aria-selected={s.name === sheetName}
            className={s.name === sheetName ? "tab active" : "tab"}
            data-testid={`sheet-${s.name}`}
            onClick={() => {
              workbook.selection = { sheet: s.name, start: { row: 0, column: 0 }, end: { row: 0, column: 0 } };
              setAnchorCell({ row: 0, column: 0 });
              setDraft(null);
              workbook.touch();
            }}
          >
            {s.hidden ? `${s.name} (${w.hidden[language]})` : s.name}
          </button>
        ))}
        <label className="toggle">
          <input type="checkbox" checked={showFormulas} onChange={(e) => setShowFormulas(e.target.checked)} />{" "}
          {w.showFormulas[language]}
        </label>
        <label className="toggle">
          <input type="checkbox" checked={showHidden} onChange={(e) => toggleHidden(e.target.checked)} />{" "}
          {w.showHidden[language]}
        </label>
      </div>
      <div className="formula-bar">
        <label htmlFor="formula-input" className="address" data-testid="selection-address">
          {formatRange(selection)}
        </label>
        <input
          id="formula-input"
          data-testid="formula-input"
          aria-label={`${w.contentOf[language]} ${cellName(active)}`}
          value={draft ?? inputText(activeInput, language)}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              commit();
              const next = { row: active.row + 1, column: active.column };
              setAnchorCell(next);
              select(next, next);
              document.getElementById("grid")?.focus();
            } else if (e.key === "Escape") setDraft(null);
          }}
          onBlur={commit}
          spellCheck={false}
        />
      </div>
      <div id="grid" className="grid" tabIndex={0} onKeyDown={onGridKey} onMouseUp={() => setDragging(false)}>
        <table aria-label={`${w.sheet[language]} ${sheetName}`} data-testid="grid">
          <thead>
            <tr>
              <th className="corner" />
              {Array.from({ length: columns }, (_, c) => (
                <th key={c} scope="col" style={widthStyle(sheet.columnWidths.get(c))}>
                  {columnName(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, r) => (
              <tr
                key={r}
                className={sheet.hiddenRows.has(r) ? "hidden-row" : sheet.rowHeights.has(r) ? "sized-row" : undefined}
                style={rowStyle(sheet, r)}
                data-hidden-row={sheet.hiddenRows.has(r) ? r + 1 : undefined}
              >
                <th
                  scope="row"
                  title={sheet.hiddenRows.has(r) ? `${w.row[language]} ${r + 1} ${w.isHidden[language]}` : undefined}
                >
                  {r + 1}
                </th>
                {Array.from({ length: columns }, (_, c) => {
                  const span = merged.at(r, c);
                  if (span === "covered") return null;
                  const input = workbook.input(sheetName, r, c);
                  const value = workbook.value(sheetName, r, c);
                  const isFormula = typeof input === "string" && input.startsWith("=");
                  const wrap = workbook.wrapText(sheetName, r, c);
                  // As in Excel, a wrapped text or a text in a row of its own height shows only the
                  // lines the row's height holds: the rest is cut, not spilled into a taller row.
                  const boxed = (wrap || sheet.rowHeights.has(r)) && !sheet.hiddenRows.has(r);
                  const formula = isFormula ? shownFormula(input, language) : undefined;
                  const text =
                    showFormulas && formula !== undefined
                      ? formula
                      : cellText(value, workbook.format(sheetName, r, c), language);
                  const classes = [
                    typeof value === "number" && !(showFormulas && isFormula) ? "num" : "",
                    isFormula ? "formula" : input === "" && value !== "" ? "spill" : "",
                    inSelection(r, c) ? "selected" : "",
                    r === active.row && c === active.column ? "active" : "",
                    value instanceof FormulaError ? "error" : "",
                    workbook.bold(sheetName, r, c) ? "bold" : "",
                    wrap ? "wrap" : "",
                  ];
                  return (
                    <td
                      key={c}
                      rowSpan={span?.rows}
                      colSpan={span?.columns}
                      data-merged={span ? `${span.rows}x${span.columns}` : undefined}
                      data-cell={`${sheetName}!${cellName({ row: r, column: c })}`}
                      className={classes.filter(Boolean).join(" ")}
                      style={{ ...widthStyle(sheet.columnWidths.get(c)), ...cellStyle(workbook, sheetName, r, c) }}
                      title={value instanceof FormulaError ? value.message : formula}
                      onMouseDown={(e) => {
                        const cell = { row: r, column: c };
                        if (e.shiftKey) select(anchorCell, cell);
                        else {
                          setAnchorCell(cell);
                          select(cell, cell);
                        }
                        setDragging(true);
                      }}
                      onMouseEnter={() => dragging && select(anchorCell, { row: r, column: c })}
                      onDoubleClick={() => document.getElementById("formula-input")?.focus()}
                    >
                      {boxed ? (
                        <div className="cell-text" style={{ maxHeight: `${textHeight(workbook, sheetName, r)}px` }}>
                          {text}
                        </div>
                      ) : (
                        text
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="charts">
        {sheet.charts.map((chart) => (
          <ChartView key={chart.id} workbook={workbook} chart={chart} />
        ))}
      </div>
    </div>
  );
}
