/** How far a long run has come: a bar and "3 af 100: 2027-MSB.xlsx". */
import { Field, ProgressBar } from "@fluentui/react-components";

export interface ProgressState {
  done: number;
  total: number;
  item: string;
}

export function ProgressLine(props: { label: string; progress: ProgressState; testId: string }) {
  const { done, total, item } = props.progress;
  return (
    <Field label={props.label} hint={`${done} / ${total}${item ? `: ${item}` : ""}`} data-testid={props.testId}>
      <ProgressBar value={total > 0 ? done / total : 0} max={1} />
    </Field>
  );
}
