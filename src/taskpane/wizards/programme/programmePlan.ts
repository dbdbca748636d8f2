/**
 * The programme preview: the core's netEffect, cumulative, payback and gap over what was read, the
 * target per year, and the rows whose printed net is not gains + costs within printing tolerance.
 */
import { checkSum, cumulative, exactSum, fractionDigits, gap, netEffect, payback, phaseIn } from "../../../core";
import { programmeText } from "./programmeText";
import { largest } from "../../../sheet/extremes";
import { parseTypedList, typedListProblem } from "../../logic/numbers";
import { MissingInput, UserError } from "../../logic/errorMessages";
import type { Text } from "../contract";
import { readRate } from "../../logic/rate";
import type { ProgrammeInput } from "./programmeModel";
import type { ProgrammeSources } from "./programmeSources";

export interface NetMismatch {
  year: number;
  /** The printed net's cell, e.g. "Katalog!E14". */
  cell: string;
  printed: number;
  computed: number;
}

export interface ProgrammePreview {
  programmes: string[];
  yearHeadings: string[];
  /** Programmes × years: gains + costs, exactly. */
  net: number[][];
  /** Per year: the programmes' net summed exactly. */
  totals: number[];
  cumulativeTotals: number[];
  targets: number[];
  /** The target as a rate of the decentralised budgets, when it is one. */
  targetRate: number | undefined;
  cumulativeTargets: number[];
  /** Per year: target − the programmes' net. */
  gaps: number[];
  /** Per programme: the 1-based year its running net first reaches 0 or more; null if never. */
  paybacks: (number | null)[];
  /** Per programme: the years whose printed net does not add up (empty when fine or not given). */
  mismatches: NetMismatch[][];
  /** Per year, when a printed net was given: every programme's printed net adds up. */
  printedOk: boolean[] | undefined;
  /** Places to show: the decimals, or more when the catalogue has more. */
  places: number;
}

const TARGET_RATE: Text = programmeText.targetSRate;
const TARGET: Text = programmeText.theTarget;

function yearHeadings(sources: ProgrammeSources, years: number): string[] {
  const headings = sources.gains.years ?? sources.costs.years ?? sources.printedNet?.years;
  return headings ?? Array.from({ length: years }, (_, y) => `År ${y + 1}`);
}

function readTargets(
  sources: ProgrammeSources,
  input: ProgrammeInput,
  years: number,
): { targets: number[]; rate: number | undefined } {
  if (sources.budgets) {
    const rate = readRate(input.targetRate, TARGET_RATE);
    // rate × the budgets, rounded half away as Excel's ROUND prints it: the same each year.
    const target = phaseIn(sources.budgets.sum, [rate], input.decimals)[0] as number;
    return { targets: new Array<number>(years).fill(target), rate };
  }
  const parsed = parseTypedList(input.targetTyped);
  if ("bad" in parsed) throw new UserError(typedListProblem(parsed, TARGET, "12,0 eller/or 3,0; 6,0; 9,0"));
  if (parsed.percentAt.length > 0) throw new UserError(programmeText.targetTypedWithBut(input));
  if (parsed.values.length === 0) throw new MissingInput(programmeText.typeTargetEG);
  if (parsed.values.length === 1)
    return { targets: new Array<number>(years).fill(parsed.values[0] as number), rate: undefined };
  if (parsed.values.length !== years) throw new UserError(programmeText.targetHasAmountsBut(parsed, years));
  return { targets: parsed.values, rate: undefined };
}

function mismatchesOf(sources: ProgrammeSources, net: number[][], decimals: number): NetMismatch[][] {
  const printed = sources.printedNet;
  return net.map((row, p) => {
    if (!printed) return [];
    const found: NetMismatch[] = [];
    row.forEach((computed, y) => {
      const printedValue = printed.cells[p]?.[y] as number;
      const parts = [sources.gains.cells[p]?.[y] as number, sources.costs.cells[p]?.[y] as number];
      // Three printed figures (gain, cost, net), each off by up to half a unit: checkSum's tolerance.
      if (checkSum(parts, printedValue, decimals) !== 0)
        found.push({ year: y, cell: printed.cellAt(p, y), printed: printedValue, computed });
    });
    return found;
  });
}

export function planProgramme(sources: ProgrammeSources, input: ProgrammeInput): ProgrammePreview {
  const net = netEffect(sources.gains.cells, sources.costs.cells);
  const years = net[0]?.length ?? 0;
  const totals = Array.from({ length: years }, (_, y) => exactSum(net.map((row) => row[y] as number)));
  const { targets, rate } = readTargets(sources, input, years);
  const mismatches = mismatchesOf(sources, net, input.decimals);
  const all = [sources.gains.cells, sources.costs.cells, sources.printedNet?.cells ?? []].flat(2);
  return {
    programmes: sources.gains.names,
    yearHeadings: yearHeadings(sources, years),
    net,
    totals,
    cumulativeTotals: cumulative(totals),
    targets,
    targetRate: rate,
    cumulativeTargets: cumulative(targets),
    gaps: gap(targets, net),
    paybacks: net.map((row) => payback(row)),
    mismatches,
    printedOk: sources.printedNet
      ? Array.from({ length: years }, (_, y) => mismatches.every((row) => row.every((m) => m.year !== y)))
      : undefined,
    places: largest(all.map(fractionDigits), input.decimals),
  };
}
