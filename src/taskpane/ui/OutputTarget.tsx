import { Checkbox } from "@fluentui/react-components";
import type { WorkbookApi } from "../../sheet/types";
import type { Language, Text } from "../wizards/contract";
import { RangeField } from "./RangeField";
import { common } from "./strings";

export interface OutputTargetProps {
  idPrefix: string;
  target: string;
  newSheet: boolean;
  onChange: (target: string, newSheet: boolean) => void;
  /** An example on the wizard's own sheet, e.g. "Øverste venstre celle, fx Katalog!A17". */
  hint?: Text;
  workbook: WorkbookApi;
  language: Language;
}

/** Where a wizard writes: a top-left cell, or a new sheet. */
export function OutputTarget(props: OutputTargetProps) {
  const { language } = props;
  return (
    <>
      <Checkbox
        id={`${props.idPrefix}-newsheet`}
        data-testid={`${props.idPrefix}-newsheet`}
        label={common.newSheet[language]}
        checked={props.newSheet}
        onChange={(_, data) => props.onChange(props.target, data.checked === true)}
      />
      {!props.newSheet && (
        <RangeField
          id={`${props.idPrefix}-target`}
          label={common.target}
          hint={props.hint ?? common.targetHint}
          value={props.target}
          onChange={(target) => props.onChange(target, false)}
          workbook={props.workbook}
          language={language}
        />
      )}
    </>
  );
}
