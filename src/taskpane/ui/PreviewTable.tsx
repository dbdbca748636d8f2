import { Link, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId, useRef } from "react";
import { usePaneLanguage } from "./paneLanguage";
import { columnsLeft, columnsRight } from "./strings";
import { useHiddenColumns } from "./useHiddenColumns";

const cell = `2px ${tokens.spacingHorizontalXS}`;

const useStyles = makeStyles({
  frame: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  caption: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  cue: { fontSize: tokens.fontSizeBase200, textAlign: "left" },
  clip: { position: "relative", minWidth: 0 },
  scroll: { overflowX: "auto", maxWidth: "100%" },
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    fontSize: tokens.fontSizeBase200,
    fontVariantNumeric: "tabular-nums",
    width: "100%",
  },
  row: { backgroundColor: tokens.colorNeutralBackground1 },
  // Headings may wrap at their spaces ("Under tærsklen"), so a narrow pane shows more columns at once.
  th: {
    textAlign: "right",
    verticalAlign: "bottom",
    padding: cell,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    minWidth: "3.5em",
    // Where the browser can hyphenate the pane's language, a long heading ("Realiseringsgrad") breaks too.
    hyphens: "auto",
  },
  // The row labels stay in view while the figures scroll beneath them, and wrap rather than fill the pane.
  label: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: "inherit",
    textAlign: "left",
    verticalAlign: "top",
    padding: cell,
    minWidth: "6em",
    maxWidth: "11em",
    overflowWrap: "break-word",
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  // Leading non-breaking spaces indent a label (a level of a tree); a wrapped line keeps the indent.
  indented: { display: "flex" },
  indent: { flexShrink: 0, whiteSpace: "pre" },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
  headLabel: { borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, verticalAlign: "bottom" },
  td: { textAlign: "right", padding: cell, whiteSpace: "nowrap", verticalAlign: "top" },
  footer: { fontWeight: tokens.fontWeightSemibold, "& > *": { borderTop: `1px solid ${tokens.colorNeutralStroke1}` } },
  flagged: { backgroundColor: tokens.colorPaletteRedBackground1 },
  current: { backgroundColor: tokens.colorBrandBackground2, fontWeight: tokens.fontWeightSemibold },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  bad: { color: tokens.colorPaletteRedForeground1 },
  // A shadow on the edge where columns continue: a hint that does not depend on the system's scrollbars.
  fade: {
    position: "absolute",
    top: 0,
    bottom: 0,
    right: 0,
    width: "18px",
    pointerEvents: "none",
    backgroundImage: `linear-gradient(to right, transparent, ${tokens.colorNeutralShadowAmbientDarker})`,
  },
});

export interface PreviewRow {
  label: string;
  cells: string[];
  /** Shown with a red background: a row that needs the user's attention. */
  flagged?: boolean;
  /** The row the preview is about (Forklar's selected cell): highlighted and marked for screen readers. */
  current?: boolean;
}

export interface PreviewTableProps {
  testId: string;
  caption: string;
  headings: string[];
  rows: PreviewRow[];
  /** Totals and similar rows, set apart at the bottom. */
  footer?: PreviewRow[];
  /** A last row of ✓/✗ per column; undefined entries stay blank. */
  checks?: { label: string; marks: (boolean | undefined)[] };
}

/**
 * A small read-only grid for previews. In a narrow pane it scrolls sideways inside itself, with the
 * row labels kept in view, a shadow where it continues, and a line above it naming the columns out
 * of view (a button that brings them in): every column a user must check can be reached and is seen
 * to be there, whether or not the system shows scrollbars.
 */
export function PreviewTable(props: PreviewTableProps) {
  const styles = useStyles();
  const language = usePaneLanguage();
  const captionId = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const table = useRef<HTMLTableElement>(null);
  const { hidden, reveal, update } = useHiddenColumns(scroller, table);
  const names = (indices: number[]) => indices.map((i) => props.headings[i] ?? "");

  const rowClass = (r: PreviewRow, footer: boolean) =>
    [styles.row, footer ? styles.footer : "", r.flagged ? styles.flagged : "", r.current ? styles.current : ""].join(
      " ",
    );
  const label = (text: string) => {
    const indent = /^\u00a0+/.exec(text)?.[0];
    if (!indent) return text;
    return (
      <span className={styles.indented}>
        <span className={styles.indent}>{indent}</span>
        <span>{text.slice(indent.length)}</span>
      </span>
    );
  };
  const row = (r: PreviewRow, i: number, footer: boolean) => (
    <tr key={`${footer ? "f" : "r"}${i}`} className={rowClass(r, footer)} aria-current={r.current || undefined}>
      <th scope="row" className={styles.label}>
        {label(r.label)}
      </th>
      {r.cells.map((text, c) => (
        <td key={c} className={styles.td}>
          {text}
        </td>
      ))}
    </tr>
  );
  return (
    <div className={styles.frame} data-preview-table="">
      {/* Above the scrolling box, so it stays in view; the table keeps its own caption for screen readers. */}
      <div className={styles.caption} aria-hidden="true">
        {props.caption}
      </div>
      {hidden.left.length > 0 && (
        <Link as="button" className={styles.cue} onClick={() => reveal("left")} data-more-columns="left">
          {columnsLeft(names(hidden.left))[language]}
        </Link>
      )}
      {hidden.right.length > 0 && (
        <Link as="button" className={styles.cue} onClick={() => reveal("right")} data-more-columns="right">
          {columnsRight(names(hidden.right))[language]}
        </Link>
      )}
      <div className={styles.clip}>
        <div
          ref={scroller}
          className={styles.scroll}
          role="region"
          aria-labelledby={captionId}
          tabIndex={0}
          onScroll={update}
        >
          <table ref={table} className={styles.table} data-testid={props.testId}>
            <caption id={captionId} className={styles.hidden}>
              {props.caption}
            </caption>
            <thead>
              <tr className={styles.row}>
                {props.headings.map((h, i) => (
                  <th
                    key={i}
                    scope="col"
                    className={i === 0 ? mergeClasses(styles.label, styles.headLabel) : styles.th}
                  >
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {props.rows.map((r, i) => row(r, i, false))}
              {props.footer?.map((r, i) => row(r, i, true))}
              {props.checks && (
                <tr className={styles.row}>
                  <th scope="row" className={styles.label}>
                    {props.checks.label}
                  </th>
                  {props.checks.marks.map((mark, c) => (
                    <td
                      key={c}
                      className={mergeClasses(styles.td, mark === true && styles.ok, mark === false && styles.bad)}
                    >
                      {mark === undefined ? "" : mark ? "✓" : "✗"}
                    </td>
                  ))}
                </tr>
              )}
            </tbody>
          </table>
        </div>
        {hidden.right.length > 0 && <div className={styles.fade} aria-hidden="true" />}
      </div>
    </div>
  );
}
