import { Field, Select } from "@fluentui/react-components";
import type { AnnexTable } from "../../../annex/annexTable";
import { formatNumber } from "../../logic/numbers";
import { UNIT_WORDS } from "../../../text/units";
import { PreviewSection } from "../../ui/PreviewSection";
import { PreviewTable, type PreviewRow } from "../../ui/PreviewTable";
import { ResultSection } from "../../ui/ResultSection";
import { DecimalsSelect } from "../../ui/RoundingFields";
import { Notice } from "../../ui/Status";
import { common } from "../../ui/strings";
import { usePreviewedWrite } from "../../ui/usePreviewedWrite";
import { useWizardInput } from "../../ui/useSessionState";
import { wizardFields } from "../../ui/wizardFields";
import { WizardForm, WizardSection } from "../../ui/wizardLayout";
import type { Language, WizardDefinition, WizardProps } from "../contract";
import { caseTwinsText, unrecognisedText } from "../../../negotiation/notices";
import { annexText as t } from "./annexText";
import {
  annexTargetAddress,
  buildAnnexWrite,
  defaultAnnexInput,
  planAnnex,
  readAnnexSources,
  type AnnexInput,
} from "./annexWizardLogic";

const SHEET_NAME = t.sheetName;

function tableRows(table: AnnexTable, language: Language): { rows: PreviewRow[]; footer: PreviewRow[] } {
  const number = (v: number) => formatNumber(v, table.decimals, language);
  const rows = table.departments.flatMap((d) => [
    ...d.proposals.map((p) => ({ label: `${d.name}: ${p.title}`, cells: [...p.cells, p.total].map(number) })),
    { label: `${d.name} ${common.total[language].toLowerCase()}`, cells: [...d.subtotal, d.total].map(number) },
  ]);
  return {
    rows,
    footer: [{ label: common.total[language], cells: [...table.yearTotals, table.grandTotal].map(number) }],
  };
}

function AnnexWizard({ workbook, language, writer }: WizardProps) {
  const [input, set] = useWizardInput<AnnexInput>("annex.input", defaultAnnexInput);
  const binding = { idPrefix: "annex", input, set, language, workbook };
  const field = wizardFields(binding);

  const { live, preview, previewProps, resultProps } = usePreviewedWrite({
    ...binding,
    writer,
    previewKey: JSON.stringify([input.source, input.scenario, input.unit, input.decimals]),
    read: readAnnexSources,
    plan: planAnnex,
    build: buildAnnexWrite,
    targetAddress: annexTargetAddress,
    newSheetName: SHEET_NAME,
    texts: t,
  });
  const scenarios = live.result?.sources.negotiation.scenarios ?? [];
  const table = preview && tableRows(preview, language);
  const unrecognised = preview && unrecognisedText(preview.unrecognised, preview.sheetLanguage);
  const twins = preview && caseTwinsText(preview.caseTwins);

  return (
    <WizardForm label={t.title[language]}>
      <WizardSection heading={t.sourceHeading[language]}>
        {field.range("source", "annex-source", t.sheet, { hint: t.sheetHint, noNames: true })}
        <Field label={t.scenario[language]}>
          <Select
            id="annex-scenario"
            data-testid="annex-scenario"
            value={input.scenario || scenarios[0] || ""}
            onChange={(_, data) => set({ scenario: data.value })}
          >
            {scenarios.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        </Field>
      </WizardSection>

      <WizardSection heading={t.printHeading[language]}>
        <Field label={t.unit[language]}>
          <Select
            id="annex-unit"
            data-testid="annex-unit"
            value={input.unit}
            onChange={(_, data) => set({ unit: data.value === "tkr" ? "tkr" : "mkr" })}
          >
            <option value="mkr">{UNIT_WORDS.mkr[language]}</option>
            <option value="tkr">{UNIT_WORDS.tkr[language]}</option>
          </Select>
        </Field>
        <Field label={common.decimals[language]}>
          <DecimalsSelect id="annex-decimals" value={input.decimals} onChange={(decimals) => set({ decimals })} />
        </Field>
        {field.text("municipality", "annex-municipality", t.municipality)}
      </WizardSection>

      <PreviewSection {...previewProps}>
        {preview && table && (
          <>
            <PreviewTable
              testId="annex-preview"
              caption={`${t.previewCaption[language]}: ${preview.scenario} (${UNIT_WORDS[preview.unit][language]})`}
              headings={["", ...preview.years, common.total[language]]}
              rows={table.rows}
              footer={table.footer}
            />
            <span data-testid="annex-adds-up">{t.addsUp[language]}</span>
          </>
        )}
        {unrecognised && <Notice intent="warning" testId="annex-unrecognised" text={unrecognised[language]} />}
        {twins && <Notice intent="warning" testId="annex-case-twins" text={twins[language]} />}
        {!workbook.setPageSetup && (
          <Notice intent="warning" testId="annex-no-page-setup" text={t.noPageSetup[language]} />
        )}
      </PreviewSection>

      <ResultSection {...resultProps} />
    </WizardForm>
  );
}

export const annexWizard: WizardDefinition = {
  id: "annex",
  title: t.title,
  description: t.description,
  component: AnnexWizard,
};
