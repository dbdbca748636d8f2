/**
 * `npm run workbooks -- annex <negotiation.xlsx> --scenario "Forlig A" --out bilag.xlsx
 *  [--unit mkr|tkr] [--decimals 1] [--municipality "Eksempel Kommune"] [--language da|en] [--force]`:
 * the council's annex of one scenario as an .xlsx.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { basename, dirname } from "node:path";
import { checkKnown, requireOption, stringOption, UsageError, type ParsedArgs } from "./args";
import { writeFileAtomic } from "./atomicWrite";
import { pathFrom, type CliIo } from "./io";
import { catalogueLanguage } from "./language";
import { NotNegotiationSheet } from "../negotiation/readSheet";
import { RefusedFile } from "../workbooks/file/safeOpen";
import { render } from "../workbooks/messages";
import { megabytes } from "../workbooks/messages/words";
import type { Language } from "../text/language";
import { workbookBytes } from "../workbooks/file/excelBytes";
import { AnnexProblem, buildAnnexTable } from "../annex/annexTable";
import { caseTwinsText, unrecognisedText } from "../negotiation/notices";
import { annexWorkbook, readNegotiationXlsx } from "../annex/annexXlsx";

export const ANNEX_HELP = `  npm run workbooks -- annex <negotiation.xlsx> --scenario "Forlig A" --out <bilag.xlsx> [--unit mkr|tkr] [--decimals 1] [--municipality <name>] [--language da|en] [--force]
      The council's annex of one scenario of a negotiation sheet: adopted proposals per department
      and year, rounded so every printed row and column adds up; A4 landscape.
`;

/**
 * Why the negotiation workbook is not read, in the user's language. A size limit is the annex's own
 * (a large negotiation is no zip bomb): it is named, with what to do.
 */
function refusal(source: string, error: RefusedFile, language: Language): string {
  const reason = error.reason;
  if (reason.code === "tooLarge" || reason.code === "partTooLarge" || reason.code === "totalTooLarge") {
    const { size, max } = reason.params;
    return language === "da"
      ? `${source} læses ikke: den fylder ${megabytes(size, "da")}${reason.code === "tooLarge" ? "" : " udpakket"}, og bilaget læser højst ${megabytes(max, "da")} (omtrent 2.000 forslag × 100 år pr. 30 MB). Gem forhandlingsarket alene i en projektmappe, eller del forhandlingen i flere ark.`
      : `${source} is not read: it is ${megabytes(size, "en")}${reason.code === "tooLarge" ? "" : " unpacked"}, and the annex reads at most ${megabytes(max, "en")} (about 2,000 proposals × 100 years per 30 MB). Save the negotiation sheet alone in a workbook, or split the negotiation over several sheets.`;
  }
  return language === "da"
    ? `Filen ${source} er afvist: ${render(reason, "da")}`
    : `${source} is refused: ${render(reason, "en")}`;
}

export async function annexCommand(args: ParsedArgs, io: CliIo, now: Date = new Date()): Promise<number> {
  checkKnown(args, ["scenario", "out", "unit", "decimals", "municipality", "language", "force"]);
  const language = catalogueLanguage(args);
  const [source, ...extra] = args.positionals;
  if (!source || extra.length > 0)
    throw new UsageError(
      'annex takes one negotiation workbook: annex <negotiation.xlsx> --scenario "Forlig A" --out bilag.xlsx.',
    );
  const scenario = requireOption(args, "scenario", '--scenario "Forlig A"');
  const out = pathFrom(io, requireOption(args, "out", "--out bilag.xlsx"));
  const unit = stringOption(args, "unit") ?? "mkr";
  if (unit !== "mkr" && unit !== "tkr") throw new UsageError("--unit is mkr (mio. kr.) or tkr (1.000 kr.).");
  const decimals = Number(stringOption(args, "decimals") ?? "1");
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 3) throw new UsageError("--decimals is 0, 1, 2 or 3.");
  const path = pathFrom(io, source);
  if (!existsSync(path)) throw new UsageError(`${source} does not exist.`);
  if (existsSync(out) && !args.options.has("force")) {
    io.err(`${out} exists; add --force to write over it.`);
    return 1;
  }
  try {
    const negotiation = await readNegotiationXlsx(new Uint8Array(readFileSync(path)), basename(path));
    const table = buildAnnexTable(negotiation, { scenario, unit, decimals });
    // Said before the file is written, as the pane says it in its preview.
    for (const warning of [unrecognisedText(table.unrecognised, table.sheetLanguage), caseTwinsText(table.caseTwins)])
      if (warning) io.err(warning[language]);
    const municipality = stringOption(args, "municipality") ?? "";
    mkdirSync(dirname(out), { recursive: true });
    writeFileAtomic(out, await workbookBytes(annexWorkbook(table, language, municipality, now)));
    const proposals = table.departments.reduce((n, d) => n + d.proposals.length, 0);
    io.out(
      `Wrote the annex of ${table.scenario} (${proposals} adopted proposals, ${table.departments.length} departments) to ${out}.`,
    );
    return 0;
  } catch (error) {
    if (error instanceof AnnexProblem || error instanceof NotNegotiationSheet) {
      io.err(error.text[language]);
      return 1;
    }
    if (error instanceof RefusedFile) {
      io.err(refusal(source, error, language));
      return 1;
    }
    throw error;
  }
}
