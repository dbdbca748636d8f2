/**
 * Step 1: from the department table in the open workbook to one workbook per department, downloaded
 * as a zip or, where Excel can (WorkbookApi.openWorkbook), each opened in its own Excel window.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { exactSum } from "../../../core";
import type { WorkbookApi } from "../../../sheet/types";
import type { Central, GenerationPlan } from "../../../workbooks";
import { formatNumber } from "../../logic/numbers";
import { messageOf } from "../../logic/errorMessages";
import { PreviewTable } from "../../ui/PreviewTable";
import { RangeField } from "../../ui/RangeField";
import { Busy, Notice, PreviewProblem } from "../../ui/Status";
import { common } from "../../ui/strings";
import { useLivePreview } from "../../ui/useLivePreview";
import { useSessionState } from "../../ui/useSessionState";
import { useWizardStyles, WizardSection } from "../../ui/wizardLayout";
import type { Language, Text } from "../contract";
import { readCentralFromWorkbook, readSettingsSheet } from "./centralSources";
import { downloadBytes } from "./download";
import { loadWorkbooks, type WorkbooksModule } from "./loadWorkbooks";
import { inPaneLanguage, textOf } from "./messageText";
import { openEach, openOutcomeNotice } from "./openInExcel";
import { ProgressLine, type ProgressState } from "./ProgressLine";
import { SettingsFields } from "./SettingsFields";
import { defaultSettingsForm, readSettingsForm, settingsFormOf, type SettingsForm } from "./settingsForm";
import { workbooksText as t } from "./workbooksText";

const useStyles = makeStyles({
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export interface GenerateSectionProps {
  workbook: WorkbookApi;
  language: Language;
  departmentTable: string;
  onDepartmentTable: (text: string) => void;
  themeTable: string;
  onThemeTable: (text: string) => void;
}

interface Computed {
  central: Central;
  plan: GenerationPlan;
  /** The plan's warnings in both languages, so switching language needs no new preview. */
  warnings: Text[];
}

