/**
 * The frame every wizard is drawn in: one form, sections with a small heading, the same spacing, so
 * the wizards read alike and a new one starts from these instead of its own copy of the styles.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

export const useWizardStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});

/** The wizard's form, named for screen readers; Enter in a field must not submit (and reload) the pane. */
export function WizardForm(props: { label: string; children: ReactNode }) {
  const styles = useWizardStyles();
  return (
    <form className={styles.form} onSubmit={(e) => e.preventDefault()} aria-label={props.label}>
      {props.children}
    </form>
  );
}

/** One step of a wizard under its heading; `live` where what it shows follows the inputs. */
export function WizardSection(props: { heading?: string; live?: boolean; children: ReactNode }) {
  const styles = useWizardStyles();
  return (
    <section className={styles.section} aria-live={props.live ? "polite" : undefined}>
      {props.heading !== undefined && <h3 className={styles.heading}>{props.heading}</h3>}
      {props.children}
    </section>
  );
}
