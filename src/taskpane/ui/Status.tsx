import { MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";

/** A message for the user; role="alert" for errors so a screen reader says it at once. */
export function Notice(props: { intent: "error" | "warning" | "success" | "info"; text: string; testId?: string }) {
  return (
    <MessageBar intent={props.intent} data-testid={props.testId} role={props.intent === "error" ? "alert" : "status"}>
      <MessageBarBody>{props.text}</MessageBarBody>
    </MessageBar>
  );
}

export function Busy(props: { label: string }) {
  return <Spinner size="tiny" label={props.label} labelPosition="after" data-testid="busy" />;
}
