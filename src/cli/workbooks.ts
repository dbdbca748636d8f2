/**
 * `npm run workbooks -- <command>`: department workbooks from the command line (see docs/workbooks.md).
 * main() returns the exit code: 0 done (every returned file used), 1 nothing written (a wrong command
 * line, a workbook, file or folder that cannot be used), 2 the catalogue written but some files refused.
 */
import { existsSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { WorkbookProblems, workbookBytes, type Language } from "../workbooks";
import { measureDepartmentWorkbooks } from "./measureWorkbooks";
import { sampleCentral, writeCentralWorkbook } from "../sample/sampleCentral";
import { checkKnown, parseArgs, stringOption, UsageError, type ParsedArgs } from "./args";
import { writeFileAtomic } from "./atomicWrite";
import { annexCommand, ANNEX_HELP } from "./annexCommand";
import { consolidateCommand } from "./consolidateCommand";
import { fileErrorText, isFileError } from "./fileErrors";
import { generateCommand } from "./generateCommand";
import { pathFrom, processIo, type CliIo } from "./io";
import { printedLanguage } from "./language";

const HELP = `Råderum department workbooks

  npm run workbooks -- generate <central.xlsx> --out <dir> [--language da|en] [--force]
      One workbook per department of the central workbook, written to <dir> as <year>-<code>.xlsx.
      Existing files are not written over without --force. --language da prints the problems and
      warnings in Danish (English by default).

  npm run workbooks -- consolidate <dir> --into <catalogue.xlsx> [--central <central.xlsx>] [--language da|en] [--force]
      Reads every returned workbook in <dir> and (re)builds the catalogue: a status per department,
      every proposal, every finding. With --central, the departments asked are taken from it;
      without, from the returned workbooks' own record of their run. The catalogue is in Danish
      unless --language en; the findings are printed in English unless --language is given.

      Exit status: 0 the catalogue is written and every file was used; 2 it is written but some
      files were refused (each is named); 1 nothing was written.

  npm run workbooks -- example <central.xlsx> [--force]
      Writes the sample central workbook (six departments, 2027-2030).

  npm run workbooks -- measure [--departments 100]
      Times generating and consolidating that many departments.

${ANNEX_HELP}`;

async function exampleCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  checkKnown(args, ["force"]);
  const [target] = args.positionals;
  if (!target) throw new UsageError("example needs a file name: example <central.xlsx>.");
  const path = pathFrom(io, target);
  if (existsSync(path) && !args.options.has("force")) {
    io.err(`${path} exists; add --force to write over it.`);
    return 1;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileAtomic(path, await workbookBytes(writeCentralWorkbook(sampleCentral())));
  io.out(`Wrote the sample central workbook to ${path}.`);
  return 0;
}

async function measureCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  checkKnown(args, ["departments"]);
  const departments = Number(stringOption(args, "departments") ?? "100");
  if (!Number.isInteger(departments) || departments < 1 || departments > 500)
    throw new UsageError("--departments is a whole number from 1 to 500.");
  const timings = await measureDepartmentWorkbooks({ departments });
  io.out(
    `${timings.departments} departments: generated in ${timings.generateSeconds.toFixed(2)} s, ` +
      `consolidated ${timings.proposals} proposals in ${timings.consolidateSeconds.toFixed(2)} s ` +
      `(${(timings.generatedBytes / 1024 / 1024).toFixed(1)} MB of workbooks).`,
  );
  return 0;
}

export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  // The language problems are printed in; English until the command line says otherwise.
  let language: Language = "en";
  try {
    const args = parseArgs(argv);
    language = printedLanguage(args);
    switch (args.command) {
      case "generate":
        return await generateCommand(args, io);
      case "consolidate":
        return await consolidateCommand(args, io);
      case "example":
        return await exampleCommand(args, io);
      case "measure":
        return await measureCommand(args, io);
      case "annex":
        return await annexCommand(args, io);
      case "help":
      case "--help":
      case "-h":
        io.out(HELP);
        return 0;
      default:
        throw new UsageError(`unknown command "${args.command}".`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`Error: ${error.message}\n\n${HELP}`);
      return 1;
    }
    if (isFileError(error)) {
      io.err(fileErrorText(error, language));
      return 1;
    }
    if (error instanceof WorkbookProblems) {
      io.err(error.textIn(language));
      return 1;
    }
    throw error;
  }
}
