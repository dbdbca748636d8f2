import { formatNumber, formatPercent } from "../../logic/numbers";
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
import { defaultFollowUpInput, followUpPreviewKey, type FollowUpInput } from "./followUpModel";
import { planFollowUp, type FollowUpPreview } from "./followUpPlan";
import { readFollowUpSources } from "./followUpSources";
import { followUpText as t } from "./followUpText";
import { buildFollowUpWrite, FOLLOW_UP_SHEET, followUpTargetAddress } from "./followUpWrite";

/** One warning per programme below the threshold, with its rate. */
export function flagTexts(preview: FollowUpPreview): Text[] {
  return preview.programmes.flatMap((name, p) => {
    const rate = preview.rates[p];
    if (!preview.flagged[p] || rate === null || rate === undefined) return [];
    return [t.hasRealisedPlanYears(name, rate, preview)];
  });
}

/** Which programmes have not reported a year that others have: they are left out of that year, not counted as 0. */
export function notReportedText(preview: FollowUpPreview): Text | undefined {
  if (preview.notReported.length === 0) return undefined;
  const list = preview.notReported
    .map((n) => `${preview.programmes[n.programme]} ${preview.yearHeadings[n.year]}`)
    .join(", ");
  return t.notReportedYetBlank(list);
}

function previewRows(preview: FollowUpPreview, language: Language): { rows: PreviewRow[]; footer: PreviewRow[] } {
  const number = (v: number | null | undefined) =>
    v === null || v === undefined ? "–" : formatNumber(v, preview.places, language);
  const rows = preview.programmes.map((name, p) => {
    const rate = preview.rates[p];
    return {
      label: name,
      cells: [
        ...(preview.deviations[p] ?? []).map(number),
        rate === null || rate === undefined ? "–" : formatPercent(rate, 1, language),
        preview.flagged[p] ? "✗" : "",
      ],
      flagged: preview.flagged[p] === true,
    };
  });
  const line = (label: string, values: readonly (number | null)[]) => ({
    label,
    cells: [...values.map(number), "", ""],
  });
  return {
    rows,
    footer: [
      line(t.plannedTotal[language], preview.plannedTotals),
      line(t.realisedTotal[language], preview.realisedTotals),
      line(t.plannedCumulative[language], preview.cumulativePlanned),
      line(t.realisedCumulative[language], preview.cumulativeRealised),
    ],
  };
}

function FollowUpWizard({ workbook, language, writer }: WizardProps) {
  const [input, set] = useWizardInput<FollowUpInput>("followup.input", defaultFollowUpInput);
  const names = useNames(workbook);
  const binding = { idPrefix: "follow", input, set, language, workbook, names };
  const field = wizardFields(binding);

  const { live, preview, previewProps, resultProps } = usePreviewedWrite({
    ...binding,
    writer,
    previewKey: followUpPreviewKey(input),
    read: readFollowUpSources,
    plan: planFollowUp,
    build: buildFollowUpWrite,
    targetAddress: followUpTargetAddress,
    newSheetName: FOLLOW_UP_SHEET,
    texts: t,
  });
  const table = preview && previewRows(preview, language);
  const missing = preview && notReportedText(preview);

  return (
    <WizardForm label={t.title[language]}>
      <WizardSection heading={t.tablesHeading[language]}>
        {field.range("planAddress", "follow-plan", t.plan, { hint: t.planHint })}
        {field.range("realisedAddress", "follow-realised", t.realised, { hint: t.realisedHint })}
      </WizardSection>

      <WizardSection heading={t.thresholdHeading[language]}>
        {field.text("threshold", "follow-threshold", t.threshold, { hint: t.thresholdHint, inputMode: "decimal" })}
        {roundingFields(binding)}
      </WizardSection>

      <PreviewSection {...previewProps} warnings={preview?.warnings} inferred={live.result?.sources.inferences}>
        {preview &&
          flagTexts(preview).map((w, i) => (
            <Notice key={`f${i}`} intent="warning" text={w[language]} testId="follow-flag" />
          ))}
        {missing && <Notice intent="info" text={missing[language]} testId="follow-not-reported" />}
        {preview && table && (
          <PreviewTable
            testId="follow-preview"
            caption={`${t.previewCaption[language]} (${UNIT_WORDS[input.unit][language]})`}
            headings={[t.programme[language], ...preview.yearHeadings, t.rate[language], t.flag[language]]}
            rows={table.rows}
            footer={table.footer}
          />
        )}
      </PreviewSection>

      <ResultSection {...resultProps}>{field.check("chart", "follow-chart", t.chart)}</ResultSection>
    </WizardForm>
  );
}

export const followUpWizard: WizardDefinition = {
  id: "followup",
  title: t.title,
  description: t.description,
  component: FollowUpWizard,
};
