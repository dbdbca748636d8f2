import { Button, Checkbox, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { formatNumber } from "../../logic/numbers";
import { UNIT_LABELS } from "../../logic/units";
import { ResultSection } from "../../ui/ResultSection";
import { PreviewTable, type PreviewRow } from "../../ui/PreviewTable";
import { RangeField } from "../../ui/RangeField";
import { RoundingFields } from "../../ui/RoundingFields";
import { Busy, Notice, PreviewProblem } from "../../ui/Status";
import { common } from "../../ui/strings";
import { useNames } from "../../ui/useNames";
import { usePreviewedWrite, type Computed } from "../../ui/usePreviewedWrite";
import { useSessionState } from "../../ui/useSessionState";
import type { Language, WizardDefinition, WizardProps } from "../contract";
import { defaultQuotaInput, type QuotaInput } from "./quotaModel";
import { planQuota, type QuotaPreview } from "./quotaPlan";
import { readQuotaSources, type QuotaSources } from "./quotaSources";
import { quotaText as t } from "./quotaText";
import { buildQuotaWrite, QUOTA_SHEET, quotaTargetAddress } from "./quotaWrite";
import { rateLabel } from "./rate";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  summary: { overflowWrap: "anywhere" },
});

type QuotaComputed = Computed<QuotaSources, QuotaPreview>;

/**
 * Basis and quota only: in a 320 px pane a wider table would hide the quota column, which is what
 * the user came for; budget and exempt are in the sheet and in the basis.
 */
function previewRows(
  c: QuotaComputed,
  input: QuotaInput,
  language: Language,
): { rows: PreviewRow[]; footer: PreviewRow[] } {
  const { preview, sources } = c;
  const places = Math.max(input.decimals, sources.places);
  const amount = (v: number) => formatNumber(v, places, language);
  const quota = (v: number) => formatNumber(v, input.decimals, language);
  const rows = preview.departments.map((name, d) => ({
    label: (preview.basis[d] as number) <= 0 ? `${name} ${t.nothingLeft[language]}` : name,
    cells: [amount(preview.basis[d] as number), quota(preview.quota[d] as number)],
  }));
  const footer = [
    { label: t.total[language], cells: [amount(preview.basisSum), quota(preview.quotaSum)] },
    {
      label: `${t.totalQuota[language]} (${rateLabel(preview.rate, language)})`,
      cells: [amount(preview.positiveBasis), quota(preview.totalQuota)],
    },
  ];
  return { rows, footer };
}

function QuotaWizard({ workbook, language, writer }: WizardProps) {
  const styles = useStyles();
  const [input, setInput] = useSessionState<QuotaInput>("quota.input", defaultQuotaInput);
  const names = useNames(workbook);
  const set = (changes: Partial<QuotaInput>) => setInput((current) => ({ ...current, ...changes }));

  const { live, preview, action, write, targetText } = usePreviewedWrite({
    workbook,
    writer,
    language,
    input,
    // Only what the numbers depend on: choosing where to write must not read the workbook again.
    previewKey: JSON.stringify([input.tableAddress, input.hasExempt, input.rate, input.unit, input.decimals]),
    read: readQuotaSources,
    plan: planQuota,
    build: buildQuotaWrite,
    targetAddress: quotaTargetAddress,
    newSheetName: QUOTA_SHEET,
  });
  const computed = live.result;

  const table = computed && previewRows(computed, input, language);

  return (
    <form className={styles.form} onSubmit={(e) => e.preventDefault()} aria-label={t.title[language]}>
      <section className={styles.section}>
        <h3 className={styles.heading}>{t.tableHeading[language]}</h3>
        <RangeField
          id="quota-table"
          label={t.table}
          hint={t.tableHint}
          value={input.tableAddress}
          onChange={(tableAddress) => set({ tableAddress })}
          workbook={workbook}
          language={language}
          names={names}
        />
        <Checkbox
          id="quota-has-exempt"
          data-testid="quota-has-exempt"
          label={t.hasExempt[language]}
          checked={input.hasExempt}
          onChange={(_, data) => set({ hasExempt: data.checked === true })}
        />
      </section>

      <section className={styles.section}>
        <h3 className={styles.heading}>{t.rateHeading[language]}</h3>
        <Field label={t.rate[language]} hint={t.rateHint[language]}>
          <Input
            id="quota-rate"
            data-testid="quota-rate"
            value={input.rate}
            onChange={(_, data) => set({ rate: data.value })}
            inputMode="decimal"
          />
        </Field>
        <RoundingFields
          idPrefix="quota"
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
          <PreviewProblem error={live.error} language={language} testId="quota-error" />
        )}
        {computed?.sources.warnings.map((w, i) => (
          <Notice key={i} intent="warning" text={w[language]} />
        ))}
        {preview && table && (
          <>
            <span className={styles.summary} data-testid="quota-summary">
              {`${t.summary[language]}: ${formatNumber(preview.totalQuota, input.decimals, language)} ${UNIT_LABELS[input.unit][language]} = ${rateLabel(preview.rate, language)} ${t.of[language]} ${formatNumber(preview.positiveBasis, Math.max(input.decimals, computed.sources.places), language)}`}
            </span>
            <PreviewTable
              testId="quota-preview"
              caption={`${t.previewCaption[language]} (${UNIT_LABELS[input.unit][language]})`}
              headings={[t.department[language], t.basis[language], t.quota[language]]}
              rows={table.rows}
              footer={table.footer}
              checks={{
                label: common.check[language],
                marks: [undefined, preview.addsUp],
              }}
            />
            <span data-testid="quota-check">
              {preview.addsUp ? common.addsUp[language] : common.doesNotAddUp[language]}
            </span>
          </>
        )}
        <Button size="small" onClick={() => void live.refresh()} data-testid="quota-refresh">
          {common.refresh[language]}
        </Button>
      </section>

      <ResultSection
        idPrefix="quota"
        language={language}
        texts={t}
        settings={input}
        onSettings={set}
        workbook={workbook}
        targetText={targetText}
        canWrite={preview !== undefined}
        onWrite={() => void write()}
        action={action}
      />
    </form>
  );
}

export const quotaWizard: WizardDefinition = {
  id: "quota",
  title: t.title,
  description: t.description,
  component: QuotaWizard,
};
