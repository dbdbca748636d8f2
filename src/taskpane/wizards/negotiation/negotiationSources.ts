/** Reads what the negotiation wizard needs: the catalogue, the sheet of an earlier run, room and quotas. */
import { cellAddress, parseRange, type RangeRef } from "../../../sheet/address";
import type { WorkbookApi } from "../../../sheet/types";
import { readCatalogueGrid, type CatalogueRows } from "../../../negotiation/catalogue";
import type { Negotiation } from "../../../negotiation/model";
import { perYear } from "../../../negotiation/plan";
import { readNegotiationGrid } from "../../../negotiation/readSheet";
import { HEADER_ROW } from "../../../negotiation/sheet";
import { parseNumberText } from "../../../core";
import { parseTypedList } from "../../logic/numbers";
import { readSheetGrid } from "../../logic/sheetGrid";
import { parseTarget } from "../../logic/target";
import { MissingInput, UserError } from "../../logic/text";
import type { NegotiationInput } from "./negotiationModel";

export interface NegotiationSources {
  catalogue: CatalogueRows;
  /** The sheet written by an earlier run, read back; undefined for a fresh sheet. */
  existing: Negotiation | undefined;
  room: number[] | undefined;
  /** [department, quota per year] pairs. */
  quotas: [string, number[]][] | undefined;
}

async function readExisting(workbook: WorkbookApi, input: NegotiationInput, years: string[], sheet: string) {
  if (input.newSheet || input.target.trim() === "") return undefined;
  const target = parseTarget(input.target, sheet);
  const name = target.sheet as string;
  const grid = await readSheetGrid(workbook, name, HEADER_ROW);
  if (grid.length === 0) return undefined;
  // A sheet that is not a negotiation sheet is refused with a UserError, said in the pane's language.
  const existing = readNegotiationGrid(grid, name);
  if (existing.years.join(",") !== years.join(","))
    throw new UserError({
      da: `Arket ${name} har årene ${existing.years.join(", ")}, men kataloget ${years.join(", ")}. Lav et nyt ark til et nyt budgetår.`,
      en: `The sheet ${name} has the years ${existing.years.join(", ")}, but the catalogue ${years.join(", ")}. Make a new sheet for a new budget year.`,
    });
  return existing;
}

function readRoom(text: string, years: number): number[] | undefined {
  if (text.trim() === "") return undefined;
  const list = parseTypedList(text);
  const values = "values" in list ? perYear(list.values, years) : undefined;
  if (!values)
    throw new UserError({
      da: `Råderummet "${text}": skriv ét beløb for alle år, eller ${years} beløb adskilt af ";" (fx 5,0; 8,0).`,
      en: `The room "${text}": type one amount for every year, or ${years} amounts separated by ";" (e.g. 5.0; 8.0).`,
    });
  return values;
}

async function readQuotas(workbook: WorkbookApi, address: string, years: number) {
  if (address.trim() === "") return undefined;
  const data = await workbook.readRange(address);
  const range: RangeRef = data.range;
  const quotas: [string, number[]][] = [];
  data.values.forEach((row, r) => {
    const name = String(row[0] ?? "").trim();
    if (name === "") return;
    const read = row
      .slice(1)
      .map((v) => (v === "" ? undefined : typeof v === "number" ? v : parseNumberText(String(v))));
    // A heading row ("Afdeling", "Kvote") is passed over.
    if (r === 0 && read.some((n, c) => n === undefined && row[c + 1] !== "")) return;
    const bad = read.findIndex((n, c) => n === undefined && row[c + 1] !== "");
    if (bad >= 0)
      throw new UserError({
        da: `Kvoterne: ${cellAddress(range, r, bad + 1)} er "${String(row[bad + 1])}", ikke et beløb. Skriv et tal.`,
        en: `The quotas: ${cellAddress(range, r, bad + 1)} is "${String(row[bad + 1])}", not an amount. Type a number.`,
      });
    const values = perYear(
      read.filter((n): n is number => n !== undefined),
      years,
    );
    if (!values)
      throw new UserError({
        da: `Kvoterne: ${name} (${cellAddress(range, r, 0)}) skal have ét beløb eller ${years} (ét pr. år).`,
        en: `The quotas: ${name} (${cellAddress(range, r, 0)}) must have one amount or ${years} (one per year).`,
      });
    quotas.push([name, values]);
  });
  return quotas;
}

export async function readNegotiationSources(
  workbook: WorkbookApi,
  input: NegotiationInput,
): Promise<NegotiationSources> {
  if (input.catalogueAddress.trim() === "")
    throw new MissingInput({
      da: 'Kataloget: vælg det med overskriftsrækken (fx Katalog!A5:L20) og klik "Brug markering", eller skriv adressen.',
      en: 'The catalogue: select it with its heading row (e.g. Katalog!A5:L20) and click "Use selection", or type the address.',
    });
  if (!input.newSheet && input.target.trim() === "")
    throw new MissingInput({
      da: "Vælg et nyt ark, eller A1 på forhandlingsarket, der skal opdateres.",
      en: "Choose a new sheet, or A1 of the negotiation sheet to update.",
    });
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
    quotas: await readQuotas(workbook, input.quotasAddress, years),
  };
}
