import { Button, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { AnnexTable } from "../../../annex/annexTable";
import { formatNumber } from "../../logic/numbers";
import { UNIT_LABELS } from "../../logic/units";
import { OutputTarget } from "../../ui/OutputTarget";
import { PreviewTable, type PreviewRow } from "../../ui/PreviewTable";
import { RangeField } from "../../ui/RangeField";
import { Busy, Notice, PreviewProblem } from "../../ui/Status";
import { common } from "../../ui/strings";
import { usePreviewedWrite } from "../../ui/usePreviewedWrite";
import { useSessionState } from "../../ui/useSessionState";
import type { Language, WizardDefinition, WizardProps } from "../contract";
import { annexText as t } from "./annexText";
import {
  annexTargetAddress,
  buildAnnexWrite,
  defaultAnnexInput,
  planAnnex,
  readAnnexSources,
  type AnnexInput,
} from "./annexWizardLogic";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});

const SHEET_NAME = { da: "Bilag", en: "Annex" };

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
  const styles = useStyles();
  const [input, setInput] = useSessionState<AnnexInput>("annex.input", defaultAnnexInput);
  const set = (changes: Partial<AnnexInput>) => setInput((current) => ({ ...current, ...changes }));

  const { live, preview, action, write, targetText } = usePreviewedWrite({
    workbook,
    writer,
    language,
    input,
    previewKey: JSON.stringify([input.source, input.scenario, input.unit, input.decimals]),
    read: readAnnexSources,
    plan: planAnnex,
    build: buildAnnexWrite,
    targetAddress: annexTargetAddress,
    newSheetName: SHEET_NAME,
  });
  const scenarios = live.result?.sources.negotiation.scenarios ?? [];
  const table = preview && tableRows(preview, language);

  return (
    <form className={styles.form} onSubmit={(e) => e.preventDefault()} aria-label={t.title[language]}>
      <section className={styles.section}>
        <h3 className={styles.heading}>{t.sourceHeading[language]}</h3>
        <RangeField
          id="annex-source"
          label={t.sheet}
          hint={t.sheetHint}
          value={input.source}
          onChange={(source) => set({ source })}
          workbook={workbook}
          language={language}
        />
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
      </section>

      <section className={styles.section}>
        <h3 className={styles.heading}>{t.printHeading[language]}</h3>
        <Field label={t.unit[language]}>
          <Select
            id="annex-unit"
            data-testid="annex-unit"
            value={input.unit}
            onChange={(_, data) => set({ unit: data.value === "tkr" ? "tkr" : "mkr" })}
          >
            <option value="mkr">{UNIT_LABELS.mkr[language]}</option>
            <option value="tkr">{UNIT_LABELS.tkr[language]}</option>
          </Select>
        </Field>
        <Field label={common.decimals[language]}>
          <Select
            id="annex-decimals"
            data-testid="annex-decimals"
            value={String(input.decimals)}
            onChange={(_, data) => set({ decimals: Number(data.value) })}
          >
            {[0, 1, 2, 3].map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.municipality[language]}>
          <Input
            id="annex-municipality"
            data-testid="annex-municipality"
            value={input.municipality}
            onChange={(_, data) => set({ municipality: data.value })}
          />
        </Field>
      </section>

      <section className={styles.section} aria-live="polite">
        <h3 className={styles.heading}>{common.preview[language]}</h3>
        {live.busy && <Busy label={common.reading[language]} />}
        {live.error !== undefined && !live.busy && (
          <PreviewProblem error={live.error} language={language} testId="annex-error" />
        )}
        {preview && table && (
          <>
            <PreviewTable
              testId="annex-preview"
              caption={`${t.previewCaption[language]}: ${preview.scenario} (${UNIT_LABELS[preview.unit][language]})`}
              headings={["", ...preview.years, common.total[language]]}
              rows={table.rows}
              footer={table.footer}
            />
            <span data-testid="annex-adds-up">{t.addsUp[language]}</span>
          </>
        )}
        {!workbook.setPageSetup && (
          <Notice intent="warning" testId="annex-no-page-setup" text={t.noPageSetup[language]} />
        )}
        <Button size="small" onClick={() => void live.refresh()} data-testid="annex-refresh">
          {common.refresh[language]}
        </Button>
      </section>

      <section className={styles.section}>
        <h3 className={styles.heading}>{t.outputHeading[language]}</h3>
        <OutputTarget
          idPrefix="annex"
          target={input.target}
          newSheet={input.newSheet}
          onChange={(target, newSheet) => set({ target, newSheet })}
          workbook={workbook}
          language={language}
        />
        {targetText && <span data-testid="annex-writes-to">{`${common.writesTo[language]} ${targetText}`}</span>}
        <Button
          appearance="primary"
          onClick={() => void write()}
          disabled={preview === undefined || action.busy}
          data-testid="annex-write"
        >
          {common.write[language]}
        </Button>
        {action.busy && <Busy label={common.writing[language]} />}
        {action.notice}
      </section>
    </form>
  );
}

export const annexWizard: WizardDefinition = {
  id: "annex",
  title: t.title,
  description: t.description,
  component: AnnexWizard,
};
