import { formatNumber } from "../../logic/numbers";
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
import type { WizardDefinition, WizardProps } from "../contract";
import { defaultDemographyInput, type DemographyWizardInput } from "./demographyModel";
import { planDemography } from "./demographyPlan";
import { readDemographySources } from "./demographySources";
import { demographyText as t } from "./demographyText";
import { buildDemographyWrite, DEMOGRAPHY_SHEET, demographyTargetAddress } from "./demographyWrite";

function DemographyWizard({ workbook, language, writer }: WizardProps) {
  const [input, set] = useWizardInput<DemographyWizardInput>("demography.input", defaultDemographyInput);
  const names = useNames(workbook);
  const binding = { idPrefix: "demography", input, set, language, workbook, names };
  const field = wizardFields(binding);

  const { live, preview, previewProps, resultProps } = usePreviewedWrite({
    ...binding,
    writer,
    previewKey: JSON.stringify([
      input.tableAddress,
      input.unitsAddress,
      input.rateMode,
      input.rate,
      input.ratesAddress,
      input.decimals,
    ]),
    read: readDemographySources,
    plan: planDemography,
    build: buildDemographyWrite,
    targetAddress: demographyTargetAddress,
    newSheetName: DEMOGRAPHY_SHEET,
    texts: t,
  });
  const computed = live.result;
  const amount = (v: number) => formatNumber(v, input.decimals, language);

  return (
    <WizardForm label={t.title[language]}>
      <WizardSection heading={t.populationHeading[language]}>
        <span data-testid="demography-guidance">{t.guidance[language]}</span>
        {field.range("tableAddress", "demography-table", t.table, { hint: t.tableHint })}
      </WizardSection>

      <WizardSection heading={t.amountsHeading[language]}>
        {field.range("unitsAddress", "demography-units", t.units, { hint: t.unitsHint })}
        {field.choice("rateMode", "demography-rate-mode", t.rateMode, [
          ["one", t.rateOne],
          ["perGroup", t.ratePerGroup],
        ])}
        {input.rateMode === "one"
          ? field.text("rate", "demography-rate", t.rate, { hint: t.rateHint, inputMode: "decimal" })
          : field.range("ratesAddress", "demography-rates", t.rates, { hint: t.ratesHint })}
        {roundingFields(binding)}
      </WizardSection>

      <PreviewSection {...previewProps} inferred={computed?.sources.inferences}>
        {preview && (
          <>
            <PreviewTable
              testId="demography-preview"
              caption={`${t.previewCaption[language]} (${UNIT_WORDS[input.unit][language]})`}
              headings={[t.group[language], ...preview.years]}
              rows={preview.groups.map((group, g) => ({
                label: group,
                cells: (preview.adjustments[g] as number[]).map(amount),
              }))}
              footer={[{ label: t.total[language], cells: preview.totals.map(amount) }]}
              checks={{ label: common.check[language], marks: preview.addsUp }}
            />
            <span data-testid="demography-check">
              {preview.addsUp.every(Boolean) ? common.addsUp[language] : common.doesNotAddUp[language]}
            </span>
          </>
        )}
      </PreviewSection>

      <ResultSection {...resultProps} />
    </WizardForm>
  );
}

export const demographyWizard: WizardDefinition = {
  id: "demography",
  title: t.title,
  description: t.description,
  component: DemographyWizard,
};
