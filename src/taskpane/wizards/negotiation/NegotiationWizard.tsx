import { Button, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { formatNumber } from "../../logic/numbers";
import { UNIT_LABELS } from "../../logic/units";
import { OutputTarget } from "../../ui/OutputTarget";
import { PreviewTable, type PreviewRow } from "../../ui/PreviewTable";
import { RangeField } from "../../ui/RangeField";
import { RoundingFields } from "../../ui/RoundingFields";
import { Busy, Notice, PreviewProblem } from "../../ui/Status";
import { common } from "../../ui/strings";
import { useNames } from "../../ui/useNames";
import { usePreviewedWrite } from "../../ui/usePreviewedWrite";
import { useSessionState } from "../../ui/useSessionState";
import type { Language, WizardDefinition, WizardProps } from "../contract";
import { defaultNegotiationInput, MAX_SCENARIOS, type NegotiationInput } from "./negotiationModel";
import { negotiationPreviewIn, type NegotiationPreview } from "./negotiationPlan";
import { readNegotiationSources } from "./negotiationSources";
import { negotiationText as t } from "./negotiationText";
import { buildNegotiationWrite, NEGOTIATION_SHEET, negotiationTargetAddress } from "./negotiationWrite";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});

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
  const styles = useStyles();
  const [input, setInput] = useSessionState<NegotiationInput>("negotiation.input", defaultNegotiationInput);
  const names = useNames(workbook);
  const set = (changes: Partial<NegotiationInput>) => setInput((current) => ({ ...current, ...changes }));

  const { live, preview, action, write, targetText } = usePreviewedWrite({
    workbook,
    writer,
    language,
    input,
    previewKey: JSON.stringify([language, input]),
    read: readNegotiationSources,
    plan: negotiationPreviewIn(language),
    build: buildNegotiationWrite,
    targetAddress: negotiationTargetAddress,
    newSheetName: NEGOTIATION_SHEET,
  });

  return (
    <form className={styles.form} onSubmit={(e) => e.preventDefault()} aria-label={t.title[language]}>
      <section className={styles.section}>
        <h3 className={styles.heading}>{t.catalogueHeading[language]}</h3>
        <RangeField
          id="neg-catalogue"
          label={t.catalogue}
          hint={t.catalogueHint}
          value={input.catalogueAddress}
          onChange={(catalogueAddress) => set({ catalogueAddress })}
          workbook={workbook}
          language={language}
          names={names}
        />
      </section>

      <section className={styles.section}>
        <h3 className={styles.heading}>{t.settingsHeading[language]}</h3>
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
        <Field label={t.room[language]} hint={t.roomHint[language]}>
          <Input
            id="neg-room"
            data-testid="neg-room"
            value={input.room}
            onChange={(_, data) => set({ room: data.value })}
            inputMode="decimal"
          />
        </Field>
        <RangeField
          id="neg-quotas"
          label={t.quotas}
          hint={t.quotasHint}
          value={input.quotasAddress}
          onChange={(quotasAddress) => set({ quotasAddress })}
          workbook={workbook}
          language={language}
          names={names}
        />
        <RoundingFields
          idPrefix="neg"
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
          <PreviewProblem error={live.error} language={language} testId="neg-error" />
        )}
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
            caption={`${t.previewCaption[language]} (${UNIT_LABELS[input.unit][language]})`}
            headings={[t.row[language], ...preview.years]}
            rows={previewRows(preview, preview.places, language)}
          />
        )}
        {!workbook.setListValidation && (
          <Notice intent="warning" testId="neg-no-dropdown" text={t.noDropDown[language]} />
        )}
        <Button size="small" onClick={() => void live.refresh()} data-testid="neg-refresh">
          {common.refresh[language]}
        </Button>
      </section>

      <section className={styles.section}>
        <h3 className={styles.heading}>{t.outputHeading[language]}</h3>
        <span>{t.rerunHint[language]}</span>
        <OutputTarget
          idPrefix="neg"
          target={input.target}
          newSheet={input.newSheet}
          onChange={(target, newSheet) => set({ target, newSheet })}
          workbook={workbook}
          language={language}
        />
        {targetText && <span data-testid="neg-writes-to">{`${common.writesTo[language]} ${targetText}`}</span>}
        <Button
          appearance="primary"
          onClick={() => void write()}
          disabled={preview === undefined || action.busy}
          data-testid="neg-write"
        >
          {common.write[language]}
        </Button>
        {action.busy && <Busy label={common.writing[language]} />}
        {action.notice}
      </section>
    </form>
  );
}

export const negotiationWizard: WizardDefinition = {
  id: "negotiation",
  title: t.title,
  description: t.description,
  component: NegotiationWizard,
};
