import { Button, Field, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { WorkbookApi } from "../../excel/types";
import type { Language, Text } from "../wizards/contract";
import { OutputTarget } from "./OutputTarget";
import { Busy } from "./Status";
import { common } from "./strings";

export type OutputKind = "formula" | "values";

/** The fields of a wizard's input that say what is written where. */
export interface OutputSettings {
  output: OutputKind;
  /** Top-left cell of the output, with its sheet. */
  target: string;
  newSheet: boolean;
}

export interface ResultSectionProps {
  /** Prefix of the element ids and test ids, e.g. "alloc" gives alloc-output and alloc-write. */
  idPrefix: string;
  language: Language;
  /** The wizard's own words for this step (every writing wizard's text table has them). */
  texts: { outputHeading: Text; outputAs: Text; outputFormula: Text; outputValues: Text };
  /** The wizard's input, of which this step edits the output fields. */
  settings: OutputSettings;
  onSettings: (changes: Partial<OutputSettings>) => void;
  workbook: WorkbookApi;
  /** The range the write will cover, as the user should read it; empty while it is not known. */
  targetText: string;
  canWrite: boolean;
  onWrite: () => void;
  action: { busy: boolean; notice: ReactNode };
  /** A wizard's own options, shown between the output choice and the target. */
  children?: ReactNode;
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});

/**
 * The last step every writing wizard shares: formula or values, where to write, and the write
 * button with its progress and outcome, so the wizards behave and read alike.
 */
export function ResultSection(props: ResultSectionProps) {
  const styles = useStyles();
  const { idPrefix, language, texts, settings, onSettings } = props;
  return (
    <section className={styles.section}>
      <h3 className={styles.heading}>{texts.outputHeading[language]}</h3>
      <Field label={texts.outputAs[language]}>
        <RadioGroup
          value={settings.output}
          onChange={(_, data) => onSettings({ output: data.value === "values" ? "values" : "formula" })}
          data-testid={`${idPrefix}-output`}
        >
          <Radio value="formula" label={texts.outputFormula[language]} />
          <Radio value="values" label={texts.outputValues[language]} />
        </RadioGroup>
      </Field>
      {props.children}
      <OutputTarget
        idPrefix={idPrefix}
        target={settings.target}
        newSheet={settings.newSheet}
        onChange={(target, newSheet) => onSettings({ target, newSheet })}
        workbook={props.workbook}
        language={language}
      />
      {props.targetText && (
        <span data-testid={`${idPrefix}-writes-to`}>{`${common.writesTo[language]} ${props.targetText}`}</span>
      )}
      <Button
        appearance="primary"
        onClick={props.onWrite}
        disabled={!props.canWrite || props.action.busy}
        data-testid={`${idPrefix}-write`}
      >
        {common.write[language]}
      </Button>
      {props.action.busy && <Busy label={common.writing[language]} />}
      {props.action.notice}
    </section>
  );
}
