/** Reading the negotiation sheet, planning the annex and the write, for the annex wizard. */
import type { WorkbookApi } from "../../../sheet/types";
import { annexText } from "./annexText";
import { annexPageSetup, annexRows, annexWriteBlock, ANNEX_WORDS } from "../../../annex/annexBlock";
import { buildAnnexTable, type AnnexTable, type AnnexUnit } from "../../../annex/annexTable";
import type { Negotiation } from "../../../negotiation/model";
import { readNegotiationGrid } from "../../../negotiation/readSheet";
import { HEADER_ROW } from "../../../negotiation/sheet";
import { UNIT_WORDS } from "../../../negotiation/words";
import { budgetFunction } from "../../logic/formulaText";
import { readSheetGrid } from "../../logic/sheetGrid";
import { blockAddress, parseTarget, writeTarget } from "../../logic/target";
import { MissingInput } from "../../logic/errorMessages";
import type { Language, OutputSettings, PlannedWrite } from "../contract";

export interface AnnexInput extends OutputSettings {
  /** A cell on the negotiation sheet (its sheet is what counts). */
  source: string;
  /** The scenario's name; blank takes the sheet's first. */
  scenario: string;
  unit: AnnexUnit;
  decimals: number;
  municipality: string;
}

export function defaultAnnexInput(): AnnexInput {
  return { source: "", scenario: "", unit: "mkr", decimals: 1, municipality: "", target: "", newSheet: true };
}

export interface AnnexSources {
  negotiation: Negotiation;
}

export async function readAnnexSources(workbook: WorkbookApi, input: AnnexInput): Promise<AnnexSources> {
  if (input.source.trim() === "") throw new MissingInput(annexText.selectCellNegotiationSheet);
  const sheet = parseTarget(input.source, "").sheet as string;
  // A sheet that is not a negotiation sheet is refused with a UserError, said in the pane's language.
  const grid = await readSheetGrid(workbook, sheet, HEADER_ROW);
  return { negotiation: readNegotiationGrid(grid.values, sheet, grid.formulas) };
}

export function planAnnex(sources: AnnexSources, input: AnnexInput): AnnexTable {
  const scenario = input.scenario.trim() || (sources.negotiation.scenarios[0] ?? "");
  // A scenario that is not on the sheet is refused with a UserError (AnnexProblem).
  return buildAnnexTable(sources.negotiation, { scenario, unit: input.unit, decimals: input.decimals });
}

export function buildAnnexWrite(
  _sources: AnnexSources,
  table: AnnexTable,
  input: AnnexInput,
  language: Language,
  defaultSheet: string,
  now: Date = new Date(),
): PlannedWrite {
  const rows = annexRows(table, language);
  const target = writeTarget(input, defaultSheet);
  return {
    wizard: "annex",
    method: {
      da: `byrådsbilag for ${table.scenario}: kontrolleret afrunding som ${budgetFunction("ROUNDTABLE", "da")}, ${table.decimals} decimal(er) i ${UNIT_WORDS[table.unit].da}`,
      en: `council annex of ${table.scenario}: roundTable (controlled rounding), ${table.decimals} decimal(s) in ${UNIT_WORDS[table.unit].en}`,
    },
    inputs: input,
    topLeft: target,
    newSheet: input.newSheet ? ANNEX_WORDS.sheet[language] : undefined,
    block: annexWriteBlock(rows, table.decimals),
    // The heading rows repeated on every page are the block's rows 1–3, wherever it starts.
    pageSetup: { ...annexPageSetup(input.municipality, now), titleRows: [target.start.row + 1, target.start.row + 3] },
  };
}

export function annexTargetAddress(table: AnnexTable, input: AnnexInput, defaultSheet: string): string {
  const target = writeTarget(input, defaultSheet);
  const rows = 4 + table.departments.reduce((n, d) => n + d.proposals.length + 2, 0);
  return blockAddress(target, rows, table.years.length + 2);
}
