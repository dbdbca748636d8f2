/**
 * An explanation in words and as a table, in one language: the sentences of DOMAIN.md "Explaining
 * a number" and the whole spread at a glance with the selected part marked. Display only: every
 * number comes from the core's explanation (exact fractions shown cut, with "…").
 */
import { formatDanish } from "../../../core";
import { exactUnitsOf, remainderOf, shareOf, type AllocationTrace } from "../../../core/allocationTrace";
import { type Decimal, intOf } from "../../../core/decimal";
import type { FigureTrace, Position, TableEquation } from "../../../core/explainRoundTable";
import { showRatio, type Ratio } from "../../../core/ratio";
import type { Language } from "../contract";
import type { Explained } from "./explainModel";
import { explainText as t } from "./explainText";

export interface ExplainView {
  /** The rule and the selected part's story, sentence by sentence. */
  lines: string[];
  headings: string[];
  rows: { label: string; cells: string[]; selected: boolean }[];
}

/** An exact decimal in the language's separators (da 1.234,5; en 1,234.5). */
function decimalText(d: Decimal, language: Language): string {
  const da = formatDanish(d);
  return language === "da" ? da : da.replace(/[.,]/g, (c) => (c === "." ? "," : "."));
}

const unitsText = (units: number, decimals: number, l: Language): string =>
  decimalText({ coef: intOf(units), exp: -decimals }, l);

/** A fraction of units as an amount, cut after six more places with "…". */
function ratioText(r: Ratio, decimals: number, l: Language): string {
  const { value, exact } = showRatio(r, 6);
  return decimalText({ coef: value.coef, exp: value.exp - decimals }, l) + (exact ? "" : "…");
}

function percentText(r: Ratio, l: Language): string {
  const { value, exact } = showRatio(r, 6);
  return `${decimalText({ coef: value.coef, exp: value.exp + 2 }, l)}${exact ? "" : "…"} %`;
}

function words(l: Language, da: string, en: string): string {
  return l === "da" ? da : en;
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
  const amount = (u: number): string => unitsText(u, d, l);
  const unit = unitsText(1, d, l);
  const p = trace.parts[part];
  const lines: string[] = [];
  if (e.quota) {
    const rate = `${decimalText({ coef: e.quota.rate.coef, exp: e.quota.rate.exp + 2 }, l)} %`;
    lines.push(
      words(
        l,
        `Kvoten i alt er satsen ${rate} gange de positive grundlag: præcist ${decimalText(e.quota.exactTotal, l)}, afrundet ${amount(spread.totalUnits)}.`,
        `The total quota is the rate ${rate} times the positive bases: exactly ${decimalText(e.quota.exactTotal, l)}, rounded ${amount(spread.totalUnits)}.`,
      ),
    );
  } else {
    lines.push(
      words(
        l,
        `Beløbet afrundet til ${d} decimaler: ${amount(spread.totalUnits)}.`,
        `The total rounded to ${d} decimals: ${amount(spread.totalUnits)}.`,
      ),
    );
  }
  const held = spread.held.map((h, i) => (h === null ? null : `${name(i)} ${amount(h)}`)).filter((x) => x !== null);
  if (held.length > 0) {
    lines.push(
      words(
        l,
        `Holdt: ${held.join(", ")}. Tilbage at fordele efter nøglen: ${amount(spread.remainingUnits)}.`,
        `Held: ${held.join(", ")}. Left to spread by the key: ${amount(spread.remainingUnits)}.`,
      ),
    );
  }
  lines.push(
    words(
      l,
      `Reglen: hver del får sin andel rundet ned til hele ${unit}; de ${trace.leftover} enheder, der mangler, går én ad gangen til de største rester (ved samme rest først den største vægt, så den tidligere række).`,
      `The rule: each part gets its share rounded down to whole units of ${unit}; the ${trace.leftover} units still missing go one at a time to the largest remainders (on equal remainders the larger weight first, then the earlier row).`,
    ),
  );
  if (p && !p.free) {
    lines.push(
      words(
        l,
        `${name(part)} er holdt: ${amount(spread.result[part] ?? 0)}.`,
        `${name(part)} is held: ${amount(spread.result[part] ?? 0)}.`,
      ),
    );
  } else if (p) {
    const withRest = trace.parts.filter((x) => x.rank > 0).length;
    lines.push(
      words(
        l,
        `${name(part)} vejer ${decimalText(e.weights[part] as Decimal, l)}, ${percentText(shareOf(trace, part), l)} af nøglen: præcist ${ratioText(exactUnitsOf(trace, part), d, l)}, rundet ned ${amount(p.floor)}, rest ${ratioText(remainderOf(trace, part), d, l)}.`,
        `${name(part)} weighs ${decimalText(e.weights[part] as Decimal, l)}, ${percentText(shareOf(trace, part), l)} of the key: exactly ${ratioText(exactUnitsOf(trace, part), d, l)}, floor ${amount(p.floor)}, remainder ${ratioText(remainderOf(trace, part), d, l)}.`,
      ),
    );
    if (p.rank > 0) {
      lines.push(
        p.extra
          ? words(
              l,
              `Resten er nr. ${p.rank} af ${withRest}: den fik en af de ${trace.leftover} enheder.`,
              `Its remainder ranks ${p.rank} of ${withRest}: it got one of the ${trace.leftover} units.`,
            )
          : words(
              l,
              `Resten er nr. ${p.rank} af ${withRest}: der var kun ${trace.leftover} enheder at give.`,
              `Its remainder ranks ${p.rank} of ${withRest}: there were only ${trace.leftover} units to give.`,
            ),
      );
    }
    for (const against of p.tie?.against ?? []) {
      lines.push(
        against.rule === "weight"
          ? words(
              l,
              `Samme rest som ${name(against.part)}; den største vægt går først.`,
              `Same remainder as ${name(against.part)}; the larger weight goes first.`,
            )
          : words(
              l,
              `Samme rest og vægt som ${name(against.part)}; den tidligere række går først.`,
              `Same remainder and weight as ${name(against.part)}; the earlier row goes first.`,
            ),
      );
    }
    lines.push(
      words(l, `Resultat: ${amount(spread.result[part] ?? 0)}.`, `Result: ${amount(spread.result[part] ?? 0)}.`),
    );
  }
  return { lines, ...glance(trace, spread.result, e.weights, d, name, part, l) };
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
  return {
    headings: [t.part[l], t.weight[l], t.share[l], t.exact[l], t.floor[l], t.rest[l], t.rank[l], t.result[l]],
    rows: trace.parts.map((p, i) => ({
      label: name(i),
      selected: i === selected,
      cells: [
        weights[i] ? decimalText(weights[i], l) : "",
        p.free ? percentText(shareOf(trace, i), l) : "",
        p.free ? ratioText(exactUnitsOf(trace, i), d, l) : "",
        p.free ? unitsText(p.floor, d, l) : "",
        p.free ? ratioText(remainderOf(trace, i), d, l) : "",
        p.rank > 0 ? String(p.rank) : "",
        unitsText(result[i] ?? 0, d, l),
      ],
    })),
  };
}

