import { Button, Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { WorkbookApi } from "../../sheet/types";
import type { Language, OutputSettings, Text } from "../wizards/contract";
import { OutputTarget } from "./OutputTarget";
import { Busy } from "./Status";
import { common } from "./strings";
import { WizardSection } from "./wizardLayout";

/** The words of the formula-or-values choice, in the text table of every wizard that offers it. */
export interface OutputChoiceTexts {
  outputAs: Text;
  /** A function where the text names the BUDGET functions: their namespace is known only when the pane renders. */
  outputFormula: Text | (() => Text);
  outputValues: Text;
}

/** The wizard's own words for this step (every writing wizard's text table has them). */
export type ResultTexts = { outputHeading: Text; targetHint?: Text } & Partial<OutputChoiceTexts>;

/** What usePreviewedWrite hands a wizard for its ResultSection (resultProps). */
export interface ResultFrame {
  /** Prefix of the element ids and test ids, e.g. "alloc" gives alloc-output and alloc-write. */
  idPrefix: string;
  language: Language;
  texts: ResultTexts;
  /** The wizard's input, of which this step edits the output fields. */
  settings: OutputSettings;
  onSettings: (changes: Partial<OutputSettings>) => void;
  workbook: WorkbookApi;
  /** The range the write will cover, as the user should read it; empty while it is not known. */
  targetText: string;
  canWrite: boolean;
  onWrite: () => void;
  action: { busy: boolean; notice: ReactNode };
}

export interface ResultSectionProps extends ResultFrame {
  /** A wizard's own options, shown between the output choice and the target. */
  children?: ReactNode;
}

function offersChoice(texts: ResultTexts): texts is ResultTexts & OutputChoiceTexts {
  return texts.outputAs !== undefined && texts.outputFormula !== undefined && texts.outputValues !== undefined;
}

function textOf(text: Text | (() => Text)): Text {
  return typeof text === "function" ? text() : text;
}

/**
 * The last step every writing wizard shares: formula or values, where to write, and the write
 * button with its progress and outcome, so the wizards behave and read alike.
 */
export function ResultSection(props: ResultSectionProps) {
  const { idPrefix, language, texts, settings, onSettings } = props;
  return (
    <WizardSection heading={texts.outputHeading[language]}>
      {settings.output !== undefined && offersChoice(texts) && (
        <Field label={texts.outputAs[language]}>
          <RadioGroup
            value={settings.output}
            onChange={(_, data) => onSettings({ output: data.value === "values" ? "values" : "formula" })}
            data-testid={`${idPrefix}-output`}
          >
            <Radio value="formula" label={textOf(texts.outputFormula)[language]} />
            <Radio value="values" label={texts.outputValues[language]} />
          </RadioGroup>
        </Field>
      )}
      {props.children}
      <OutputTarget
        idPrefix={idPrefix}
        target={settings.target}
        newSheet={settings.newSheet}
        onChange={(target, newSheet) => onSettings({ target, newSheet })}
        hint={texts.targetHint}
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
    </WizardSection>
  );
}
