import { MessageBar, MessageBarActions, MessageBarBody, Spinner } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { MissingInput, messageOf } from "../logic/errorMessages";
import type { Language } from "../wizards/contract";

/**
 * A message for the user; role="alert" for errors so a screen reader says it at once. `action` is a
 * button that belongs to the message (Fortryd beside "Written to …"), drawn under its text.
 */
export function Notice(props: {
  intent: "error" | "warning" | "success" | "info";
  text: string;
  testId?: string;
  action?: ReactNode;
}) {
  return (
    <MessageBar
      intent={props.intent}
      data-testid={props.testId}
      role={props.intent === "error" ? "alert" : "status"}
      layout={props.action ? "multiline" : "auto"}
    >
      {/* A message that lists several problems puts each on its own line. */}
      <MessageBarBody style={{ whiteSpace: "pre-line" }}>{props.text}</MessageBarBody>
      {props.action && <MessageBarActions>{props.action}</MessageBarActions>}
    </MessageBar>
  );
}

export function Busy(props: { label: string }) {
  return <Spinner size="tiny" label={props.label} labelPosition="after" data-testid="busy" />;
}

/** Why there is no preview: guidance for what is still to be given, an error for a real problem. */
export function PreviewProblem(props: { error: unknown; language: Language; testId: string }) {
  const missing = props.error instanceof MissingInput;
  return (
    <Notice
      intent={missing ? "info" : "error"}
      text={messageOf(props.error, props.language)}
      testId={missing ? `${props.testId}-guide` : props.testId}
    />
  );
}
