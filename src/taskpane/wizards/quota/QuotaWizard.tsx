import { makeStyles } from "@fluentui/react-components";
import { formatNumber } from "../../logic/numbers";
import { UNIT_WORDS } from "../../../text/units";
import { PreviewSection } from "../../ui/PreviewSection";
import { PreviewTable, type PreviewRow } from "../../ui/PreviewTable";
import { ResultSection } from "../../ui/ResultSection";
import { common } from "../../ui/strings";
import { useNames } from "../../ui/useNames";
import { usePreviewedWrite, type Computed } from "../../ui/usePreviewedWrite";
import { useWizardInput } from "../../ui/useSessionState";
import { wizardFields, roundingFields } from "../../ui/wizardFields";
import { WizardForm, WizardSection } from "../../ui/wizardLayout";
import type { Language, WizardDefinition, WizardProps } from "../contract";
import { defaultQuotaInput, type QuotaInput } from "./quotaModel";
import { planQuota, type QuotaPreview } from "./quotaPlan";
import { readQuotaSources, type QuotaSources } from "./quotaSources";
import { quotaText as t } from "./quotaText";
import { buildQuotaWrite, QUOTA_SHEET, quotaTargetAddress } from "./quotaWrite";
import { rateLabel } from "../../logic/rate";

const useStyles = makeStyles({
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
  const [input, set] = useWizardInput<QuotaInput>("quota.input", defaultQuotaInput);
  const names = useNames(workbook);
  const binding = { idPrefix: "quota", input, set, language, workbook, names };
  const field = wizardFields(binding);

  const { live, preview, previewProps, resultProps } = usePreviewedWrite({
    ...binding,
    writer,
    // Only what the numbers depend on: choosing where to write must not read the workbook again.
    previewKey: JSON.stringify([input.tableAddress, input.hasExempt, input.rate, input.unit, input.decimals]),
    read: readQuotaSources,
    plan: planQuota,
    build: buildQuotaWrite,
    targetAddress: quotaTargetAddress,
    newSheetName: QUOTA_SHEET,
    texts: t,
  });
  const computed = live.result;

  const table = computed && previewRows(computed, input, language);

  return (
    <WizardForm label={t.title[language]}>
      <WizardSection heading={t.tableHeading[language]}>
        {field.range("tableAddress", "quota-table", t.table, { hint: t.tableHint })}
        {field.check("hasExempt", "quota-has-exempt", t.hasExempt)}
      </WizardSection>

      <WizardSection heading={t.rateHeading[language]}>
        {field.text("rate", "quota-rate", t.rate, { hint: t.rateHint, inputMode: "decimal" })}
        {roundingFields(binding)}
      </WizardSection>

      <PreviewSection {...previewProps} warnings={computed?.sources.warnings} inferred={computed?.sources.inferences}>
        {preview && table && (
          <>
            <span className={styles.summary} data-testid="quota-summary">
              {`${t.summary[language]}: ${formatNumber(preview.totalQuota, input.decimals, language)} ${UNIT_WORDS[input.unit][language]} = ${rateLabel(preview.rate, language)} ${t.of[language]} ${formatNumber(preview.positiveBasis, Math.max(input.decimals, computed.sources.places), language)}`}
            </span>
            <PreviewTable
              testId="quota-preview"
              caption={`${t.previewCaption[language]} (${UNIT_WORDS[input.unit][language]})`}
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
      </PreviewSection>

      <ResultSection {...resultProps} />
    </WizardForm>
  );
}

export const quotaWizard: WizardDefinition = {
  id: "quota",
  title: t.title,
  description: t.description,
  component: QuotaWizard,
};
