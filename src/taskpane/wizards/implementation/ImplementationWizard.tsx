import { Field, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { formatNumber } from "../../logic/numbers";
import { UNIT_WORDS } from "../../../text/units";
import { PreviewSection } from "../../ui/PreviewSection";
import { PreviewTable } from "../../ui/PreviewTable";
import { ResultSection } from "../../ui/ResultSection";
import { useNames } from "../../ui/useNames";
import { usePreviewedWrite } from "../../ui/usePreviewedWrite";
import { useWizardInput } from "../../ui/useSessionState";
import { wizardFields, roundingFields } from "../../ui/wizardFields";
import { WizardForm, WizardSection } from "../../ui/wizardLayout";
import type { Language, WizardDefinition, WizardProps } from "../contract";
import { defaultImplementationInput, implementationPreviewKey, type ImplementationInput } from "./implementationModel";
import { planImplementation, type ImplementationPreview } from "./implementationPlan";
import { readImplementationSources } from "./implementationSources";
import { implementationText as t } from "./implementationText";
import { buildImplementationWrite, IMPLEMENTATION_SHEET, implementationTargetAddress } from "./implementationWrite";

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
  const binding = { idPrefix: "impl", input, set, language, workbook, names };
  const field = wizardFields(binding);

  const { live, preview, previewProps, resultProps } = usePreviewedWrite({
    ...binding,
    writer,
    previewKey: implementationPreviewKey(input),
    read: readImplementationSources,
    plan: planImplementation,
    build: buildImplementationWrite,
    targetAddress: implementationTargetAddress,
    newSheetName: IMPLEMENTATION_SHEET,
    texts: t,
  });
  const number = (v: number) => formatNumber(v, input.decimals, language);

  return (
    <WizardForm label={t.title[language]}>
      <WizardSection heading={t.treeHeading[language]}>
        {field.range("treeAddress", "impl-tree", t.tree, { hint: t.treeHint })}
      </WizardSection>

      <WizardSection heading={t.amountsHeading[language]}>
        {field.choice("amountsFrom", "impl-amounts-from", t.amountsFrom, [
          ["range", t.amountsRange],
          ["typed", t.amountsTypedChoice],
        ])}
        {input.amountsFrom === "range" ? (
          field.range("amountsAddress", "impl-amounts", t.amounts, { hint: t.amountsHint })
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
        {roundingFields(binding)}
        {field.text("firstYear", "impl-first-year", t.firstYear, { inputMode: "numeric" })}
      </WizardSection>

      <PreviewSection
        {...previewProps}
        warnings={preview?.warnings}
        warningTestId="impl-warning"
        inferred={live.result?.sources.inferences}
      >
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
            caption={`${t.previewCaption[language]} (${UNIT_WORDS[input.unit][language]})`}
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
