/** Reads what the negotiation wizard needs: the catalogue, the sheet of an earlier run, room and quotas. */
import { cellAddress, parseRange } from "../../../sheet/address";
import { negotiationText } from "./negotiationText";
import type { WorkbookApi } from "../../../sheet/types";
import { readCatalogueGrid, type CatalogueRows } from "../../../negotiation/proposalCatalogue";
import type { Negotiation } from "../../../negotiation/model";
import { perYear } from "../../../negotiation/plan";
import { readNegotiationGrid } from "../../../negotiation/readSheet";
import { HEADER_ROW } from "../../../negotiation/sheet";
import { parseTypedList } from "../../logic/numbers";
import { readSheetGrid } from "../../logic/sheetGrid";
import { parseTarget } from "../../logic/target";
import { MissingInput, UserError } from "../../logic/errorMessages";
import type { Text } from "../contract";
import type { NegotiationInput } from "./negotiationModel";
import { readQuotas } from "./negotiationQuotas";

async function quotasFor(workbook: WorkbookApi, address: string, catalogue: CatalogueRows) {
  const departments = new Set(catalogue.proposals.map((p) => p.department));
  const read = await readQuotas(workbook, address, catalogue.years.length, departments);
  return { quotas: read?.quotas, quotaNotes: read?.notes ?? [] };
}

export interface NegotiationSources {
  catalogue: CatalogueRows;
  /** The sheet written by an earlier run, read back; undefined for a fresh sheet. */
  existing: Negotiation | undefined;
  room: number[] | undefined;
  /** [department, quota per year] pairs. */
  quotas: [string, number[]][] | undefined;
  /** What the quotas range made the wizard pass over, said in the preview. */
  quotaNotes: Text[];
}

async function readExisting(workbook: WorkbookApi, input: NegotiationInput, years: string[], sheet: string) {
  if (input.newSheet || input.target.trim() === "") return undefined;
  const target = parseTarget(input.target, sheet);
  const name = target.sheet as string;
  const grid = await readSheetGrid(workbook, name, HEADER_ROW);
  if (grid.values.length === 0) return undefined;
  // A sheet that is not a negotiation sheet is refused with a UserError, said in the pane's language.
  const existing = readNegotiationGrid(grid.values, name, grid.formulas);
  if (existing.years.join(",") !== years.join(","))
    throw new UserError(negotiationText.sheetHasYearsBut(name, existing, years));
  return existing;
}

function readRoom(text: string, years: number): number[] | undefined {
  if (text.trim() === "") return undefined;
  const list = parseTypedList(text);
  const values = "values" in list ? perYear(list.values, years) : undefined;
  if (!values) throw new UserError(negotiationText.roomTypeOneAmount(text, years));
  return values;
}

export async function readNegotiationSources(
  workbook: WorkbookApi,
  input: NegotiationInput,
): Promise<NegotiationSources> {
  if (input.catalogueAddress.trim() === "") throw new MissingInput(negotiationText.catalogueSelectWithHeading);
  if (!input.newSheet && input.target.trim() === "") throw new MissingInput(negotiationText.chooseNewSheetA1);
  const data = await workbook.readRange(input.catalogueAddress);
  const range = data.range;
  // A catalogue that cannot be read is refused with a UserError (CatalogueProblem).
  const catalogue = readCatalogueGrid(data.values, data.address, (r, c) => cellAddress(range, r, c));
  const selection = parseRange(await workbook.getSelection())?.sheet ?? "";
  const years = catalogue.years.length;
  return {
    catalogue,
    existing: await readExisting(workbook, input, catalogue.years, selection),
    room: readRoom(input.room, years),
    ...(await quotasFor(workbook, input.quotasAddress, catalogue)),
  };
}
