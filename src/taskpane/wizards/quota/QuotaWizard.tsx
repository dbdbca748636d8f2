import type { WizardDefinition, WizardProps } from "../contract";

function QuotaWizard(_props: WizardProps) {
  return <p>…</p>;
}

export const quotaWizard: WizardDefinition = {
  id: "quota",
  title: { da: "Kvote", en: "Quota" },
  description: { da: "", en: "" },
  component: QuotaWizard,
};
