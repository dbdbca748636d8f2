import { Button } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Language, Text } from "../wizards/contract";
import type { WizardInference } from "../logic/tableInferences";
import { TableQuestion } from "../logic/tableQuestion";
import { InferenceList, QuestionNotice } from "./Inferences";
import { Busy, Notice, PreviewProblem } from "./Status";
import { common } from "./strings";
import { WizardSection } from "./wizardLayout";

/** What PreviewSection needs of a live preview (usePreviewedWrite's previewProps). */
export interface PreviewFrame {
  /** Prefix of the test ids, e.g. "alloc" gives alloc-error and alloc-refresh. */
  idPrefix: string;
  language: Language;
  live: { busy: boolean; error: unknown; refresh: () => Promise<unknown> };
  /** Keeps the user's answer to a TableQuestion; the preview is then read again. */
  onAnswer?: (id: string, answer: string) => void;
}

export interface PreviewSectionProps extends PreviewFrame {
  /** The read's and the computation's warnings, shown above the wizard's own preview. */
  warnings?: readonly Text[] | undefined;
  warningTestId?: string;
  /**
   * What the wizard inferred from the tables it read (rows left out and why, blanks read as 0, a key
   * off 100 %), listed every time above the wizard's own preview: its ✓ certifies the table as read here.
   */
  inferred?: readonly WizardInference[] | undefined;
  /** A wizard's own way to show an error it can offer a way out of; undefined for the usual notice. */
  problem?: (error: unknown) => ReactNode;
  /** The wizard's own preview: its table, checks and notices. */
  children?: ReactNode;
}

/**
 * The preview step every writing wizard shares: reading, why there is no preview yet, warnings, the
 * wizard's own table, and a refresh button, so each wizard shows only what is its own.
 */
export function PreviewSection(props: PreviewSectionProps) {
  const { idPrefix, language, live } = props;
  const failed = !live.busy && live.error !== undefined;
  return (
    <WizardSection heading={common.preview[language]} live>
      {live.busy && <Busy label={common.reading[language]} />}
      {failed &&
        (live.error instanceof TableQuestion ? (
          <QuestionNotice
            question={live.error}
            language={language}
            testId={`${idPrefix}-question`}
            onAnswer={props.onAnswer}
          />
        ) : (
          (props.problem?.(live.error) ?? (
            <PreviewProblem error={live.error} language={language} testId={`${idPrefix}-error`} />
          ))
        ))}
      {props.warnings?.map((w, i) => (
        <Notice key={`w${i}`} intent="warning" text={w[language]} testId={props.warningTestId} />
      ))}
      {!failed && props.inferred && props.inferred.length > 0 && (
        <InferenceList inferred={props.inferred} language={language} testId={`${idPrefix}-inferred`} />
      )}
      {props.children}
      <Button size="small" onClick={() => void live.refresh()} data-testid={`${idPrefix}-refresh`}>
        {common.refresh[language]}
      </Button>
    </WizardSection>
  );
}
