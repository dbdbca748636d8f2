/** The generation settings as a form, one field a line for the narrow pane; a central workbook's settings sheet fills it in. */
import { Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { TextField } from "../../ui/TextField";
import type { Language, Text } from "../contract";
import { UNITS, unitName, type SettingsForm } from "./settingsForm";
import { workbooksText as t } from "./workbooksText";

const useStyles = makeStyles({
  grid: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export interface SettingsFieldsProps {
  form: SettingsForm;
  onChange: (changes: Partial<SettingsForm>) => void;
  language: Language;
}

export function SettingsFields({ form, onChange, language }: SettingsFieldsProps) {
  const styles = useStyles();
  const field = (key: keyof SettingsForm, label: Text, type: "text" | "password" = "text") => (
    <TextField
      id={`wb-${key}`}
      label={label}
      value={form[key]}
      onChange={(value) => onChange({ [key]: value })}
      language={language}
      type={type}
    />
  );
  return (
    <div className={styles.grid}>
      {field("municipality", t.municipality)}
      {field("budgetYear", t.budgetYear)}
      {field("outlineYears", t.outlineYears)}
      {field("rate", t.rateLabel)}
      {field("decimals", t.decimals)}
      <Field label={t.unit[language]}>
        <Select
          id="wb-unit"
          data-testid="wb-unit"
          value={form.unit}
          onChange={(_, data) => onChange({ unit: data.value })}
        >
          {[...new Set([...UNITS, form.unit])].map((unit) => (
            <option key={unit} value={unit}>
              {unitName(unit, language)}
            </option>
          ))}
        </Select>
      </Field>
      {/* Text, not a browser date input: that one shows mm/dd/yyyy on an English Windows. */}
      {field("deadline", t.deadlineLabel)}
      {field("contact", t.contact)}
      {field("proposalRows", t.proposalRows)}
      {field("password", t.password, "password")}
    </div>
  );
}
