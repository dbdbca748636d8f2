import {
  Button,
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { formatNumber, formatPercent } from "../../logic/numbers";
import { ResultSection } from "../../ui/ResultSection";
import { PreviewTable } from "../../ui/PreviewTable";
import { RangeField } from "../../ui/RangeField";
import { RoundingFields } from "../../ui/RoundingFields";
import { Notice } from "../../ui/Status";
import { common } from "../../ui/strings";
import { useNames } from "../../ui/useNames";
import { usePreviewedWrite } from "../../ui/usePreviewedWrite";
import { useSessionState } from "../../ui/useSessionState";
import type { WizardDefinition, WizardProps } from "../contract";
import { defaultAllocationInput, previewKey, type AllocationInput, type HoldInput } from "./allocationModel";
import { planAllocation } from "./allocationPlan";
import { LooksLikeYears, readAllocationSources } from "./allocationSources";
import { ALLOCATION_SHEET, allocationTargetAddress, buildAllocationWrite } from "./allocationWrite";
import { allocationText as t } from "./allocationText";
import { useWizardInput } from "../../ui/useSessionState";
import { TextField } from "../../ui/TextField";
import { PreviewSection } from "../../ui/PreviewSection";
import { WizardForm, WizardSection } from "../../ui/wizardLayout";

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

  const { live, preview, previewProps, resultProps } = usePreviewedWrite({
    idPrefix: "alloc",
    workbook,
    writer,
    language,
    input,
    previewKey: previewKey(input),
    read: readAllocationSources,
    plan: planAllocation,
    build: buildAllocationWrite,
    targetAddress: allocationTargetAddress,
    newSheetName: ALLOCATION_SHEET,
    texts: t,
    onSettings: set,
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
        <Field label={t.totalFrom[language]}>
          <RadioGroup
            value={input.totalsFrom}
            onChange={(_, data) => set({ totalsFrom: data.value as AllocationInput["totalsFrom"] })}
            data-testid="alloc-totals-from"
          >
            <Radio value="typed" label={t.totalTyped[language]} />
            <Radio value="range" label={t.totalRange[language]} />
          </RadioGroup>
        </Field>
        {input.totalsFrom === "typed" ? (
          <TextField
            id="alloc-total"
            label={t.totalAmount}
            hint={t.totalAmountHint}
            value={input.totalsTyped}
            onChange={(totalsTyped) => set({ totalsTyped })}
            language={language}
            inputMode="decimal"
          />
        ) : (
          <RangeField
            id="alloc-total-range"
            label={t.totalCells}
            hint={t.totalCellsHint}
            value={input.totalsAddress}
            onChange={(totalsAddress) => set({ totalsAddress })}
            workbook={workbook}
            language={language}
          />
        )}
      </WizardSection>

      <WizardSection heading={t.keyHeading[language]}>
        <Field label={t.keyFrom[language]}>
          <RadioGroup
            value={input.keyFrom}
            onChange={(_, data) => set({ keyFrom: data.value as AllocationInput["keyFrom"] })}
            data-testid="alloc-key-from"
          >
            <Radio value="table" label={t.keyTable[language]} />
            <Radio value="base" label={t.keyBase[language]} />
            <Radio value="equal" label={t.keyEqual[language]} />
          </RadioGroup>
        </Field>
        <RangeField
          id="alloc-key"
          label={input.keyFrom === "base" ? t.baseRange : input.keyFrom === "equal" ? t.equalRange : t.keyRange}
          hint={t.keyHint}
          value={input.keyAddress}
          onChange={(keyAddress) => set({ keyAddress, holds: [] })}
          workbook={workbook}
          language={language}
          names={names}
        />
      </WizardSection>

      <WizardSection>
        <RoundingFields
          idPrefix="alloc"
          unit={input.unit}
          decimals={input.decimals}
          onChange={(unit, decimals) => set({ unit, decimals })}
          language={language}
        />
        <TextField
          id="alloc-first-year"
          label={t.firstYear}
          value={input.firstYear}
          onChange={(firstYear) => set({ firstYear })}
          language={language}
          inputMode="numeric"
        />
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

      <ResultSection {...resultProps}>
        <Checkbox
          id="alloc-labels"
          data-testid="alloc-labels"
          label={t.labels[language]}
          checked={input.labels}
          onChange={(_, data) => set({ labels: data.checked === true })}
        />
      </ResultSection>
    </WizardForm>
  );
}

export const allocationWizard: WizardDefinition = {
  id: "allocation",
  title: t.title,
  description: t.description,
  component: AllocationWizard,
};