function hierarchyView(e: Extract<Explained, { kind: "hierarchy" }>, l: Language): ExplainView {
  const { explanation: x, nodes } = e;
  const d = x.decimals;
  const name = (row: number): string => (row < 0 ? t.total[l] : String(nodes[row] ?? `${t.row[l]} ${row + 1}`));
  const lines: string[] = [
    words(
      l,
      `Fordelt ned gennem træet: på hvert niveau får hver enhed sin andel af niveauet over, rundet efter den største rest.`,
      `Spread down the tree: at each level each node gets its share of the level above, rounded by the largest remainder.`,
    ),
  ];
  for (const level of x.path) {
    const p = level.trace.parts[level.at];
    const node = level.siblings[level.at] as number;
    if (!p) continue;
    lines.push(
      words(
        l,
        `${name(level.parent)} ${unitsText(level.parentUnits, d, l)} → ${name(node)}: ${percentText(shareOf(level.trace, level.at), l)}, præcist ${ratioText(exactUnitsOf(level.trace, level.at), d, l)}, rundet ned ${unitsText(p.floor, d, l)}${p.rank > 0 ? `, rest nr. ${p.rank}` : ""}${p.extra ? " (fik en enhed)" : ""} = ${unitsText(level.result[level.at] ?? 0, d, l)}.`,
        `${name(level.parent)} ${unitsText(level.parentUnits, d, l)} → ${name(node)}: ${percentText(shareOf(level.trace, level.at), l)}, exactly ${ratioText(exactUnitsOf(level.trace, level.at), d, l)}, floor ${unitsText(p.floor, d, l)}${p.rank > 0 ? `, remainder ranks ${p.rank}` : ""}${p.extra ? " (got a unit)" : ""} = ${unitsText(level.result[level.at] ?? 0, d, l)}.`,
      ),
    );
    for (const against of p.tie?.against ?? []) {
      const other = name(level.siblings[against.part] as number);
      lines.push(
        against.rule === "weight"
          ? words(
              l,
              `Samme rest som ${other}; den største vægt går først.`,
              `Same remainder as ${other}; the larger weight goes first.`,
            )
          : words(
              l,
              `Samme rest og vægt som ${other}; den tidligere række går først.`,
              `Same remainder and weight as ${other}; the earlier row goes first.`,
            ),
      );
    }
  }
  const last = x.path[x.path.length - 1];
  if (!last) return { lines, headings: [], rows: [] };
  const weights = last.siblings.map((s) => x.weights[s]);
  return { lines, ...glance(last.trace, last.result, weights, d, (i) => name(last.siblings[i] as number), last.at, l) };
}

