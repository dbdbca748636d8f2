/** The department workbooks wizard: generate from the department table, consolidate the returned files. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect } from "react";
import { useSessionState } from "../../ui/useSessionState";
import type { WizardDefinition, WizardProps } from "../contract";
import { ConsolidateSection } from "./ConsolidateSection";
import { GenerateSection } from "./GenerateSection";
import { workbooksText as t } from "./workbooksText";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

/** A central workbook's own sheets when the open workbook is one; else the sheet or name "Afdelinger". */
async function defaultTables(props: WizardProps): Promise<{ departments: string; themes: string }> {
  const sheets = (await props.workbook.listSheets()).map((s) => s.toLowerCase());
  const names = (await props.workbook.listNames()).map((n) => n.name.toLowerCase());
  const has = (name: string) => sheets.includes(name.toLowerCase()) || names.includes(name.toLowerCase());
  return {
    departments: has("Afdelinger") ? "Afdelinger" : "",
    themes: has("Tværgående") ? "Tværgående" : "",
  };
}

function WorkbooksWizard(props: WizardProps) {
  const styles = useStyles();
  const [departmentTable, setDepartmentTable] = useSessionState("workbooks.departmentTable", "");
  const [themeTable, setThemeTable] = useSessionState("workbooks.themeTable", "");

  useEffect(() => {
    let live = true;
    void defaultTables(props)
      .then((tables) => {
        if (!live) return;
        setDepartmentTable((current) => current || tables.departments);
        setThemeTable((current) => current || tables.themes);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
    // Once per workbook: later the user's own choice stands.
  }, [props.workbook]);

  return (
    <form className={styles.form} onSubmit={(e) => e.preventDefault()} aria-label={t.title[props.language]}>
      <GenerateSection
        workbook={props.workbook}
        language={props.language}
        departmentTable={departmentTable}
        onDepartmentTable={setDepartmentTable}
        themeTable={themeTable}
        onThemeTable={setThemeTable}
      />
      <ConsolidateSection
        workbook={props.workbook}
        writer={props.writer}
        language={props.language}
        departmentTable={departmentTable}
      />
    </form>
  );
}

export const workbooksWizard: WizardDefinition = {
  id: "workbooks",
  title: t.title,
  description: t.description,
  component: WorkbooksWizard,
};
