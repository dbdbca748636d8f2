/** Plain Markdown tables with aligned columns: readable in a terminal and in BENCHMARKS.md alike. */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  rightAligned = new Set<number>(),
): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => (row[c] ?? "").length)));
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((cell, c) => (rightAligned.has(c) ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0))).join(" | ")} |`;
  const rule = `|${widths.map((w, c) => (rightAligned.has(c) ? `${"-".repeat(w + 1)}:` : "-".repeat(w + 2))).join("|")}|`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}

/** A figure with about three significant digits (12.3, 1.23, 0.0123), or "–" when missing. */
export function figure(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "–";
  const magnitude = Math.abs(value);
  if (magnitude >= 100) return String(Math.round(value));
  if (magnitude >= 10) return value.toFixed(1);
  if (magnitude >= 1) return value.toFixed(2);
  if (magnitude === 0) return "0";
  return value.toPrecision(3);
}
