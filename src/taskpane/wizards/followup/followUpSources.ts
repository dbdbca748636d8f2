/** Reads the plan and the realisation the follow-up wizard points at: the same programmes and years. */
import type { WorkbookApi } from "../../../sheet/types";
import { followUpText } from "./followUpText";
import { UserError } from "../../logic/errorMessages";
import type { Text } from "../contract";
import {
  blockBlanksAsZero,
  readCatalogueBlockAt,
  type BlockUse,
  type CatalogueBlock,
} from "../../logic/catalogueTable";
import type { Answers } from "../../../sheet/tableShape";
import type { WizardInference } from "../../logic/tableInferences";
import type { FollowUpInput } from "./followUpModel";

export interface FollowUpSources {
  plan: CatalogueBlock;
  realised: CatalogueBlock;
  warnings: Text[];
  /** Rows left out and why, blanks in the plan read as 0: said in the preview. */
  inferences: WizardInference[];
}

const PLAN: Text = followUpText.thePlan;
const REALISED: Text = followUpText.theRealised;

export async function readFollowUpSources(
  workbook: WorkbookApi,
  input: FollowUpInput,
  answers: Answers = {},
): Promise<FollowUpSources> {
  const use: BlockUse = input.output === "formula" ? "liveBlock" : "values";
  const plan = await readCatalogueBlockAt(workbook, input.planAddress, PLAN, "Gevinster!A1:E5", answers, use);
  const realised = await readCatalogueBlockAt(
    workbook,
    input.realisedAddress,
    REALISED,
    "Gevinster!A7:E11",
    answers,
    use,
  );
  const rows = realised.cells.length;
  const years = realised.cells[0]?.length ?? 0;
  const planRows = plan.cells.length;
  const planYears = plan.cells[0]?.length ?? 0;
  if (rows !== planRows || years !== planYears)
    throw new UserError(followUpText.hasProgrammesYearsBut(REALISED, realised, rows, years, plan, planRows, planYears));
  const warnings: Text[] = [];
  if (realised.names.some((name, p) => name !== plan.names[p]))
    warnings.push(followUpText.namesRealisedDifferFrom(realised));
  if (realised.years && plan.years && realised.years.some((year, y) => year !== plan.years?.[y]))
    warnings.push(followUpText.yearsRealisedDifferFrom({ years: realised.years }));
  // A blank realised cell is "not yet reported" (README), so only the plan's blanks are read as 0.
  return {
    plan,
    realised,
    warnings,
    inferences: [...plan.inferences, ...blockBlanksAsZero(plan), ...realised.inferences],
  };
}
