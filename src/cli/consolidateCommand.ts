/** `consolidate <dir> --into <file.xlsx>`: every returned workbook into one catalogue, rebuilt each time. */
import { existsSync, readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import {
  buildCatalogueWorkbook,
  consolidate,
  DEFAULT_LIMITS,
  findingMessage,
  isCatalogueWorkbook,
  openWorkbookSafely,
  readCentralFile,
  RefusedFile,
  statusText,
  workbookBytes,
  type ExpectedDepartment,
} from "../workbooks";
import { checkKnown, requireOption, stringOption, UsageError, type ParsedArgs } from "./args";
import { writeFileAtomic } from "./atomicWrite";
import { pathFrom, type CliIo } from "./io";
import { catalogueLanguage, printedLanguage } from "./language";
import { progressLine } from "./progress";
import { readReturnedFiles } from "./returnedFiles";

/** An existing --into file is rebuilt only when it is a catalogue made here; anything else may be someone's work. */
async function mayWriteOver(path: string): Promise<boolean> {
  if (!existsSync(path)) return true;
  try {
    return isCatalogueWorkbook(await openWorkbookSafely(new Uint8Array(readFileSync(path))));
  } catch (error) {
    if (error instanceof RefusedFile) return false;
    throw error;
  }
}

export async function consolidateCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  checkKnown(args, ["into", "central", "force", "language"]);
  const [folderArg, ...extra] = args.positionals;
  if (!folderArg || extra.length > 0)
    throw new UsageError("consolidate takes one folder: consolidate <dir> --into <file.xlsx>.");
  const folder = pathFrom(io, folderArg);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UsageError(`${folderArg} is not a folder.`);
  const into = pathFrom(io, requireOption(args, "into", "--into katalog.xlsx"));
  if (!into.toLowerCase().endsWith(".xlsx")) throw new UsageError("--into names an .xlsx file.");
  const language = catalogueLanguage(args);
  const printed = printedLanguage(args);
  if (existsSync(into) && (statSync(into).mode & 0o222) === 0) {
    io.err(
      printed === "da"
        ? `${into} er skrivebeskyttet, så kataloget er ikke skrevet. Vælg en anden --into, eller fjern skrivebeskyttelsen.`
        : `${into} is read-only, so the catalogue was not written. Choose another --into, or make the file writable.`,
    );
    return 1;
  }
  if (!args.options.has("force") && !(await mayWriteOver(into))) {
    io.err(
      `${into} exists and is not a catalogue made by Råderum. Choose another --into, or add --force to replace it.`,
    );
    return 1;
  }
  const centralArg = stringOption(args, "central");
  let expected: ExpectedDepartment[] | undefined;
  if (centralArg) {
    const centralPath = pathFrom(io, centralArg);
    const central = await readCentralFile(new Uint8Array(readFileSync(centralPath)), basename(centralPath));
    expected = central.departments.map((d) => ({ code: d.code, name: d.name }));
  }
  const files = readReturnedFiles(folder, DEFAULT_LIMITS, [into]);
  const result = await consolidate(files, {
    ...(expected ? { expected } : {}),
    onProgress: progressLine("Reading", io.progressStream),
  });
  writeFileAtomic(into, await workbookBytes(buildCatalogueWorkbook(result, language)));

  const returned = result.departments.filter((d) => d.state === "returned").length;
  for (const d of result.departments)
    io.out(`  ${d.code.padEnd(8)} ${statusText(d, language, result.decimals)}${d.file ? `  (${d.file})` : ""}`);
  for (const f of result.unattributed) io.out(`  ${"-".padEnd(8)} ${findingMessage(f, printed)}`);
  if (result.findings.length > 0) {
    io.out(printed === "da" ? "Fund:" : "Findings:");
    for (const f of result.findings) io.out(`  ${findingMessage(f, printed)}`);
  }
  io.out(
    `Wrote ${into}: ${result.proposals.length} proposals from ${returned} of ${result.departments.length} departments (${files.length} files read).`,
  );
  const refused = result.findings.filter((f) => f.kind === "refused").length;
  if (refused === 0) return 0;
  io.out(
    printed === "da"
      ? `${refused} ${refused === 1 ? "fil er afvist" : "filer er afvist"} (se ovenfor).`
      : `${refused} ${refused === 1 ? "file was" : "files were"} refused (see above).`,
  );
  return 2;
}
