import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  scroll: { overflowX: "auto", maxWidth: "100%" },
  table: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    fontVariantNumeric: "tabular-nums",
    width: "100%",
  },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  th: {
    textAlign: "right",
    padding: `2px ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    whiteSpace: "nowrap",
  },
  label: { textAlign: "left", padding: `2px ${tokens.spacingHorizontalXS}`, whiteSpace: "nowrap" },
  td: { textAlign: "right", padding: `2px ${tokens.spacingHorizontalXS}`, whiteSpace: "nowrap" },
  footer: { borderTop: `1px solid ${tokens.colorNeutralStroke1}`, fontWeight: tokens.fontWeightSemibold },
  flagged: { backgroundColor: tokens.colorPaletteRedBackground1 },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  bad: { color: tokens.colorPaletteRedForeground1 },
});

export interface PreviewRow {
  label: string;
  cells: string[];
  /** Shown with a red background: a row that needs the user's attention. */
  flagged?: boolean;
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

/** A small read-only grid for previews; it scrolls sideways in a narrow pane instead of squeezing. */
export function PreviewTable(props: PreviewTableProps) {
  const styles = useStyles();
  const row = (r: PreviewRow, i: number, footer: boolean) => (
    <tr
      key={`${footer ? "f" : "r"}${i}`}
      className={`${footer ? styles.footer : ""} ${r.flagged ? styles.flagged : ""}`}
    >
      <th scope="row" className={styles.label}>
        {r.label}
      </th>
      {r.cells.map((cell, c) => (
        <td key={c} className={styles.td}>
          {cell}
        </td>
      ))}
    </tr>
  );
  return (
    <div className={styles.scroll} role="region" aria-label={props.caption} tabIndex={0}>
      <table className={styles.table} data-testid={props.testId}>
        <caption className={styles.caption}>{props.caption}</caption>
        <thead>
          <tr>
            {props.headings.map((h, i) => (
              <th key={i} scope="col" className={i === 0 ? styles.label : styles.th}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r, i) => row(r, i, false))}
          {props.footer?.map((r, i) => row(r, i, true))}
          {props.checks && (
            <tr>
              <th scope="row" className={styles.label}>
                {props.checks.label}
              </th>
              {props.checks.marks.map((mark, c) => (
                <td key={c} className={`${styles.td} ${mark === true ? styles.ok : mark === false ? styles.bad : ""}`}>
                  {mark === undefined ? "" : mark ? "✓" : "✗"}
                </td>
              ))}
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
