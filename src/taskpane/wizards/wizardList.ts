/**
 * The wizards the task pane offers, in the order shown.
 *
 * To add a wizard: export a WizardDefinition (see contract.ts) from its own module and add it to
 * the list below. A component gets `{ workbook, language, writer }` (WizardProps): read through
 * `workbook`, show a preview, then call `writer.write(plan)`, which confirms overwrites, logs the
 * write and makes it undoable. Labels come in Danish and English (`Text`).
 *
 * For example, the department workbooks wizard (workbooks/WorkbooksWizard.tsx):
 *   export const workbooksWizard: WizardDefinition = {
 *     id: "workbooks",
 *     title: { da: "Afdelingsskemaer", en: "Department workbooks" },
 *     description: { da: "…", en: "…" },
 *     component: WorkbooksWizard, // (props: WizardProps) => JSX.Element
 *   };
 * listed below after `import { workbooksWizard } from "./workbooks/WorkbooksWizard";`.
 */
import type { WizardDefinition } from "./contract";
import { allocationWizard } from "./allocation/AllocationWizard";
import { quotaWizard } from "./quota/QuotaWizard";
import { repriceWizard } from "./reprice/RepriceWizard";
import { demographyWizard } from "./demography/DemographyWizard";
import { programmeWizard } from "./programme/ProgrammeWizard";
import { workbooksWizard } from "./workbooks/WorkbooksWizard";
import { negotiationWizard } from "./negotiation/NegotiationWizard";
import { annexWizard } from "./annex/AnnexWizard";
import { implementationWizard } from "./implementation/ImplementationWizard";
import { followUpWizard } from "./followup/FollowUpWizard";
import { explainWizard } from "./explain/ExplainWizard";

export type { Language, WizardDefinition, WizardProps, PlannedWrite, Writer, WriteOutcome } from "./contract";

export const wizards: readonly WizardDefinition[] = [
  allocationWizard,
  quotaWizard,
  repriceWizard,
  demographyWizard,
  programmeWizard,
  workbooksWizard,
  negotiationWizard,
  annexWizard,
  implementationWizard,
  followUpWizard,
  explainWizard,
];
