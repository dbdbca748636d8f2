import type { WizardDefinition, WizardProps } from "../contract";

function AllocationWizard(_props: WizardProps) {
  return <p>…</p>;
}

export const allocationWizard: WizardDefinition = {
  id: "allocation",
  title: { da: "Fordel", en: "Allocate" },
  description: { da: "", en: "" },
  component: AllocationWizard,
};
