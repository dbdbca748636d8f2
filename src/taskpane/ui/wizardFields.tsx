/**
 * A wizard's fields bound to its input: each field shows input[key] and sets that key, with the
 * workbook, language and names every field of the wizard shares given once. A field whose change
 * does more than set its key (a new key range clears the holds) is written out in the wizard.
 */
import { Checkbox, Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { NamedItem, WorkbookApi } from "../../sheet/types";
import type { Unit } from "../../text/units";
import type { Language, Text } from "../wizards/contract";
import { RangeField } from "./RangeField";
import { RoundingFields } from "./RoundingFields";
import { TextField } from "./TextField";

/** The keys of T whose values are text: the ones a text box or an address field edits. */
export type TextKeys<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T];

/** The keys of T whose values are true or false: the ones a check box edits. */
export type FlagKeys<T> = { [K in keyof T]: T[K] extends boolean ? K : never }[keyof T];

export interface FieldBinding<Input> {
  /** Prefix of the wizard's ids: the rounding fields are `${idPrefix}-unit` and `${idPrefix}-decimals`. */
  idPrefix: string;
  input: Input;
  set: (changes: Partial<Input>) => void;
  language: Language;
  workbook: WorkbookApi;
  /** The workbook's names and tables, offered by the address fields. */
  names?: readonly NamedItem[];
}

export interface FieldOptions {
  hint?: Text;
  /** For an address field: leave out the list of names (a field that wants a sheet or a cell). */
  noNames?: boolean;
  /** For a text field: the keyboard a touch device shows. */
  inputMode?: "decimal" | "numeric";
}

export function wizardFields<Input>(binding: FieldBinding<Input>) {
  const { input, set, language, workbook } = binding;
  const setKey = (key: TextKeys<Input>) => (value: string) => set({ [key]: value } as Partial<Input>);
  // What an address field and a text box have alike: the key's text, its label and hint.
  const textProps = (key: TextKeys<Input>, id: string, label: Text, options: FieldOptions) => ({
    id,
    label,
    hint: options.hint,
    value: input[key] as string,
    onChange: setKey(key),
    language,
  });
  return {
    /** An address (or name) for input[key]. */
    range: (key: TextKeys<Input>, id: string, label: Text, options: FieldOptions = {}) => (
      <RangeField
        {...textProps(key, id, label, options)}
        workbook={workbook}
        names={options.noNames ? undefined : binding.names}
      />
    ),
    /** A typed amount, rate, year or name for input[key]. */
    text: (key: TextKeys<Input>, id: string, label: Text, options: FieldOptions = {}) => (
      <TextField {...textProps(key, id, label, options)} inputMode={options.inputMode} />
    ),
    /**
     * One of a few values for input[key], as radio buttons in the order given; `testId` names the
     * group. A value from outside the list (none can come) would set the first.
     */
    choice: <K extends TextKeys<Input>>(
      key: K,
      testId: string,
      label: Text,
      options: readonly (readonly [Input[K] & string, Text])[],
    ) => (
      <Field label={label[language]}>
        <RadioGroup
          value={input[key] as string}
          onChange={(_, data) => {
            const chosen = options.find(([value]) => value === data.value) ?? options[0];
            if (chosen) set({ [key]: chosen[0] } as Partial<Input>);
          }}
          data-testid={testId}
        >
          {options.map(([value, text]) => (
            <Radio key={value} value={value} label={text[language]} />
          ))}
        </RadioGroup>
      </Field>
    ),
    /** A check box for input[key]. */
    check: (key: FlagKeys<Input>, id: string, label: Text) => (
      <Checkbox
        id={id}
        data-testid={id}
        label={label[language]}
        checked={input[key] as boolean}
        onChange={(_, data) => set({ [key]: data.checked === true } as Partial<Input>)}
      />
    ),
  };
}

/** Unit and decimals of an input that has both: the rounding unit of what the wizard writes. */
export function roundingFields<Input extends { unit: Unit; decimals: number }>(
  binding: FieldBinding<Input>,
  decimalsHint?: Text,
) {
  const { input, set } = binding;
  return (
    <RoundingFields
      idPrefix={binding.idPrefix}
      unit={input.unit}
      decimals={input.decimals}
      onChange={(unit, decimals) => set({ unit, decimals } as Partial<Input>)}
      language={binding.language}
      decimalsHint={decimalsHint?.[binding.language]}
    />
  );
}
