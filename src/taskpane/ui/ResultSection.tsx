import { Button, Field, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { WorkbookApi } from "../../excel/types";
import type { Language, Text } from "../wizards/contract";
import { OutputTarget } from "./OutputTarget";
import { Busy } from "./Status";
import { common } from "./strings";

export type OutputKind = "formula" | "values";

export interface ResultSectionProps {
  /** Prefix of the element ids and test ids, e.g. "alloc" gives alloc-output and alloc-write. */
  idPrefix: string;
  language: Language;
  texts: { heading: Text; outputAs: Text; formula: Text; values: Text };
  output: OutputKind;
  onOutput: (output: OutputKind) => void;
  target: string;
  newSheet: boolean;
  onTarget: (target: string, newSheet: boolean) => void;
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
  const { idPrefix, language, texts } = props;
  return (
    <section className={styles.section}>
      <h3 className={styles.heading}>{texts.heading[language]}</h3>
      <Field label={texts.outputAs[language]}>
        <RadioGroup
          value={props.output}
          onChange={(_, data) => props.onOutput(data.value === "values" ? "values" : "formula")}
          data-testid={`${idPrefix}-output`}
        >
          <Radio value="formula" label={texts.formula[language]} />
          <Radio value="values" label={texts.values[language]} />
        </RadioGroup>
      </Field>
      {props.children}
      <OutputTarget
        idPrefix={idPrefix}
        target={props.target}
        newSheet={props.newSheet}
        onChange={props.onTarget}
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
