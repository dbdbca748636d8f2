/** Reads the plan and the realisation the follow-up wizard points at: the same programmes and years. */
import type { WorkbookApi } from "../../../sheet/types";
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

const PLAN: Text = { da: "Planen", en: "The plan" };
const REALISED: Text = { da: "Det realiserede", en: "The realised" };

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
    throw new UserError({
      da: `${REALISED.da}: ${realised.address} har ${rows} indsatser × ${years} år, men planen ${plan.address} har ${planRows} × ${planYears}. Vælg de samme indsatser og år.`,
      en: `${REALISED.en}: ${realised.address} has ${rows} programmes × ${years} years, but the plan ${plan.address} has ${planRows} × ${planYears}. Select the same programmes and years.`,
    });
  const warnings: Text[] = [];
  if (realised.names.some((name, p) => name !== plan.names[p]))
    warnings.push({
      da: `Navnene i det realiserede (${realised.names.join(", ")}) er ikke de samme som i planen; rækkerne parres i rækkefølge.`,
      en: `The names in the realised (${realised.names.join(", ")}) differ from the plan; rows are paired in order.`,
    });
  if (realised.years && plan.years && realised.years.some((year, y) => year !== plan.years?.[y]))
    warnings.push({
      da: `Årene i det realiserede (${realised.years.join(", ")}) er ikke de samme som i planen; kolonnerne parres i rækkefølge.`,
      en: `The years in the realised (${realised.years.join(", ")}) differ from the plan; columns are paired in order.`,
    });
  // A blank realised cell is "not yet reported" (README), so only the plan's blanks are read as 0.
  return {
    plan,
    realised,
    warnings,
    inferences: [...plan.inferences, ...blockBlanksAsZero(plan), ...realised.inferences],
  };
}
