import { Button, Checkbox, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { formatNumber, formatPercent } from "../../logic/numbers";
import { UNIT_LABELS } from "../../logic/units";
import { PreviewTable, type PreviewRow } from "../../ui/PreviewTable";
import { RangeField } from "../../ui/RangeField";
import { ResultSection } from "../../ui/ResultSection";
import { RoundingFields } from "../../ui/RoundingFields";
import { Busy, Notice, PreviewProblem } from "../../ui/Status";
import { common } from "../../ui/strings";
import { useNames } from "../../ui/useNames";
import { usePreviewedWrite } from "../../ui/usePreviewedWrite";
import { useSessionState } from "../../ui/useSessionState";
import type { Language, Text, WizardDefinition, WizardProps } from "../contract";
import { rateLabel } from "../quota/rate";
import { defaultFollowUpInput, followUpPreviewKey, type FollowUpInput } from "./followUpModel";
import { planFollowUp, type FollowUpPreview } from "./followUpPlan";
import { readFollowUpSources } from "./followUpSources";
import { followUpText as t } from "./followUpText";
import { buildFollowUpWrite, FOLLOW_UP_SHEET, followUpTargetAddress } from "./followUpWrite";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});

/** One warning per programme below the threshold, with its rate. */
export function flagTexts(preview: FollowUpPreview): Text[] {
  return preview.programmes.flatMap((name, p) => {
    const rate = preview.rates[p];
    if (!preview.flagged[p] || rate === null || rate === undefined) return [];
    return [
      {
        da: `${name} har realiseret ${formatPercent(rate, 1, "da")} af planen for de indberettede år – under tærsklen på ${rateLabel(preview.threshold, "da")}.`,
        en: `${name} has realised ${formatPercent(rate, 1, "en")} of its plan for the years reported – below the threshold of ${rateLabel(preview.threshold, "en")}.`,
      },
    ];
  });
}

/** Which programmes have not reported a year that others have: they are left out of that year, not counted as 0. */
export function notReportedText(preview: FollowUpPreview): Text | undefined {
  if (preview.notReported.length === 0) return undefined;
  const list = preview.notReported
    .map((n) => `${preview.programmes[n.programme]} ${preview.yearHeadings[n.year]}`)
    .join(", ");
  return {
    da: `Ikke indberettet endnu: ${list}. Tomme celler tæller ikke som 0; realiseringsgraden regnes over de indberettede år.`,
    en: `Not reported yet: ${list}. Blank cells do not count as 0; the realisation rate is taken over the years reported.`,
  };
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
  const styles = useStyles();
  const [input, setInput] = useSessionState<FollowUpInput>("followup.input", defaultFollowUpInput);
  const names = useNames(workbook);
  const set = (changes: Partial<FollowUpInput>) => setInput((current) => ({ ...current, ...changes }));

  const { live, preview, action, write, targetText } = usePreviewedWrite({
    workbook,
    writer,
    language,
    input,
    previewKey: followUpPreviewKey(input),
    read: readFollowUpSources,
    plan: planFollowUp,
    build: buildFollowUpWrite,
    targetAddress: followUpTargetAddress,
    newSheetName: FOLLOW_UP_SHEET,
  });
  const table = preview && previewRows(preview, language);
  const missing = preview && notReportedText(preview);

  return (
    <form className={styles.form} onSubmit={(e) => e.preventDefault()} aria-label={t.title[language]}>
      <section className={styles.section}>
        <h3 className={styles.heading}>{t.tablesHeading[language]}</h3>
        <RangeField
          id="follow-plan"
          label={t.plan}
          hint={t.planHint}
          value={input.planAddress}
          onChange={(planAddress) => set({ planAddress })}
          workbook={workbook}
          language={language}
          names={names}
        />
        <RangeField
          id="follow-realised"
          label={t.realised}
          hint={t.realisedHint}
          value={input.realisedAddress}
          onChange={(realisedAddress) => set({ realisedAddress })}
          workbook={workbook}
          language={language}
          names={names}
        />
      </section>

      <section className={styles.section}>
        <h3 className={styles.heading}>{t.thresholdHeading[language]}</h3>
        <Field label={t.threshold[language]} hint={t.thresholdHint[language]}>
          <Input
            id="follow-threshold"
            data-testid="follow-threshold"
            value={input.threshold}
            onChange={(_, data) => set({ threshold: data.value })}
            inputMode="decimal"
          />
        </Field>
        <RoundingFields
          idPrefix="follow"
          unit={input.unit}
          decimals={input.decimals}
          onChange={(unit, decimals) => set({ unit, decimals })}
          language={language}
        />
      </section>

      <section className={styles.section} aria-live="polite">
        <h3 className={styles.heading}>{common.preview[language]}</h3>
        {live.busy && <Busy label={common.reading[language]} />}
        {live.error !== undefined && !live.busy && (
          <PreviewProblem error={live.error} language={language} testId="follow-error" />
        )}
        {preview?.warnings.map((w, i) => (
          <Notice key={`w${i}`} intent="warning" text={w[language]} />
        ))}
        {preview &&
          flagTexts(preview).map((w, i) => (
            <Notice key={`f${i}`} intent="warning" text={w[language]} testId="follow-flag" />
          ))}
        {missing && <Notice intent="info" text={missing[language]} testId="follow-not-reported" />}
        {preview && table && (
          <PreviewTable
            testId="follow-preview"
            caption={`${t.previewCaption[language]} (${UNIT_LABELS[input.unit][language]})`}
            headings={[t.programme[language], ...preview.yearHeadings, t.rate[language], t.flag[language]]}
            rows={table.rows}
            footer={table.footer}
          />
        )}
        <Button size="small" onClick={() => void live.refresh()} data-testid="follow-refresh">
          {common.refresh[language]}
        </Button>
      </section>

      <ResultSection
        idPrefix="follow"
        language={language}
        texts={t}
        settings={input}
        onSettings={set}
        workbook={workbook}
        targetText={targetText}
        canWrite={preview !== undefined}
        onWrite={() => void write()}
        action={action}
      >
        <Checkbox
          id="follow-chart"
          data-testid="follow-chart"
          label={t.chart[language]}
          checked={input.chart}
          onChange={(_, data) => set({ chart: data.checked === true })}
        />
      </ResultSection>
    </form>
  );
}

export const followUpWizard: WizardDefinition = {
  id: "followup",
  title: t.title,
  description: t.description,
  component: FollowUpWizard,
};
