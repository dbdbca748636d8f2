import { formatNumber } from "../../logic/numbers";
import { fractionDigits } from "../../../core";
import { UNIT_WORDS } from "../../../text/units";
import { PreviewSection } from "../../ui/PreviewSection";
import { PreviewTable } from "../../ui/PreviewTable";
import { ResultSection } from "../../ui/ResultSection";
import { common } from "../../ui/strings";
import { useNames } from "../../ui/useNames";
import { usePreviewedWrite } from "../../ui/usePreviewedWrite";
import { useWizardInput } from "../../ui/useSessionState";
import { roundingFields, wizardFields } from "../../ui/wizardFields";
import { WizardForm, WizardSection } from "../../ui/wizardLayout";
import type { Language, WizardDefinition, WizardProps } from "../contract";
import { defaultRepriceInput, type RepriceWizardInput } from "./repriceModel";
import { planReprice, type RepricePreview } from "./repricePlan";
import { readRepriceSources } from "./repriceSources";
import { repriceText as t } from "./repriceText";
import { buildRepriceWrite, REPRICE_SHEET, repriceTargetAddress } from "./repriceWrite";

/** A factor as exactly as a double shows it, backward ones to ten places. */
function factorText(factor: number, language: Language): string {
  return formatNumber(factor, Math.min(10, fractionDigits(factor)), language);
}

function PreviewTables({
  preview,
  input,
  language,
}: {
  preview: RepricePreview;
  input: RepriceWizardInput;
  language: Language;
}) {
  const amount = (v: number) => formatNumber(v, input.decimals, language);
  const before = (v: number) => formatNumber(v, Math.max(0, ...preview.amounts.flat().map(fractionDigits)), language);
  return (
    <>
      <PreviewTable
        testId="reprice-factors"
        caption={`${t.factorsCaption[language]} (${preview.fromYear}-PL → ${preview.toYear}-PL)`}
        headings={[t.kindHeading[language], t.factor[language]]}
        rows={preview.kinds.map((kind, k) => ({
          label: kind,
          cells: [factorText(preview.factors[k] as number, language)],
        }))}
      />
      <PreviewTable
        testId="reprice-preview"
        caption={`${t.previewCaption[language]} (${UNIT_WORDS[input.unit][language]}, ${preview.toYear}-PL)`}
        headings={[t.line[language], t.kindHeading[language], ...preview.years]}
        rows={preview.lines.map((line, r) => ({
          label: line,
          cells: [preview.lineKinds[r] as string, ...(preview.converted[r] as number[]).map(amount)],
        }))}
        footer={[
          { label: t.total[language], cells: ["", ...preview.sums.map(amount)] },
          { label: t.before[language], cells: ["", ...preview.amountSums.map(before)] },
        ]}
        checks={{ label: common.check[language], marks: [undefined, ...preview.addsUp] }}
      />
      <span data-testid="reprice-check">
        {preview.addsUp.every(Boolean) ? common.addsUp[language] : common.doesNotAddUp[language]}
      </span>
    </>
  );
}

function RepriceWizard({ workbook, language, writer }: WizardProps) {
  const [input, set] = useWizardInput<RepriceWizardInput>("reprice.input", defaultRepriceInput);
  const names = useNames(workbook);
  const binding = { idPrefix: "reprice", input, set, language, workbook, names };
  const field = wizardFields(binding);

  const { live, preview, previewProps, resultProps } = usePreviewedWrite({
    ...binding,
    writer,
    previewKey: JSON.stringify([
      input.budgetAddress,
      input.hasKindColumn,
      input.kind,
      input.rateTableAddress,
      input.fromYear,
      input.toYear,
      input.decimals,
    ]),
    read: readRepriceSources,
    plan: planReprice,
    build: buildRepriceWrite,
    targetAddress: repriceTargetAddress,
    newSheetName: REPRICE_SHEET,
    texts: t,
  });
  const computed = live.result;

  return (
    <WizardForm label={t.title[language]}>
      <WizardSection heading={t.budgetHeading[language]}>
        {field.range("budgetAddress", "reprice-budget", t.budget, { hint: t.budgetHint })}
        {field.check("hasKindColumn", "reprice-has-kind", t.hasKindColumn)}
        {!input.hasKindColumn && field.text("kind", "reprice-kind", t.kind, { hint: t.kindHint })}
      </WizardSection>

      <WizardSection heading={t.ratesHeading[language]}>
        {field.range("rateTableAddress", "reprice-rates", t.rateTable, { hint: t.rateTableHint })}
        {field.text("fromYear", "reprice-from", t.fromYear, { hint: t.yearHint, inputMode: "numeric" })}
        {field.text("toYear", "reprice-to", t.toYear, { hint: t.yearHint, inputMode: "numeric" })}
        {roundingFields(binding)}
      </WizardSection>

      <PreviewSection {...previewProps} warnings={computed?.sources.warnings} inferred={computed?.sources.inferences}>
        {preview && <PreviewTables preview={preview} input={input} language={language} />}
      </PreviewSection>

      <ResultSection {...resultProps} />
    </WizardForm>
  );
}

export const repriceWizard: WizardDefinition = {
  id: "reprice",
  title: t.title,
  description: t.description,
  component: RepriceWizard,
};
