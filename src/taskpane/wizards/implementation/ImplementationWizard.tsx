import { Field, Radio, RadioGroup, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { formatNumber } from "../../logic/numbers";
import { UNIT_LABELS } from "../../logic/units";
import { PreviewTable } from "../../ui/PreviewTable";
import { RangeField } from "../../ui/RangeField";
import { ResultSection } from "../../ui/ResultSection";
import { RoundingFields } from "../../ui/RoundingFields";
import { useNames } from "../../ui/useNames";
import { usePreviewedWrite } from "../../ui/usePreviewedWrite";
import type { Language, WizardDefinition, WizardProps } from "../contract";
import { defaultImplementationInput, implementationPreviewKey, type ImplementationInput } from "./implementationModel";
import { planImplementation, type ImplementationPreview } from "./implementationPlan";
import { readImplementationSources } from "./implementationSources";
import { implementationText as t } from "./implementationText";
import { buildImplementationWrite, IMPLEMENTATION_SHEET, implementationTargetAddress } from "./implementationWrite";
import { useWizardInput } from "../../ui/useSessionState";
import { TextField } from "../../ui/TextField";
import { PreviewSection } from "../../ui/PreviewSection";
import { WizardForm, WizardSection } from "../../ui/wizardLayout";

const useStyles = makeStyles({
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
  const [input, set] = useWizardInput<ImplementationInput>("implementation.input", defaultImplementationInput);
  const names = useNames(workbook);

  const { preview, previewProps, resultProps } = usePreviewedWrite({
    idPrefix: "impl",
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
    texts: t,
    onSettings: set,
  });
  const number = (v: number) => formatNumber(v, input.decimals, language);

  return (
    <WizardForm label={t.title[language]}>
      <WizardSection heading={t.treeHeading[language]}>
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
      </WizardSection>

      <WizardSection heading={t.amountsHeading[language]}>
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
        <TextField
          id="impl-first-year"
          label={t.firstYear}
          value={input.firstYear}
          onChange={(firstYear) => set({ firstYear })}
          language={language}
          inputMode="numeric"
        />
      </WizardSection>

      <PreviewSection {...previewProps} warnings={preview?.warnings} warningTestId="impl-warning">
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
      </PreviewSection>

      <ResultSection {...resultProps} />
    </WizardForm>
  );
}

export const implementationWizard: WizardDefinition = {
  id: "implementation",
  title: t.title,
  description: t.description,
  component: ImplementationWizard,
};
