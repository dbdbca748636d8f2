import { formatNumber } from "../../logic/numbers";
import { UNIT_WORDS } from "../../../text/units";
import { PreviewSection } from "../../ui/PreviewSection";
import { PreviewTable, type PreviewRow } from "../../ui/PreviewTable";
import { ResultSection } from "../../ui/ResultSection";
import { Notice } from "../../ui/Status";
import { useNames } from "../../ui/useNames";
import { usePreviewedWrite } from "../../ui/usePreviewedWrite";
import { useWizardInput } from "../../ui/useSessionState";
import { wizardFields, roundingFields } from "../../ui/wizardFields";
import { WizardForm, WizardSection } from "../../ui/wizardLayout";
import type { Language, Text, WizardDefinition, WizardProps } from "../contract";
import { rateLabel } from "../../logic/rate";
import { defaultProgrammeInput, type ProgrammeInput } from "./programmeModel";
import { planProgramme, type ProgrammePreview } from "./programmePlan";
import { readProgrammeSources } from "./programmeSources";
import { programmeText as t } from "./programmeText";
import { buildProgrammeWrite, PROGRAMME_SHEET, programmeTargetAddress } from "./programmeWrite";

/** One warning per flagged programme, naming the printed cell and what gains + costs give. */
function flagTexts(preview: ProgrammePreview): Text[] {
  return preview.programmes.flatMap((name, p) =>
    (preview.mismatches[p] ?? []).map((m) => t.printedNetButGains(name, preview, m)),
  );
}

/** The year each programme's running net first reaches 0: a line, as a column would not fit 320 px. */
function paybackText(preview: ProgrammePreview, language: Language): string {
  const years = preview.programmes.map((name, p) => {
    const period = preview.paybacks[p];
    return `${name} ${period === null || period === undefined ? t.never[language] : (preview.yearHeadings[period - 1] ?? "")}`;
  });
  return `${t.payback[language]}: ${years.join(", ")}`;
}

function previewRows(preview: ProgrammePreview, language: Language): { rows: PreviewRow[]; footer: PreviewRow[] } {
  const number = (v: number) => formatNumber(v, preview.places, language);
  const rows = preview.programmes.map((name, p) => {
    const flagged = (preview.mismatches[p]?.length ?? 0) > 0;
    return {
      label: flagged ? `${name} ${t.flaggedMark[language]}` : name,
      cells: (preview.net[p] ?? []).map(number),
      flagged,
    };
  });
  const line = (label: string, values: readonly number[]) => ({ label, cells: values.map(number) });
  const footer = [
    line(t.total[language], preview.totals),
    line(t.cumulative[language], preview.cumulativeTotals),
    line(
      preview.targetRate === undefined
        ? t.target[language]
        : `${t.target[language]} (${rateLabel(preview.targetRate, language)})`,
      preview.targets,
    ),
    line(t.targetCumulative[language], preview.cumulativeTargets),
    line(t.gap[language], preview.gaps),
  ];
  return { rows, footer };
}

function ProgrammeWizard({ workbook, language, writer }: WizardProps) {
  const [input, set] = useWizardInput<ProgrammeInput>("programme.input", defaultProgrammeInput);
  const names = useNames(workbook);
  const binding = { idPrefix: "prog", input, set, language, workbook, names };
  const field = wizardFields(binding);

  const { live, preview, previewProps, resultProps } = usePreviewedWrite({
    ...binding,
    writer,
    // Only what the numbers depend on: choosing where to write must not read the workbook again.
    previewKey: JSON.stringify([
      input.gainsAddress,
      input.costsAddress,
      input.printedNetAddress,
      input.targetFrom,
      input.budgetsAddress,
      input.targetRate,
      input.targetTyped,
      input.unit,
      input.decimals,
    ]),
    read: readProgrammeSources,
    plan: planProgramme,
    build: buildProgrammeWrite,
    targetAddress: programmeTargetAddress,
    newSheetName: PROGRAMME_SHEET,
    texts: t,
  });
  const computed = live.result;

  const table = preview && previewRows(preview, language);

  return (
    <WizardForm label={t.title[language]}>
      <WizardSection heading={t.catalogueHeading[language]}>
        {field.range("gainsAddress", "prog-gains", t.gains, { hint: t.gainsHint })}
        {field.range("costsAddress", "prog-costs", t.costs, { hint: t.costsHint })}
        {field.range("printedNetAddress", "prog-printed", t.printedNet, { hint: t.printedNetHint })}
      </WizardSection>

      <WizardSection heading={t.targetHeading[language]}>
        {field.choice("targetFrom", "prog-target-from", t.targetFrom, [
          ["budgets", t.targetBudgets],
          ["typed", t.targetTyped],
        ])}
        {input.targetFrom === "budgets" ? (
          <>
            {field.range("budgetsAddress", "prog-budgets", t.budgets, { hint: t.budgetsHint })}
            {field.text("targetRate", "prog-rate", t.rate, { hint: t.rateHint, inputMode: "decimal" })}
          </>
        ) : (
          field.text("targetTyped", "prog-target-amount", t.amount, { hint: t.amountHint, inputMode: "decimal" })
        )}
        {roundingFields(binding)}
      </WizardSection>

      <PreviewSection {...previewProps} warnings={computed?.sources.warnings} inferred={computed?.sources.inferences}>
        {preview &&
          flagTexts(preview).map((w, i) => (
            <Notice key={`f${i}`} intent="warning" text={w[language]} testId="prog-flag" />
          ))}
        {preview && table && (
          <PreviewTable
            testId="prog-preview"
            caption={`${t.previewCaption[language]} (${UNIT_WORDS[input.unit][language]})`}
            headings={[t.programme[language], ...preview.yearHeadings]}
            rows={table.rows}
            footer={table.footer}
            checks={preview.printedOk && { label: t.printedOk[language], marks: preview.printedOk }}
          />
        )}
        {preview && <span data-testid="prog-payback">{paybackText(preview, language)}</span>}
      </PreviewSection>

      <ResultSection {...resultProps}>{field.check("chart", "prog-chart", t.chart)}</ResultSection>
    </WizardForm>
  );
}

export const programmeWizard: WizardDefinition = {
  id: "programme",
  title: t.title,
  description: t.description,
  component: ProgrammeWizard,
};
