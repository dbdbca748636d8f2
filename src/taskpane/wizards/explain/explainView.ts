/**
 * An explanation in words and as a table, in one language: the sentences of DOMAIN.md "Explaining
 * a number" (src/text/explanations.ts) and the whole spread at a glance with the selected part
 * marked. Display only: every number comes from the core's explanation.
 */
import {
  exactUnitsOf,
  remainderOf,
  shareOf,
  type AllocationTrace,
  type PartTrace,
} from "../../../core/allocationTrace";
import type { Decimal } from "../../../core/decimal";
import type { FigureTrace, Position, TableEquation } from "../../../core/explainRoundTable";
import { shownIn, type ExplanationMessage, type SumName } from "../../../text/explanations";
import type { Language } from "../contract";
import { demographyView, repriceView } from "./columnView";
import type { Explained } from "./explainModel";
import { amount, decimal, percent, percentOf, render, units } from "./explainShown";
import { explainText as t } from "./explainText";

export interface ExplainView {
  /** The rule and the selected part's story, sentence by sentence. */
  lines: string[];
  headings: string[];
  rows: { label: string; cells: string[]; selected: boolean }[];
}

/** How a tie at the cut was decided, against the part named `other`. */
function tieMessages(p: PartTrace, other: (part: number) => string): ExplanationMessage[] {
  return (p.tie?.against ?? []).map((against): ExplanationMessage =>
    against.rule === "weight"
      ? { code: "tieWeight", params: { other: other(against.part) } }
      : { code: "tiePosition", params: { other: other(against.part) } },
  );
}

function spreadView(
  e: Extract<Explained, { kind: "spread" }>,
  labels: (string | null)[] | null,
  l: Language,
): ExplainView {
  const { spread, part } = e;
  const d = spread.decimals;
  const trace = spread.trace;
  const name = (i: number): string => labels?.[i] ?? `${t.part[l]} ${i + 1}`;
  const p = trace.parts[part];
  const m: ExplanationMessage[] = [];
  if (e.quota) {
    m.push({
      code: "quotaTotal",
      params: {
        rate: percentOf(e.quota.rate),
        exact: decimal(e.quota.exactTotal),
        rounded: units(spread.totalUnits, d),
      },
    });
  } else {
    m.push({ code: "total", params: { decimals: d, rounded: units(spread.totalUnits, d) } });
  }
  const held = spread.held.flatMap((h, i) => (h === null ? [] : [{ name: name(i), amount: units(h, d) }]));
  if (held.length > 0) m.push({ code: "held", params: { held, left: units(spread.remainingUnits, d) } });
  m.push({ code: "spreadRule", params: { unit: units(1, d), leftover: trace.leftover } });
  const result = units(spread.result[part] ?? 0, d);
  if (p && !p.free) {
    m.push({ code: "partHeld", params: { name: name(part), amount: result } });
  } else if (p) {
    m.push({
      code: "partShare",
      params: {
        name: name(part),
        weight: decimal(e.weights[part] as Decimal),
        share: percent(shareOf(trace, part)),
        exact: amount(exactUnitsOf(trace, part), d),
        floor: units(p.floor, d),
        rest: amount(remainderOf(trace, part), d),
      },
    });
    if (p.rank > 0) {
      const params = { rank: p.rank, of: trace.parts.filter((x) => x.rank > 0).length, leftover: trace.leftover };
      m.push(p.extra ? { code: "rankGot", params } : { code: "rankMissed", params });
    }
    m.push(...tieMessages(p, name), { code: "result", params: { amount: result } });
  }
  return { lines: render(m, l), ...glance(trace, spread.result, e.weights, d, name, part, l) };
}

function glance(
  trace: AllocationTrace,
  result: readonly number[],
  weights: readonly (Decimal | undefined)[],
  d: number,
  name: (i: number) => string,
  selected: number,
  l: Language,
): Pick<ExplainView, "headings" | "rows"> {
  const show = shownIn;
  return {
    headings: [t.part[l], t.weight[l], t.share[l], t.exact[l], t.floor[l], t.rest[l], t.rank[l], t.result[l]],
    rows: trace.parts.map((p, i) => ({
      label: name(i),
      selected: i === selected,
      cells: [
        weights[i] ? show(decimal(weights[i]), l) : "",
        p.free ? `${show(percent(shareOf(trace, i)), l)} %` : "",
        p.free ? show(amount(exactUnitsOf(trace, i), d), l) : "",
        p.free ? show(units(p.floor, d), l) : "",
        p.free ? show(amount(remainderOf(trace, i), d), l) : "",
        p.rank > 0 ? String(p.rank) : "",
        show(units(result[i] ?? 0, d), l),
      ],
    })),
  };
}

