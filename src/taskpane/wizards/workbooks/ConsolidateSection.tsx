/** Step 2: the returned workbooks from a file picker, their statuses previewed, then the catalogue written. */
import { Button, Field, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, useState, type ChangeEvent } from "react";
import type { WorkbookApi } from "../../../sheet/types";
import type { Consolidation } from "../../../workbooks";
import { formatNumber } from "../../logic/numbers";
import { messageOf } from "../../logic/errorMessages";
import { OutputTarget } from "../../ui/OutputTarget";
import { PreviewTable } from "../../ui/PreviewTable";
import { Busy, Notice } from "../../ui/Status";
import { selectedSheet, useWriteAction } from "../../ui/useWriteAction";
import { useWizardStyles, WizardSection } from "../../ui/wizardLayout";
import type { Language, Writer } from "../contract";
import { buildCatalogueWrite } from "./catalogueWrite";
import { loadWorkbooks, type WorkbooksModule } from "./loadWorkbooks";
import { ProgressLine, type ProgressState } from "./ProgressLine";
import { expectedDepartments, readPickedFiles } from "./returnedFiles";
import { workbooksText as t } from "./workbooksText";

const useStyles = makeStyles({
  findings: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  files: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export interface ConsolidateSectionProps {
  workbook: WorkbookApi;
  writer: Writer;
  language: Language;
  departmentTable: string;
}

interface Result {
  consolidation: Consolidation;
  workbooks: WorkbooksModule;
}

function isClean(status: Consolidation["departments"][number]): boolean {
  return (
    status.state === "returned" &&
    (status.workbook?.belowQuota.length ?? 0) === 0 &&
    status.findings.every((f) => f.kind === "note")
  );
}

export function ConsolidateSection(props: ConsolidateSectionProps) {
  const { workbook, language } = props;
  const styles = useStyles();
  const wizard = useWizardStyles();
  const [progress, setProgress] = useState<ProgressState | undefined>();
  const [result, setResult] = useState<Result | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [where, setWhere] = useState({ newSheet: true, target: "" });
  const action = useWriteAction(language);
  const fileInput = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState(0);

  async function pick(event: ChangeEvent<HTMLInputElement>): Promise<void> {
    const picked = Array.from(event.target.files ?? []);
    setChosen(picked.length);
    setResult(undefined);
    setError(undefined);
    if (picked.length === 0) return;
    try {
      setProgress({ done: 0, total: picked.length, item: "" });
      const workbooks = await loadWorkbooks();
      const files = await readPickedFiles(picked);
      const expected = await expectedDepartments(workbook, props.departmentTable);
      const consolidation = await workbooks.consolidate(files, {
        ...(expected ? { expected } : {}),
        onProgress: (done, total, item) => setProgress({ done, total, item }),
      });
      setResult({ consolidation, workbooks });
    } catch (e) {
      setError(messageOf(e, language));
    } finally {
      setProgress(undefined);
    }
  }

  async function write(): Promise<void> {
    if (!result) return;
    await action.run(async () => {
      const plan = buildCatalogueWrite(
        result.consolidation,
        result.workbooks,
        language,
        where,
        await selectedSheet(workbook),
      );
      return { kind: "outcome", outcome: await props.writer.write(plan) };
    });
  }

  const consolidation = result?.consolidation;
  return (
    <WizardSection heading={t.consolidateHeading[language]}>
      {/* The browser's own file button speaks the browser's language ("Choose Files"); ours speaks the pane's. */}
      <Field label={t.pickFiles[language]}>
        <div className={styles.files}>
          <Button onClick={() => fileInput.current?.click()} data-testid="wb-files-button">
            {t.chooseFiles[language]}
          </Button>
          <span data-testid="wb-files-chosen">
            {chosen === 0 ? t.noFilesChosen[language] : `${chosen} ${t.filesChosen[language]}`}
          </span>
        </div>
        <input
          ref={fileInput}
          type="file"
          multiple
          hidden
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-testid="wb-files"
          onChange={(event) => void pick(event)}
        />
      </Field>
      {progress && <ProgressLine label={t.reading[language]} progress={progress} testId="wb-consolidate-progress" />}
      {error && <Notice intent="error" text={error} testId="wb-consolidate-error" />}
      {consolidation && result && (
        <div aria-live="polite" className={wizard.section}>
          <span>
            {consolidation.expectedFrom === "central" ? t.expectedFromTable[language] : t.expectedFromFiles[language]}
          </span>
          <PreviewTable
            testId="wb-status-preview"
            caption={t.statusCaption[language]}
            headings={[
              t.department[language],
              t.status[language],
              t.proposals[language],
              ...consolidation.years.map(String),
            ]}
            rows={consolidation.departments.map((d) => ({
              label: d.code,
              flagged: !isClean(d),
              cells: [
                result.workbooks.statusText(d, language, consolidation.decimals),
                d.workbook ? String(d.workbook.proposals.length) : "",
                ...consolidation.years.map((_, y) =>
                  d.workbook ? formatNumber(d.workbook.totals[y] ?? 0, consolidation.decimals, language) : "",
                ),
              ],
            }))}
          />
          {consolidation.findings.length > 0 && (
            <ul className={styles.findings} data-testid="wb-findings">
              {consolidation.findings.map((f, i) => (
                <li key={i}>{result.workbooks.findingMessage(f, language)}</li>
              ))}
            </ul>
          )}
          <OutputTarget
            idPrefix="wb"
            target={where.target}
            newSheet={where.newSheet}
            onChange={(target, newSheet) => setWhere({ target, newSheet })}
            hint={t.catalogueTarget}
            workbook={workbook}
            language={language}
          />
          <span>{t.rerunNote[language]}</span>
          <Button appearance="primary" onClick={() => void write()} disabled={action.busy} data-testid="wb-write">
            {t.writeCatalogue[language]}
          </Button>
          {action.busy && <Busy label={t.reading[language]} />}
          {action.notice}
        </div>
      )}
    </WizardSection>
  );
}
