import { Button, Checkbox, Field, Input, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import { formatNumber } from "../../logic/numbers";
import { UNIT_LABELS } from "../../logic/units";
import { ResultSection } from "../../ui/ResultSection";
import { PreviewTable, type PreviewRow } from "../../ui/PreviewTable";
import { RangeField } from "../../ui/RangeField";
import { RoundingFields } from "../../ui/RoundingFields";
import { Busy, Notice, PreviewProblem } from "../../ui/Status";
import { common } from "../../ui/strings";
import { useNames } from "../../ui/useNames";
import { usePreviewedWrite } from "../../ui/usePreviewedWrite";
import { useSessionState } from "../../ui/useSessionState";
import type { Language, Text, WizardDefinition, WizardProps } from "../contract";
import { rateLabel } from "../quota/rate";
import { defaultProgrammeInput, type ProgrammeInput } from "./programmeModel";
import { planProgramme, type ProgrammePreview } from "./programmePlan";
import { readProgrammeSources } from "./programmeSources";
import { programmeText as t } from "./programmeText";
import { buildProgrammeWrite, PROGRAMME_SHEET, programmeTargetAddress } from "./programmeWrite";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});

/** One warning per flagged programme, naming the printed cell and what gains + costs give. */
function flagTexts(preview: ProgrammePreview): Text[] {
  return preview.programmes.flatMap((name, p) =>
    (preview.mismatches[p] ?? []).map((m) => ({
      da: `${name} ${preview.yearHeadings[m.year]}: trykt netto ${formatNumber(m.printed, preview.places, "da")} i ${m.cell}, men gevinster + omkostninger er ${formatNumber(m.computed, preview.places, "da")}. Ret tallet i kataloget, eller tjek gevinst og omkostning.`,
      en: `${name} ${preview.yearHeadings[m.year]}: printed net ${formatNumber(m.printed, preview.places, "en")} in ${m.cell}, but gains + costs are ${formatNumber(m.computed, preview.places, "en")}. Mend the figure in the catalogue, or check the gain and the cost.`,
    })),
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
  const styles = useStyles();
  const [input, setInput] = useSessionState<ProgrammeInput>("programme.input", defaultProgrammeInput);
  const names = useNames(workbook);
  const set = (changes: Partial<ProgrammeInput>) => setInput((current) => ({ ...current, ...changes }));

  const { live, preview, action, write, targetText } = usePreviewedWrite({
    workbook,
    writer,
    language,
    input,
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
  });
  const computed = live.result;

  const table = preview && previewRows(preview, language);

  return (
    <form className={styles.form} onSubmit={(e) => e.preventDefault()} aria-label={t.title[language]}>
      <section className={styles.section}>
        <h3 className={styles.heading}>{t.catalogueHeading[language]}</h3>
        <RangeField
          id="prog-gains"
          label={t.gains}
          hint={t.gainsHint}
          value={input.gainsAddress}
          onChange={(gainsAddress) => set({ gainsAddress })}
          workbook={workbook}
          language={language}
          names={names}
        />
        <RangeField
          id="prog-costs"
          label={t.costs}
          hint={t.costsHint}
          value={input.costsAddress}
          onChange={(costsAddress) => set({ costsAddress })}
          workbook={workbook}
          language={language}
          names={names}
        />
        <RangeField
          id="prog-printed"
          label={t.printedNet}
          hint={t.printedNetHint}
          value={input.printedNetAddress}
          onChange={(printedNetAddress) => set({ printedNetAddress })}
          workbook={workbook}
          language={language}
          names={names}
        />
      </section>

      <section className={styles.section}>
        <h3 className={styles.heading}>{t.targetHeading[language]}</h3>
        <Field label={t.targetFrom[language]}>
          <RadioGroup
            value={input.targetFrom}
            onChange={(_, data) => set({ targetFrom: data.value as ProgrammeInput["targetFrom"] })}
            data-testid="prog-target-from"
          >
            <Radio value="budgets" label={t.targetBudgets[language]} />
            <Radio value="typed" label={t.targetTyped[language]} />
          </RadioGroup>
        </Field>
        {input.targetFrom === "budgets" ? (
          <>
            <RangeField
              id="prog-budgets"
              label={t.budgets}
              hint={t.budgetsHint}
              value={input.budgetsAddress}
              onChange={(budgetsAddress) => set({ budgetsAddress })}
              workbook={workbook}
              language={language}
              names={names}
            />
            <Field label={t.rate[language]} hint={t.rateHint[language]}>
              <Input
                id="prog-rate"
                data-testid="prog-rate"
                value={input.targetRate}
                onChange={(_, data) => set({ targetRate: data.value })}
                inputMode="decimal"
              />
            </Field>
          </>
        ) : (
          <Field label={t.amount[language]} hint={t.amountHint[language]}>
            <Input
              id="prog-target-amount"
              data-testid="prog-target-amount"
              value={input.targetTyped}
              onChange={(_, data) => set({ targetTyped: data.value })}
              inputMode="decimal"
            />
          </Field>
        )}
        <RoundingFields
          idPrefix="prog"
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
          <PreviewProblem error={live.error} language={language} testId="prog-error" />
        )}
        {computed?.sources.warnings.map((w, i) => (
          <Notice key={`w${i}`} intent="warning" text={w[language]} />
        ))}
        {preview &&
          flagTexts(preview).map((w, i) => (
            <Notice key={`f${i}`} intent="warning" text={w[language]} testId="prog-flag" />
          ))}
        {preview && table && (
          <PreviewTable
            testId="prog-preview"
            caption={`${t.previewCaption[language]} (${UNIT_LABELS[input.unit][language]})`}
            headings={[t.programme[language], ...preview.yearHeadings]}
            rows={table.rows}
            footer={table.footer}
            checks={preview.printedOk && { label: t.printedOk[language], marks: preview.printedOk }}
          />
        )}
        {preview && <span data-testid="prog-payback">{paybackText(preview, language)}</span>}
        <Button size="small" onClick={() => void live.refresh()} data-testid="prog-refresh">
          {common.refresh[language]}
        </Button>
      </section>

      <ResultSection
        idPrefix="prog"
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
          id="prog-chart"
          data-testid="prog-chart"
          label={t.chart[language]}
          checked={input.chart}
          onChange={(_, data) => set({ chart: data.checked === true })}
        />
      </ResultSection>
    </form>
  );
}

export const programmeWizard: WizardDefinition = {
  id: "programme",
  title: t.title,
  description: t.description,
  component: ProgrammeWizard,
};
