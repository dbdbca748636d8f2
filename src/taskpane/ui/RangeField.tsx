import { Button, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { NamedItem, WorkbookApi } from "../../sheet/types";
import { messageOf } from "../logic/errorMessages";
import type { Language, Text } from "../wizards/contract";
import { common } from "./strings";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
  input: { flexGrow: 1, minWidth: 0 },
  // The text box inside gives way to the button: without this its default size (about 20
  // characters) plus the button is wider than a 320 px pane.
  inputBox: { minWidth: 0, width: "100%" },
  // One line at the pane's narrowest (320 px): the address field gives way, not the button's label.
  pick: { flexShrink: 0, whiteSpace: "nowrap", minWidth: "auto" },
  names: { marginTop: tokens.spacingVerticalXS, minWidth: 0, maxWidth: "100%" },
  // A native select is as wide as its longest option ("Nøgletabel (Nøgle!A1:B7)") unless told otherwise.
  namesList: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
});

export interface RangeFieldProps {
  /** Stable id; also the test id of the input. */
  id: string;
  label: Text;
  hint?: Text;
  value: string;
  onChange: (value: string) => void;
  workbook: WorkbookApi;
  language: Language;
  /** Defined names and tables to offer as well. */
  names?: readonly NamedItem[];
}

/** An address typed, taken from the selection, or picked from the workbook's names. */
export function RangeField(props: RangeFieldProps) {
  const styles = useStyles();
  const [error, setError] = useState<string | undefined>();
  const { language } = props;

  async function useSelection(): Promise<void> {
    try {
      props.onChange(await props.workbook.getSelection());
      setError(undefined);
    } catch (e) {
      setError(messageOf(e, language));
    }
  }

  const namesId = `${props.id}-names`;
  return (
    <Field
      label={props.label[language]}
      hint={props.hint?.[language]}
      validationMessage={error}
      validationState={error ? "error" : "none"}
    >
      <div className={styles.row}>
        <Input
          className={styles.input}
          input={{ className: styles.inputBox }}
          id={props.id}
          data-testid={props.id}
          value={props.value}
          onChange={(_, data) => props.onChange(data.value)}
          spellCheck={false}
        />
        <Button
          size="small"
          className={styles.pick}
          onClick={() => void useSelection()}
          data-testid={`${props.id}-selection`}
        >
          {common.useSelection[language]}
        </Button>
      </div>
      {props.names && props.names.length > 0 && (
        <Select
          className={styles.names}
          select={{ className: styles.namesList }}
          id={namesId}
          aria-label={`${props.label[language]}: ${common.names[language]}`}
          data-testid={namesId}
          value=""
          onChange={(_, data) => data.value && props.onChange(data.value)}
        >
          <option value="">{common.pickName[language]}</option>
          {props.names.map((n) => (
            <option key={n.name} value={n.name}>
              {`${n.name} (${n.address})`}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}
