import { Field, Input } from "@fluentui/react-components";
import type { Language, Text } from "../wizards/contract";

export interface TextFieldProps {
  /** Stable id; also the test id of the input. */
  id: string;
  label: Text;
  hint?: Text;
  value: string;
  onChange: (value: string) => void;
  language: Language;
  /** The keyboard a touch device shows: "decimal" for amounts and rates, "numeric" for years. */
  inputMode?: "decimal" | "numeric";
  type?: "text" | "password";
}

/** A labelled text box: an amount, a rate, a year or a name the user types. */
export function TextField(props: TextFieldProps) {
  const { language } = props;
  return (
    <Field label={props.label[language]} hint={props.hint?.[language]}>
      <Input
        id={props.id}
        data-testid={props.id}
        {...(props.type ? { type: props.type } : {})}
        value={props.value}
        onChange={(_, data) => props.onChange(data.value)}
        inputMode={props.inputMode}
      />
    </Field>
  );
}
