import { Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { formatNumber } from "../logic/numbers";
import { UNIT_WORDS, type Unit } from "../../text/units";
import type { Language } from "../wizards/contract";
import { common } from "./strings";
import { unitsToNumber } from "../../core";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-start" },
  field: { flexGrow: 1, flexBasis: 0, minWidth: 0 },
});

export interface RoundingFieldsProps {
  idPrefix: string;
  unit: Unit;
  decimals: number;
  onChange: (unit: Unit, decimals: number) => void;
  language: Language;
  /** Where the decimals only set how amounts print (nothing is rounded), what they do instead. */
  decimalsHint?: string;
}

/** The places printed, 0 to 3; `id` is also the test id. */
export function DecimalsSelect(props: { id: string; value: number; onChange: (decimals: number) => void }) {
  return (
    <Select
      id={props.id}
      data-testid={props.id}
      value={String(props.value)}
      onChange={(_, data) => props.onChange(Number(data.value))}
    >
      {[0, 1, 2, 3].map((d) => (
        <option key={d} value={d}>
          {d}
        </option>
      ))}
    </Select>
  );
}

/** The unit the amounts are in and the places printed; together they are the rounding unit. */
export function RoundingFields(props: RoundingFieldsProps) {
  const styles = useStyles();
  const { language } = props;
  const step = formatNumber(unitsToNumber(1, props.decimals), props.decimals, language);
  return (
    <>
      <div className={styles.row}>
        <Field className={styles.field} label={common.unit[language]}>
          <Select
            id={`${props.idPrefix}-unit`}
            data-testid={`${props.idPrefix}-unit`}
            value={props.unit}
            onChange={(_, data) => props.onChange(data.value as Unit, props.decimals)}
          >
            {(Object.keys(UNIT_WORDS) as Unit[]).map((unit) => (
              <option key={unit} value={unit}>
                {UNIT_WORDS[unit][language]}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          className={styles.field}
          label={common.decimals[language]}
          hint={
            props.decimalsHint ??
            (props.decimals === 0
              ? `${common.roundedToWhole[language]} ${UNIT_WORDS[props.unit][language]}`
              : `${common.roundedTo[language]} ${step} ${UNIT_WORDS[props.unit][language]}`)
          }
        >
          <DecimalsSelect
            id={`${props.idPrefix}-decimals`}
            value={props.decimals}
            onChange={(decimals) => props.onChange(props.unit, decimals)}
          />
        </Field>
      </div>
    </>
  );
}