function tableView(e: Extract<Explained, { kind: "table" }>, l: Language): ExplainView {
  const { explanation: x, reason } = e;
  const d = x.decimals;
  const f = reason.figure;
  const label = (g: number): string => String(x.groupLabels[g] ?? g + 1);
  const sumName = (q: TableEquation): string => {
    switch (q.kind) {
      case "row":
        return words(l, `række ${q.index + 1}`, `row ${q.index + 1}`);
      case "column":
        return words(l, `kolonne ${q.index + 1}`, `column ${q.index + 1}`);
      case "groupColumn":
        return words(
          l,
          `${label(q.index)}s subtotal i kolonne ${q.column + 1}`,
          `${label(q.index)}'s subtotal in column ${q.column + 1}`,
        );
      case "groupRow":
      case "groupRows":
        return words(l, `${label(q.index)}s total`, `${label(q.index)}'s total`);
      case "totalsRow":
        return words(l, "totalrækken", "the totals row");
      default:
        return words(l, "totalkolonnen", "the totals column");
    }
  };
  const place = ([r, c]: Position): string => {
    const g = x.grid[r]?.[c] as FigureTrace;
    return `${t.row[l]} ${r + 1}, ${t.column[l].toLowerCase()} ${c + 1} (${unitsText(g.printed, d, l)})`;
  };
  const lines = [
    words(
      l,
      `Hvert tal rundes op eller ned til nærmeste multiplum af ${unitsText(1, d, l)}, så alle rækker, kolonner og totaler summer; så få som muligt rundes væk fra deres nærmeste værdi.`,
      `Every figure is rounded up or down to a multiple of ${unitsText(1, d, l)} so that all rows, columns and totals add up, with as few as possible rounded away from their nearest value.`,
    ),
    words(
      l,
      `Præcist ${decimalText(f.exact, l)}; nærmeste afrunding ${unitsText(f.nearest, d, l)}; trykt ${unitsText(f.printed, d, l)}.`,
      `Exactly ${decimalText(f.exact, l)}; nearest rounding ${unitsText(f.nearest, d, l)}; printed ${unitsText(f.printed, d, l)}.`,
    ),
  ];
  if (f.half)
    lines.push(
      words(
        l,
        "Værdien ligger præcis midt imellem: begge veje er lige nær.",
        "The value lies exactly halfway: both ways are as near.",
      ),
    );
  for (const r of reason.reasons) {
    const q = r.equation;
    const need = -q.gap;
    if (r.required) {
      lines.push(
        words(
          l,
          `${capital(sumName(q))} krævede det: tallene rundet hver for sig til nærmeste giver ${need > 0 ? need : -need} enhed(er) ${need > 0 ? "for meget" : "for lidt"} mod dens egen afrunding.`,
          `${capital(sumName(q))} required it: its figures each at their nearest come to ${Math.abs(need)} unit(s) ${need > 0 ? "too many" : "too few"} against its own rounding.`,
        ),
      );
    } else if (r.partners.length > 0) {
      lines.push(
        words(
          l,
          `${capital(sumName(q))} holdes: ${r.partners.map(place).join("; ")} blev rundet den anden vej.`,
          `${capital(sumName(q))} is kept whole: ${r.partners.map(place).join("; ")} went the other way.`,
        ),
      );
    }
  }
  return {
    lines,
    headings: [
      t.row[l],
      ...(x.grid[0] ?? []).map((_f, c) => (c === (x.grid[0]?.length ?? 0) - 1 ? t.total[l] : String(c + 1))),
    ],
    rows: x.grid.map((row, r) => ({
      label: rowLabel(row, r, x.groupLabels, l),
      selected: r === e.row,
      cells: row.map(
        (g) =>
          `${unitsText(g.printed, d, l)}${g.printed !== g.nearest && !g.half ? (g.printed > g.nearest ? " ↑" : " ↓") : ""}`,
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

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function explainView(e: Explained, labels: (string | null)[] | null, language: Language): ExplainView {
  if (e.kind === "spread") return spreadView(e, labels, language);
  if (e.kind === "hierarchy") return hierarchyView(e, language);
  return tableView(e, language);
}
