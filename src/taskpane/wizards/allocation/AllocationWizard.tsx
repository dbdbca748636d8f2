import { Button, Checkbox, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { formatNumber, formatPercent } from "../../logic/numbers";
import { PreviewSection } from "../../ui/PreviewSection";
import { PreviewTable } from "../../ui/PreviewTable";
import { RangeField } from "../../ui/RangeField";
import { ResultSection } from "../../ui/ResultSection";
import { Notice } from "../../ui/Status";
import { common } from "../../ui/strings";
import { useNames } from "../../ui/useNames";
import { usePreviewedWrite } from "../../ui/usePreviewedWrite";
import { useSessionState } from "../../ui/useSessionState";
import { useWizardInput } from "../../ui/useSessionState";
import { wizardFields, roundingFields } from "../../ui/wizardFields";
import { WizardForm, WizardSection } from "../../ui/wizardLayout";
import type { WizardDefinition, WizardProps } from "../contract";
import { defaultAllocationInput, previewKey, type AllocationInput, type HoldInput } from "./allocationModel";
import { planAllocation } from "./allocationPlan";
import { LooksLikeYears, readAllocationSources } from "./allocationSources";
import { allocationText as t } from "./allocationText";
import { ALLOCATION_SHEET, allocationTargetAddress, buildAllocationWrite } from "./allocationWrite";

const useStyles = makeStyles({
  hold: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
  holdName: { minWidth: "3.5em" },
  grow: { flexGrow: 1, flexBasis: 0, minWidth: 0 },
  amount: { width: "5.5em", flexShrink: 0, minWidth: 0 },
});

function AllocationWizard({ workbook, language, writer }: WizardProps) {
  const styles = useStyles();
  const [input, set] = useWizardInput<AllocationInput>("allocation.input", defaultAllocationInput);
  const [showHolds, setShowHolds] = useSessionState("allocation.showHolds", false);
  const names = useNames(workbook);
  const binding = { idPrefix: "alloc", input, set, language, workbook, names };
  const field = wizardFields(binding);

  const { live, preview, previewProps, resultProps } = usePreviewedWrite({
    ...binding,
    writer,
    previewKey: previewKey(input),
    read: readAllocationSources,
    plan: planAllocation,
    build: buildAllocationWrite,
    targetAddress: allocationTargetAddress,
    newSheetName: ALLOCATION_SHEET,
    texts: t,
  });

  function setHold(index: number, hold: HoldInput): void {
    const holds = [...input.holds];
    while (holds.length <= index) holds.push({ kind: "free" });
    holds[index] = hold;
    set({ holds });
  }

  return (
    <WizardForm label={t.title[language]}>
      <WizardSection heading={t.totalHeading[language]}>
        {field.choice("totalsFrom", "alloc-totals-from", t.totalFrom, [
          ["typed", t.totalTyped],
          ["range", t.totalRange],
        ])}
        {input.totalsFrom === "typed"
          ? field.text("totalsTyped", "alloc-total", t.totalAmount, { hint: t.totalAmountHint, inputMode: "decimal" })
          : field.range("totalsAddress", "alloc-total-range", t.totalCells, { hint: t.totalCellsHint, noNames: true })}
      </WizardSection>

      <WizardSection heading={t.keyHeading[language]}>
        {field.choice("keyFrom", "alloc-key-from", t.keyFrom, [
          ["table", t.keyTable],
          ["base", t.keyBase],
          ["equal", t.keyEqual],
        ])}
        <RangeField
          id="alloc-key"
          label={input.keyFrom === "base" ? t.baseRange : input.keyFrom === "equal" ? t.equalRange : t.keyRange}
          hint={input.keyFrom === "base" ? t.baseHint : input.keyFrom === "equal" ? t.equalHint : t.keyHint}
          value={input.keyAddress}
          onChange={(keyAddress) => set({ keyAddress, holds: [] })}
          workbook={workbook}
          language={language}
          names={names}
        />
      </WizardSection>

      <WizardSection>
        {roundingFields(binding)}
        {field.text("firstYear", "alloc-first-year", t.firstYear, { inputMode: "numeric" })}
        <Checkbox
          id="alloc-show-holds"
          data-testid="alloc-show-holds"
          label={t.holdsToggle[language]}
          checked={showHolds}
          onChange={(_, data) => {
            setShowHolds(data.checked === true);
            // Hidden holds must not go on shaping the result unseen.
            if (data.checked !== true) set({ holds: [] });
          }}
        />
        {showHolds &&
          live.result?.sources.departments.map((name, i) => {
            const hold = input.holds[i] ?? { kind: "free" };
            return (
              // One line per department, labelled for screen readers; the name is the visible label.
              <div key={`${name}-${i}`} className={styles.hold}>
                <span className={styles.holdName}>{name}</span>
                <Select
                  className={styles.grow}
                  aria-label={`${t.holdFor[language]} ${name}`}
                  data-testid={`alloc-hold-${i}`}
                  value={hold.kind}
                  onChange={(_, data) =>
                    setHold(
                      i,
                      data.value === "fixed"
                        ? { kind: "fixed", amount: "" }
                        : { kind: data.value as "free" | "excluded" },
                    )
                  }
                >
                  <option value="free">{t.holdFree[language]}</option>
                  <option value="fixed">{t.holdFixed[language]}</option>
                  <option value="excluded">{t.holdExcluded[language]}</option>
                </Select>
                {hold.kind === "fixed" && (
                  <Input
                    className={styles.amount}
                    aria-label={`${t.holdAmount[language]} ${name}`}
                    data-testid={`alloc-hold-amount-${i}`}
                    value={hold.amount}
                    onChange={(_, data) => setHold(i, { kind: "fixed", amount: data.value })}
                    inputMode="decimal"
                  />
                )}
              </div>
            );
          })}
      </WizardSection>

      <PreviewSection
        {...previewProps}
        warnings={preview?.warnings}
        inferred={live.result?.sources.inferences}
        problem={(error) =>
          error instanceof LooksLikeYears ? (
            <>
              <Notice intent="warning" text={error.text[language]} testId="alloc-years" />
              <Button onClick={() => set({ yearsAsAmounts: error.address })}>{t.yearsAreAmounts[language]}</Button>
            </>
          ) : undefined
        }
      >
        {preview && (
          <PreviewTable
            testId="alloc-preview"
            caption={t.previewCaption[language]}
            headings={[t.department[language], t.key[language], ...preview.yearHeadings]}
            rows={preview.departments.map((name, d) => ({
              label:
                preview.holds[d] === null
                  ? name
                  : `${name} ${preview.holds[d] === 0 && input.holds[d]?.kind === "excluded" ? t.excludedMark[language] : t.heldMark[language]}`,
              cells: [
                formatPercent(preview.keyShares[d] ?? 0, 1, language),
                ...(preview.parts[d] ?? []).map((v) => formatNumber(v, input.decimals, language)),
              ],
            }))}
            footer={[
              {
                label: t.sumOfParts[language],
                cells: ["", ...preview.columnSums.map((v) => formatNumber(v, input.decimals, language))],
              },
              {
                label: t.roundedTotal[language],
                cells: ["", ...preview.roundedTotals.map((v) => formatNumber(v, input.decimals, language))],
              },
            ]}
            checks={{ label: common.check[language], marks: [undefined, ...preview.addsUp] }}
          />
        )}
      </PreviewSection>

      <ResultSection {...resultProps}>{field.check("labels", "alloc-labels", t.labels)}</ResultSection>
    </WizardForm>
  );
}

export const allocationWizard: WizardDefinition = {
  id: "allocation",
  title: t.title,
  description: t.description,
  component: AllocationWizard,
};
