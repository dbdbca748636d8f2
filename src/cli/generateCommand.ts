/** `generate <central.xlsx> --out <dir>`: one department workbook per department of the central workbook. */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { generateDepartmentWorkbooks, readCentralFile, render } from "../workbooks";
import { danishNumber } from "../workbooks/messageFormat";
import { checkKnown, requireOption, UsageError, type ParsedArgs } from "./args";
import { writeFileAtomic } from "./atomicWrite";
import { pathFrom, type CliIo } from "./io";
import { printedLanguage } from "./language";
import { progressLine } from "./progress";

export async function generateCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  checkKnown(args, ["out", "force", "language"]);
  const printed = printedLanguage(args);
  const [centralArg, ...extra] = args.positionals;
  if (!centralArg || extra.length > 0)
    throw new UsageError("generate takes one central workbook: generate <central.xlsx> --out <dir>.");
  const centralPath = pathFrom(io, centralArg);
  if (!existsSync(centralPath)) throw new UsageError(`${centralArg} does not exist.`);
  const outDir = pathFrom(io, requireOption(args, "out", "--out afdelingsskemaer"));
  const central = await readCentralFile(new Uint8Array(readFileSync(centralPath)), basename(centralPath));
  const result = await generateDepartmentWorkbooks(central, {
    onProgress: progressLine("Generating", io.progressStream),
  });
  // Every file is built before the first is written, and none is written over without --force:
  // a file of the same name may be a department's returned workbook.
  const clashes = result.files.filter((file) => existsSync(join(outDir, file.name)));
  if (clashes.length > 0 && !args.options.has("force")) {
    io.err(
      `${outDir} already holds ${clashes.map((f) => f.name).join(", ")}. They may be returned workbooks with proposals in them; choose another --out, or add --force to write over them.`,
    );
    return 1;
  }
  mkdirSync(outDir, { recursive: true });
  for (const file of result.files) writeFileAtomic(join(outDir, file.name), file.bytes);
  const { decimals, unit } = central.settings;
  io.out(`Wrote ${result.files.length} department workbooks to ${outDir}:`);
  for (const [i, department] of result.plan.departments.entries())
    io.out(`  ${result.files[i]?.name ?? ""}  quota ${danishNumber(department.quota, decimals)} ${unit} a year`);
  io.out(`Total quota ${danishNumber(result.plan.totalQuota, decimals)} ${unit} a year.`);
  for (const warning of result.warnings)
    io.err(`${printed === "da" ? "Advarsel" : "Warning"}: ${render(warning, printed)}`);
  return 0;
}
