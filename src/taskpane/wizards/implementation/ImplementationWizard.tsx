import { Button, Field, Input, Radio, RadioGroup, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { formatNumber } from "../../logic/numbers";
import { UNIT_LABELS } from "../../logic/units";
import { PreviewTable } from "../../ui/PreviewTable";
import { RangeField } from "../../ui/RangeField";
import { ResultSection } from "../../ui/ResultSection";
import { RoundingFields } from "../../ui/RoundingFields";
import { Busy, Notice, PreviewProblem } from "../../ui/Status";
import { common } from "../../ui/strings";
import { useNames } from "../../ui/useNames";
import { usePreviewedWrite } from "../../ui/usePreviewedWrite";
import { useSessionState } from "../../ui/useSessionState";
import type { Language, WizardDefinition, WizardProps } from "../contract";
import { defaultImplementationInput, implementationPreviewKey, type ImplementationInput } from "./implementationModel";
import { planImplementation, type ImplementationPreview } from "./implementationPlan";
import { readImplementationSources } from "./implementationSources";
import { implementationText as t } from "./implementationText";
import { buildImplementationWrite, IMPLEMENTATION_SHEET, implementationTargetAddress } from "./implementationWrite";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  levels: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  bad: { color: tokens.colorPaletteRedForeground1 },
});

/** "✓ Niveau 2 summer til niveau 1", one per level of the tree. */
export function levelTexts(preview: ImplementationPreview, language: Language): { ok: boolean; text: string }[] {
  return preview.levels.map((ok, level) => {
    const words =
      level === 0
        ? t.levelTop[language]
        : t.levelBelow[language].replace("{n}", String(level + 1)).replace("{m}", String(level));
    return { ok, text: `${ok ? "✓" : "✗"} ${words}` };
  });
}

function ImplementationWizard({ workbook, language, writer }: WizardProps) {
  const styles = useStyles();
  const [input, setInput] = useSessionState<ImplementationInput>("implementation.input", defaultImplementationInput);
  const names = useNames(workbook);
  const set = (changes: Partial<ImplementationInput>) => setInput((current) => ({ ...current, ...changes }));

  const { live, preview, action, write, targetText } = usePreviewedWrite({
    workbook,
    writer,
    language,
    input,
    previewKey: implementationPreviewKey(input),
    read: readImplementationSources,
    plan: planImplementation,
    build: buildImplementationWrite,
    targetAddress: implementationTargetAddress,
    newSheetName: IMPLEMENTATION_SHEET,
  });
  const number = (v: number) => formatNumber(v, input.decimals, language);

  return (
    <form className={styles.form} onSubmit={(e) => e.preventDefault()} aria-label={t.title[language]}>
      <section className={styles.section}>
        <h3 className={styles.heading}>{t.treeHeading[language]}</h3>
        <RangeField
          id="impl-tree"
          label={t.tree}
          hint={t.treeHint}
          value={input.treeAddress}
          onChange={(treeAddress) => set({ treeAddress })}
          workbook={workbook}
          language={language}
          names={names}
        />
      </section>

      <section className={styles.section}>
        <h3 className={styles.heading}>{t.amountsHeading[language]}</h3>
        <Field label={t.amountsFrom[language]}>
          <RadioGroup
            value={input.amountsFrom}
            onChange={(_, data) => set({ amountsFrom: data.value === "typed" ? "typed" : "range" })}
            data-testid="impl-amounts-from"
          >
            <Radio value="range" label={t.amountsRange[language]} />
            <Radio value="typed" label={t.amountsTypedChoice[language]} />
          </RadioGroup>
        </Field>
        {input.amountsFrom === "range" ? (
          <RangeField
            id="impl-amounts"
            label={t.amounts}
            hint={t.amountsHint}
            value={input.amountsAddress}
            onChange={(amountsAddress) => set({ amountsAddress })}
            workbook={workbook}
            language={language}
            names={names}
          />
        ) : (
          <Field label={t.amountsTyped[language]} hint={t.amountsTypedHint[language]}>
            <Textarea
              id="impl-amounts-typed"
              data-testid="impl-amounts-typed"
              value={input.amountsTyped}
              onChange={(_, data) => set({ amountsTyped: data.value })}
              resize="vertical"
            />
          </Field>
        )}
        <RoundingFields
          idPrefix="impl"
          unit={input.unit}
          decimals={input.decimals}
          onChange={(unit, decimals) => set({ unit, decimals })}
          language={language}
        />
        <Field label={t.firstYear[language]}>
          <Input
            id="impl-first-year"
            data-testid="impl-first-year"
            value={input.firstYear}
            onChange={(_, data) => set({ firstYear: data.value })}
            inputMode="numeric"
          />
        </Field>
      </section>

      <section className={styles.section} aria-live="polite">
        <h3 className={styles.heading}>{common.preview[language]}</h3>
        {live.busy && <Busy label={common.reading[language]} />}
        {live.error !== undefined && !live.busy && (
          <PreviewProblem error={live.error} language={language} testId="impl-error" />
        )}
        {preview?.warnings.map((w, i) => (
          <Notice key={i} intent="warning" text={w[language]} testId="impl-warning" />
        ))}
        {preview && (
          <ul className={styles.levels} data-testid="impl-levels">
            {levelTexts(preview, language).map((level, i) => (
              <li key={i} className={level.ok ? styles.ok : styles.bad}>
                {level.text}
              </li>
            ))}
          </ul>
        )}
        {preview && (
          <PreviewTable
            testId="impl-preview"
            caption={`${t.previewCaption[language]} (${UNIT_LABELS[input.unit][language]})`}
            headings={[t.node[language], ...preview.yearHeadings, t.childrenAddUp[language]]}
            rows={preview.rows.map((row) => ({
              // Non-breaking spaces indent each level, so the tree reads as a tree in the pane.
              label: `${"\u00a0\u00a0\u00a0".repeat(row.depth)}${row.id}${row.name ? ` ${row.name}` : ""}`,
              cells: [...row.amounts.map(number), row.childrenAddUp === undefined ? "" : row.childrenAddUp ? "✓" : "✗"],
              flagged: row.childrenAddUp === false,
            }))}
            footer={[
              { label: t.departments[language], cells: [...preview.departmentTotals.map(number), ""] },
              { label: t.adopted[language], cells: [...preview.adoptedTotals.map(number), ""] },
            ]}
          />
        )}
        <Button size="small" onClick={() => void live.refresh()} data-testid="impl-refresh">
          {common.refresh[language]}
        </Button>
      </section>

      <ResultSection
        idPrefix="impl"
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

export const implementationWizard: WizardDefinition = {
  id: "implementation",
  title: t.title,
  description: t.description,
  component: ImplementationWizard,
};
