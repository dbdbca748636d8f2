/**
 * REPRICE and DEMOGRAPHY explained in words and at a glance: how the selected cell's exact amount
 * came about (the factor chain of its kind, or its age group's terms), then the column's
 * sum-preserving rounding: the exact total and its rounding, the cell's floor and remainder, its
 * rank and whether it got one of the units left over, and the tie that decided where one did.
 */
import type { ColumnTrace } from "../../../core/explainColumn";
import type { ExplanationMessage, Shown } from "../../../text/explanations";
import { shownIn } from "../../../text/explanations";
import type { Language } from "../contract";
import type { Explained } from "./explainModel";
import { amount, decimal, percentOf, render, units } from "./explainShown";
import { explainText as t } from "./explainText";
import type { ExplainView } from "./explainView";

/** The selected cell's place in its column's rounding: the rule, its floor and rest, rank, ties. */
function roundingMessages(
  column: ColumnTrace,
  row: number,
  d: number,
  name: (r: number) => string,
): ExplanationMessage[] {
  const cell = column.cells[row];
  const m: ExplanationMessage[] = [
    {
      code: "columnRule",
      params: {
        exact: amount(column.exactTotal, d),
        total: units(column.total, d),
        unit: units(1, d),
        leftover: column.leftover,
      },
    },
  ];
  if (!cell) return m;
  m.push({
    code: "columnCell",
    params: { name: name(row), exact: amount(cell.exact, d), floor: units(cell.floor, d), rest: amount(cell.rest, d) },
  });
  if (cell.rank > 0) {
    const params = { rank: cell.rank, of: column.cells.filter((c) => c.rank > 0).length, leftover: column.leftover };
    m.push(cell.extra ? { code: "rankGot", params } : { code: "rankMissed", params });
  }
  for (const against of cell.tie?.against ?? []) {
    const params = { other: name(against.row) };
    m.push(against.rule === "amount" ? { code: "tieAmount", params } : { code: "tieEarlierRow", params });
  }
  m.push({ code: "result", params: { amount: units(column.units[row] ?? 0, d) } });
  return m;
}

/** The column's cells at a glance, the extra columns first, then a totals row. */
function columnGlance(
  column: ColumnTrace,
  d: number,
  name: (r: number) => string,
  extra: (r: number) => string[],
  selected: number,
  l: Language,
): ExplainView["rows"] {
  const show = shownIn;
  const rows = column.cells.map((cell, r) => ({
    label: name(r),
    selected: r === selected,
    cells: [
      ...extra(r),
      show(amount(cell.exact, d), l),
      show(units(cell.floor, d), l),
      show(amount(cell.rest, d), l),
      cell.rank > 0 ? String(cell.rank) : "",
      show(units(column.units[r] ?? 0, d), l),
    ],
  }));
  const blanks = extra(0).map(() => "");
  rows.push({
    label: t.total[l],
    selected: selected === column.cells.length,
    cells: [...blanks, show(amount(column.exactTotal, d), l), "", "", "", show(units(column.total, d), l)],
  });
  return rows;
}

export function repriceView(
  e: Extract<Explained, { kind: "reprice" }>,
  labels: (string | null)[] | null,
  l: Language,
): ExplainView {
  const x = e.explanation;
  const d = x.decimals;
  const column = x.columns[e.column] as ColumnTrace;
  const name = (r: number): string => labels?.[r] ?? `${t.line[l]} ${r + 1}`;
  const chainOf = (r: number) => x.chains[x.kinds[r] as number];
  const m: ExplanationMessage[] = [{ code: "repriceRule", params: { from: x.fromYear, to: x.toYear, back: x.back } }];
  const chain = chainOf(e.row);
  if (chain) {
    const steps = chain.steps.map((s) => ({ year: s.year, factor: decimal(s.factor) }));
    m.push({ code: "repriceChain", params: { kind: chain.name, steps, product: decimal(chain.product) } });
    if (x.back) {
      m.push({
        code: "repriceBack",
        params: { kind: chain.name, product: decimal(chain.product), factor: amount(chain.factor, 0) },
      });
    }
    const cell = column.cells[e.row];
    const line = x.amounts[e.row]?.[e.column];
    if (cell && line) {
      m.push({
        code: "repriceLine",
        params: {
          name: name(e.row),
          kind: chain.name,
          amount: decimal(line),
          factor: decimal(chain.product),
          back: x.back,
          exact: amount(cell.exact, d),
        },
      });
    }
  }
  m.push(...roundingMessages(column, e.row, d, name));
  const extra = (r: number): string[] => {
    const line = x.amounts[r]?.[e.column];
    return [chainOf(r)?.name ?? "", line ? shownIn(decimal(line), l) : ""];
  };
  return {
    lines: render(m, l),
    headings: [t.line[l], t.kind[l], t.amount[l], t.exact[l], t.floor[l], t.rest[l], t.rank[l], t.result[l]],
    rows: columnGlance(column, d, name, extra, e.row, l),
  };
}

/** A whole number of citizens. */
const count = (n: number): Shown => units(n, 0);

export function demographyView(
  e: Extract<Explained, { kind: "demography" }>,
  labels: (string | null)[] | null,
  l: Language,
): ExplainView {
  const x = e.explanation;
  const d = x.decimals;
  const year = x.years[e.column];
  if (!year) return { lines: [], headings: [], rows: [] };
  const { column, terms } = year;
  const name = (r: number): string => labels?.[r] ?? `${t.group[l]} ${r + 1}`;
  const m: ExplanationMessage[] = [{ code: "demographyRule", params: {} }];
  const term = terms[e.row];
  if (term) {
    m.push({
      code: "demographyTerm",
      params: {
        name: name(e.row),
        forecast: count(term.forecast),
        base: count(term.base),
        change: count(term.change),
        unit: decimal(term.unitAmount),
        rate: percentOf(term.rate),
        exact: decimal(term.exact),
      },
    });
    m.push(...roundingMessages(column, e.row, d, name));
  } else {
    m.push({ code: "columnTotal", params: { exact: amount(column.exactTotal, d), total: units(column.total, d) } });
  }
  return {
    lines: render(m, l),
    headings: [t.group[l], t.change[l], t.exact[l], t.floor[l], t.rest[l], t.rank[l], t.result[l]],
    rows: columnGlance(column, d, name, (r) => [terms[r] ? shownIn(count(terms[r].change), l) : ""], e.row, l),
  };
}