function hierarchyView(e: Extract<Explained, { kind: "hierarchy" }>, l: Language): ExplainView {
  const { explanation: x, nodes } = e;
  const d = x.decimals;
  const name = (row: number): string => (row < 0 ? t.total[l] : String(nodes[row] ?? `${t.row[l]} ${row + 1}`));
  const m: ExplanationMessage[] = [{ code: "hierarchyRule", params: {} }];
  for (const level of x.path) {
    const p = level.trace.parts[level.at];
    const node = level.siblings[level.at] as number;
    if (!p) continue;
    m.push({
      code: "hierarchyLevel",
      params: {
        parent: name(level.parent),
        parentAmount: units(level.parentUnits, d),
        node: name(node),
        share: percent(shareOf(level.trace, level.at)),
        exact: amount(exactUnitsOf(level.trace, level.at), d),
        floor: units(p.floor, d),
        rank: p.rank,
        extra: p.extra === 1,
        result: units(level.result[level.at] ?? 0, d),
      },
    });
    m.push(...tieMessages(p, (part) => name(level.siblings[part] as number)));
  }
  const lines = render(m, l);
  const last = x.path[x.path.length - 1];
  if (!last) return { lines, headings: [], rows: [] };
  const weights = last.siblings.map((s) => x.weights[s]);
  return { lines, ...glance(last.trace, last.result, weights, d, (i) => name(last.siblings[i] as number), last.at, l) };
}

function sumOf(q: TableEquation, labels: readonly (string | number)[]): SumName {
  return { kind: q.kind, index: q.index + 1, column: q.column + 1, group: String(labels[q.index] ?? q.index + 1) };
}

function tableView(e: Extract<Explained, { kind: "table" }>, l: Language): ExplainView {
  const { explanation: x, reason } = e;
  const d = x.decimals;
  const f = reason.figure;
  const m: ExplanationMessage[] = [
    { code: "tableRule", params: { unit: units(1, d) } },
    {
      code: "tableFigure",
      params: { exact: decimal(f.exact), nearest: units(f.nearest, d), printed: units(f.printed, d) },
    },
  ];
  if (f.half) m.push({ code: "tableHalf", params: {} });
  for (const r of reason.reasons) {
    const sum = sumOf(r.equation, x.groupLabels);
    const need = -r.equation.gap;
    if (r.required) {
      m.push({ code: "tableRequired", params: { sum, units: Math.abs(need), tooMany: need > 0 } });
    } else if (r.partners.length > 0) {
      const partners = r.partners.map(([row, c]: Position) => ({
        row: row + 1,
        column: c + 1,
        printed: units((x.grid[row]?.[c] as FigureTrace).printed, d),
      }));
      m.push({ code: "tableKept", params: { sum, partners } });
    }
  }
  const width = x.grid[0]?.length ?? 0;
  return {
    lines: render(m, l),
    headings: [t.row[l], ...Array.from({ length: width }, (_f, c) => (c === width - 1 ? t.total[l] : String(c + 1)))],
    rows: x.grid.map((row, r) => ({
      label: rowLabel(row, r, x.groupLabels, l),
      selected: r === e.row,
      cells: row.map(
        (g) =>
          `${shownIn(units(g.printed, d), l)}${g.printed !== g.nearest && !g.half ? (g.printed > g.nearest ? " ↑" : " ↓") : ""}`,
      ),
    })),
  };
}

function rowLabel(row: readonly FigureTrace[], r: number, labels: readonly (string | number)[], l: Language): string {
  const first = row[0];
  if (!first) return String(r + 1);
  if (first.kind === "columnTotal") return t.total[l];
  if (first.kind === "subtotal") return `${String(labels[first.row] ?? first.row + 1)} ${t.total[l].toLowerCase()}`;
  return `${t.row[l]} ${first.row + 1}`;
}

export function explainView(e: Explained, labels: (string | null)[] | null, language: Language): ExplainView {
  switch (e.kind) {
    case "spread":
      return spreadView(e, labels, language);
    case "hierarchy":
      return hierarchyView(e, language);
    case "table":
      return tableView(e, language);
    case "reprice":
      return repriceView(e, labels, language);
    default:
      return demographyView(e, labels, language);
  }
}
