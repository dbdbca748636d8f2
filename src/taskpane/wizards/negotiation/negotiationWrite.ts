/** The write: the whole negotiation sheet from A1, with the status drop-downs. */
import { formatRange, rangeFrom } from "../../../sheet/address";
import { negotiationText } from "./negotiationText";
import { pointsFromCharacterWidth } from "../../../sheet/blockLayout";
import { buildSheet, layoutFor } from "../../../negotiation/sheet";
import { NEW_SHEET_TARGET, parseTarget } from "../../logic/target";
import type { Language, PlannedWrite, Text } from "../contract";
import type { NegotiationInput } from "./negotiationModel";
import { mergeFor, type NegotiationPreview } from "./negotiationPlan";
import type { NegotiationSources } from "./negotiationSources";

export const NEGOTIATION_SHEET: Text = negotiationText.sheetName;

/** The sheet is always laid out from A1 (a re-run finds it there): a target names only the sheet. */
function targetSheet(input: NegotiationInput, defaultSheet: string): string | undefined {
  return input.newSheet ? undefined : parseTarget(input.target, defaultSheet).sheet;
}

export function buildNegotiationWrite(
  sources: NegotiationSources,
  preview: NegotiationPreview,
  input: NegotiationInput,
  language: Language,
  defaultSheet: string,
): PlannedWrite {
  const merged = mergeFor(sources, input, language);
  const block = buildSheet(merged.negotiation, language, preview.places);
  const sheet = targetSheet(input, defaultSheet);
  return {
    wizard: "negotiation",
    method: {
      da:
        `forhandlingsark: ${preview.proposals} forslag × ${preview.scenarios.length} scenarier, ` +
        `HVIS/SUM/SUM.HVISER-formler, rullelister til status; ${preview.added.length} tilføjet, ${preview.kept} beholdt deres status`,
      en:
        `negotiation sheet: ${preview.proposals} proposals × ${preview.scenarios.length} settlements, ` +
        `IF/SUM/SUMIFS formulas, status drop-downs; ${preview.added.length} added, ${preview.kept} kept their statuses`,
    },
    inputs: { ...input, added: preview.added, notInCatalogue: preview.notInCatalogue },
    topLeft: rangeFrom({ row: 0, column: 0 }, 1, 1, sheet),
    newSheet: sheet === undefined ? NEGOTIATION_SHEET[language] : undefined,
    block: {
      formulas: block.formulas,
      numberFormats: block.numberFormats,
      bold: block.bold,
      horizontalAlignment: block.horizontalAlignment,
      columnWidths: block.columnCharacters.map(pointsFromCharacterWidth),
      wrapText: block.wrapText,
      rowHeights: block.rowHeights,
    },
    validations: block.validations,
  };
}

export function negotiationTargetAddress(
  preview: NegotiationPreview,
  input: NegotiationInput,
  defaultSheet: string,
): string {
  const sheet = input.newSheet ? NEW_SHEET_TARGET.sheet : targetSheet(input, defaultSheet);
  const layout = layoutFor({
    years: preview.years.length,
    scenarios: preview.scenarios.length,
    proposals: preview.proposals,
    departments: preview.departments,
  });
  return formatRange(rangeFrom({ row: 0, column: 0 }, layout.rows, layout.columns, sheet));
}
