import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { messageOf } from "../../logic/errorMessages";
import { PreviewTable } from "../../ui/PreviewTable";
import { Notice } from "../../ui/Status";
import { useWriteAction } from "../../ui/useWriteAction";
import { WizardForm, WizardSection } from "../../ui/wizardLayout";
import type { WizardDefinition, WizardProps } from "../contract";
import { findExplanation, refusalText, type Explanation } from "./explainFinding";
import { explainText as t } from "./explainText";
import { explainView } from "./explainView";
import { buildExplainWrite } from "./explainWrite";
import { explainedFormula } from "./explainedFormula";

const useStyles = makeStyles({
  formula: { overflowWrap: "anywhere", fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

/**
 * Forklar: the user selects a cell of a BUDGET result and asks why it holds that number. The pane
 * reads the formula and its arguments, asks the core for the explanation and shows it; "Skriv
 * forklaring" writes it on a new sheet through the writer (logged, undoable).
 */
function ExplainWizard({ workbook, language, writer }: WizardProps) {
  const styles = useStyles();
  const [found, setFound] = useState<Explanation | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const action = useWriteAction(language);

  async function explain(): Promise<void> {
    setBusy(true);
    setError(null);
    action.clear();
    try {
      setFound(await findExplanation(workbook));
    } catch (e) {
      setFound(null);
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const view = found && "explained" in found ? explainView(found.explained, found.labels, language) : null;

  async function write(): Promise<void> {
    if (!found || !("explained" in found) || !view) return;
    await action.run(async () => {
      const outcome = await writer.write(buildExplainWrite(found.sources, view, language));
      return { kind: "outcome", outcome };
    });
  }

  return (
    <WizardForm label={t.title[language]}>
      <WizardSection heading={t.heading[language]}>
        <span>{t.hint()[language]}</span>
        <Button onClick={() => void explain()} disabled={busy} data-testid="explain-run">
          {t.explain[language]}
        </Button>
      </WizardSection>
      <WizardSection live>
        {error !== null && <Notice intent="error" text={messageOf(error, language)} testId="explain-error" />}
        {found && "refusal" in found && (
          <Notice intent="info" text={refusalText(found.refusal, language)} testId="explain-refusal" />
        )}
        {found && "explained" in found && view && (
          <>
            <span className={styles.formula} data-testid="explain-formula">
              {`${found.sources.anchor}: ${explainedFormula(found.sources.formula, language)}`}
            </span>
            <div data-testid="explain-lines">
              {view.lines.map((line, i) => (
                <p key={i} style={{ margin: "0 0 4px 0" }}>
                  {line}
                </p>
              ))}
            </div>
            {view.rows.length > 0 && (
              <PreviewTable
                testId="explain-table"
                caption={t.glance[language]}
                headings={view.headings}
                rows={view.rows.map((row) => ({ label: row.label, cells: row.cells, current: row.selected }))}
              />
            )}
            <Button
              appearance="primary"
              onClick={() => void write()}
              disabled={action.busy}
              data-testid="explain-write"
            >
              {t.write[language]}
            </Button>
            {action.notice}
          </>
        )}
      </WizardSection>
    </WizardForm>
  );
}

export const explainWizard: WizardDefinition = {
  id: "explain",
  title: t.title,
  description: t.description,
  component: ExplainWizard,
};
