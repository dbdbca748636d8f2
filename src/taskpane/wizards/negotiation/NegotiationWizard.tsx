import { Field, Select } from "@fluentui/react-components";
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
import type { Language, WizardDefinition, WizardProps } from "../contract";
import { defaultNegotiationInput, MAX_SCENARIOS, type NegotiationInput } from "./negotiationModel";
import { negotiationPreviewIn, type NegotiationPreview } from "./negotiationPlan";
import { readNegotiationSources } from "./negotiationSources";
import { decimalsHint, negotiationText as t } from "./negotiationText";
import { buildNegotiationWrite, NEGOTIATION_SHEET, negotiationTargetAddress } from "./negotiationWrite";

function previewRows(preview: NegotiationPreview, decimals: number, language: Language): PreviewRow[] {
  const number = (v: number | null) => (v === null ? "" : formatNumber(v, decimals, language));
  const words = { adopted: { da: "vedtaget", en: "adopted" }, missing: { da: "mangler", en: "missing" } };
  return [
    { label: t.room[language].replace(/ \(.*\)$/, ""), cells: preview.room.map(number) },
    ...preview.scenarios.flatMap((name, s) => [
      { label: `${name}: ${words.adopted[language]}`, cells: (preview.totals[s]?.adopted ?? []).map(number) },
      { label: `${name}: ${words.missing[language]}`, cells: (preview.totals[s]?.missing ?? []).map(number) },
    ]),
  ];
}

function NegotiationWizard({ workbook, language, writer }: WizardProps) {
  const [input, set] = useWizardInput<NegotiationInput>("negotiation.input", defaultNegotiationInput);
  const names = useNames(workbook);
  const binding = { idPrefix: "neg", input, set, language, workbook, names };
  const field = wizardFields(binding);

  const { live, preview, previewProps, resultProps } = usePreviewedWrite({
    ...binding,
    writer,
    previewKey: JSON.stringify([language, input]),
    read: readNegotiationSources,
    plan: negotiationPreviewIn(language),
    build: buildNegotiationWrite,
    targetAddress: negotiationTargetAddress,
    newSheetName: NEGOTIATION_SHEET,
    texts: t,
  });

  return (
    <WizardForm label={t.title[language]}>
      <WizardSection heading={t.catalogueHeading[language]}>
        {field.range("catalogueAddress", "neg-catalogue", t.catalogue, { hint: t.catalogueHint })}
      </WizardSection>

      <WizardSection heading={t.settingsHeading[language]}>
        <Field label={t.scenarios[language]}>
          <Select
            id="neg-scenarios"
            data-testid="neg-scenarios"
            value={String(input.scenarios)}
            onChange={(_, data) => set({ scenarios: Number(data.value) })}
          >
            {Array.from({ length: MAX_SCENARIOS }, (_, i) => (
              <option key={i} value={i + 1}>
                {i + 1}
              </option>
            ))}
          </Select>
        </Field>
        {field.text("room", "neg-room", t.room, { hint: t.roomHint, inputMode: "decimal" })}
        {field.range("quotasAddress", "neg-quotas", t.quotas, { hint: t.quotasHint })}
        {roundingFields(binding, decimalsHint(input.decimals, preview?.places ?? input.decimals))}
      </WizardSection>

      <PreviewSection {...previewProps} inferred={live.result?.sources.catalogue.inferences}>
        {preview?.rerun && (
          <Notice
            intent="info"
            testId="neg-added"
            text={
              preview.added.length === 0
                ? `${t.addedNone[language]} (${preview.kept} ${t.kept[language]})`
                : `${t.added[language]} (${preview.added.length}): ${preview.added.join("; ")}. ${preview.kept} ${t.kept[language]}.`
            }
          />
        )}
        {preview && preview.keeps.length > 0 && (
          <Notice intent="info" testId="neg-keeps" text={preview.keeps.map((k) => k[language]).join(" ")} />
        )}
        {preview?.warnings.map((w, i) => (
          <Notice key={i} intent="warning" testId="neg-warning" text={w[language]} />
        ))}
        {preview && preview.notInCatalogue.length > 0 && (
          <Notice
            intent="warning"
            testId="neg-dropped"
            text={`${t.notInCatalogue[language]}: ${preview.notInCatalogue.join("; ")}`}
          />
        )}
        {preview && (
          <PreviewTable
            testId="neg-preview"
            caption={`${t.previewCaption[language]} (${UNIT_WORDS[input.unit][language]})`}
            headings={[t.row[language], ...preview.years]}
            rows={previewRows(preview, preview.places, language)}
          />
        )}
        {!workbook.setListValidation && (
          <Notice intent="warning" testId="neg-no-dropdown" text={t.noDropDown[language]} />
        )}
      </PreviewSection>

      <ResultSection {...resultProps}>
        <span>{t.rerunHint[language]}</span>
      </ResultSection>
    </WizardForm>
  );
}

export const negotiationWizard: WizardDefinition = {
  id: "negotiation",
  title: t.title,
  description: t.description,
  component: NegotiationWizard,
};