export function GenerateSection(props: GenerateSectionProps) {
  const { workbook, language } = props;
  const styles = useStyles();
  const wizard = useWizardStyles();
  const [form, setForm] = useSessionState<SettingsForm>("workbooks.settings", defaultSettingsForm);
  const [fromSheet, setFromSheet] = useState(false);
  const [progress, setProgress] = useState<(ProgressState & { label: Text }) | undefined>();
  const [notice, setNotice] = useState<{ intent: "success" | "error"; text: string } | undefined>();

  useEffect(() => {
    let live = true;
    // exceljs takes a while to start (profiled: most of the first preview); started while the user
    // fills in the settings, the first preview need not wait for it.
    void loadWorkbooks().catch(() => undefined);
    void readSettingsSheet(workbook)
      .then((settings) => {
        if (!live || !settings) return;
        setForm((current) => settingsFormOf(settings, current));
        setFromSheet(true);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [workbook]);

  const preview = useLivePreview<Computed>(
    async () => {
      const settings = readSettingsForm(form);
      const central = await readCentralFromWorkbook(workbook, settings, props.departmentTable, props.themeTable);
      const workbooks = await loadWorkbooks();
      try {
        const plan = workbooks.planDepartments(central);
        return { central, plan, warnings: plan.warnings.map((w) => textOf(workbooks, w)) };
      } catch (error) {
        throw inPaneLanguage(workbooks, error);
      }
    },
    JSON.stringify([form, props.departmentTable, props.themeTable]),
  );

  /** Makes the workbooks, then hands them over: one zip download, or each opened in Excel in turn. */
  async function generate(handover: "zip" | "excel"): Promise<void> {
    setNotice(undefined);
    const fresh = await preview.refresh();
    if (!fresh) return;
    let workbooks: WorkbooksModule | undefined;
    try {
      workbooks = await loadWorkbooks();
      const { generateDepartmentWorkbooks, zipFiles } = workbooks;
      setProgress({ done: 0, total: fresh.plan.departments.length, item: "", label: t.generating });
      const result = await generateDepartmentWorkbooks(fresh.central, {
        onProgress: (done, total, item) => setProgress({ done, total, item, label: t.generating }),
      });
      const open = workbook.openWorkbook?.bind(workbook);
      if (handover === "excel" && open) {
        const outcome = await openEach(result.files, open, (n, total, item) =>
          setProgress({ done: n, total, item, label: t.opening }),
        );
        const shown = openOutcomeNotice(outcome);
        setNotice({ intent: shown.intent, text: shown.text[language] });
        return;
      }
      const fileName = `${fresh.central.settings.budgetYear}-afdelingsskemaer.zip`;
      downloadBytes(zipFiles(result.files), fileName, "application/zip");
      setNotice({
        intent: "success",
        text: `${t.generated[language]} ${result.files.length} ${t.generatedFiles[language]} ${fileName}.`,
      });
    } catch (error) {
      const shown = workbooks ? inPaneLanguage(workbooks, error) : error;
      setNotice({ intent: "error", text: messageOf(shown, language) });
    } finally {
      setProgress(undefined);
    }
  }

  const plan = preview.result?.plan;
  const decimals = preview.result?.central.settings.decimals ?? 0;
  const amount = (value: number) => formatNumber(value, decimals, language);
  // Kept while the workbooks are made: each progress step re-renders the section, and a new table
  // would measure its columns again (a forced layout a step, profiled).
  const previewTable = useMemo(
    () =>
      plan && (
        <PreviewTable
          testId="wb-quota-preview"
          caption={t.previewCaption[language]}
          headings={[
            t.department[language],
            t.basis[language],
            t.quota[language],
            `${t.shares[language]} ${preview.result?.central.settings.budgetYear ?? ""}`,
          ]}
          rows={plan.departments.map((d) => ({
            label: d.code,
            cells: [amount(d.basis), amount(d.quota), amount(exactSum(d.themes.map((theme) => theme.shares[0] ?? 0)))],
          }))}
          footer={[
            {
              label: t.totalQuota[language],
              cells: ["", amount(plan.totalQuota), amount(exactSum(plan.themeTotals.map((totals) => totals[0] ?? 0)))],
            },
          ]}
        />
      ),
    // plan, amount and decimals follow preview.result.
    [preview.result, language],
  );
  // The fields as well: a progress step need not render every input of the form again.
  const fields = useMemo(
    () => (
      <>
        <RangeField
          id="wb-departments"
          label={t.departmentTable}
          hint={t.departmentTableHint}
          value={props.departmentTable}
          onChange={props.onDepartmentTable}
          workbook={workbook}
          language={language}
        />
        <RangeField
          id="wb-themes"
          label={t.themeTable}
          hint={t.themeTableHint}
          value={props.themeTable}
          onChange={props.onThemeTable}
          workbook={workbook}
          language={language}
        />
        <h4 className={wizard.heading}>{t.settingsHeading[language]}</h4>
        {fromSheet && <span>{t.settingsFromSheet[language]}</span>}
        <SettingsFields
          form={form}
          onChange={(changes) => setForm((f) => ({ ...f, ...changes }))}
          language={language}
        />
      </>
    ),
    [
      form,
      setForm,
      fromSheet,
      language,
      workbook,
      wizard.heading,
      props.departmentTable,
      props.themeTable,
      props.onDepartmentTable,
      props.onThemeTable,
    ],
  );
  return (
    <WizardSection heading={t.generateHeading[language]}>
      {fields}
      <div aria-live="polite" className={wizard.section}>
        {preview.busy && <Busy label={common.reading[language]} />}
        {preview.error !== undefined && !preview.busy && (
          <PreviewProblem error={preview.error} language={language} testId="wb-generate-error" />
        )}
        {preview.result?.warnings.map((warning, i) => (
          <Notice key={i} intent="warning" text={warning[language]} />
        ))}
        {previewTable}
      </div>
      <Button
        appearance="primary"
        onClick={() => void generate("zip")}
        disabled={!plan || progress !== undefined}
        data-testid="wb-generate"
      >
        {t.generate[language]}
      </Button>
      {workbook.openWorkbook && (
        <>
          <Button
            onClick={() => void generate("excel")}
            disabled={!plan || progress !== undefined}
            data-testid="wb-open-in-excel"
          >
            {t.openInExcel[language]}
          </Button>
          <span className={styles.hint}>{t.openHint[language]}</span>
        </>
      )}
      {progress && <ProgressLine label={progress.label[language]} progress={progress} testId="wb-generate-progress" />}
      {notice && <Notice intent={notice.intent} text={notice.text} testId="wb-generate-notice" />}
    </WizardSection>
  );
}
