import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { inferenceText, type WizardInference } from "../logic/tableInferences";
import type { TableQuestion } from "../logic/tableQuestion";
import type { Language, Text } from "../wizards/contract";
import { Notice } from "./Status";
import { common } from "./strings";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  caption: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  choices: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

const INFERRED: Text = common.tableReadAs;

/** The reader's inferences, one line each, so nothing it decided on its own goes unsaid. */
export function InferenceList(props: { inferred: readonly WizardInference[]; language: Language; testId: string }) {
  const styles = useStyles();
  return (
    <div data-testid={props.testId} role="status">
      <div className={styles.caption}>{INFERRED[props.language]}</div>
      <ul className={styles.list}>
        {props.inferred.map((inference, i) => (
          <li key={i}>{inferenceText(inference)[props.language]}</li>
        ))}
      </ul>
    </div>
  );
}

/** A question the read asked: what it is about, and one button per answer. */
export function QuestionNotice(props: {
  question: TableQuestion;
  language: Language;
  testId: string;
  onAnswer: ((id: string, answer: string) => void) | undefined;
}) {
  const styles = useStyles();
  const { question, language } = props;
  return (
    <>
      <Notice intent="warning" text={question.text[language]} testId={props.testId} />
      <div className={styles.choices}>
        {question.choices.map((choice) => (
          <Button key={choice.answer} size="small" onClick={() => props.onAnswer?.(question.id, choice.answer)}>
            {choice.label[language]}
          </Button>
        ))}
      </div>
    </>
  );
}
