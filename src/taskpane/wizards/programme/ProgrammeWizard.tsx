import type { WizardDefinition, WizardProps } from "../contract";

function ProgrammeWizard(_props: WizardProps) {
  return <p>…</p>;
}

export const programmeWizard: WizardDefinition = {
  id: "programme",
  title: { da: "Effektiviseringskatalog", en: "Efficiency catalogue" },
  description: { da: "", en: "" },
  component: ProgrammeWizard,
};
