/** The annex wizard's words. */
import { common } from "../../ui/strings";
import type { Text } from "../contract";

export const annexText = {
  title: { da: "Bilag", en: "Annex" },
  description: {
    da: "Byrådets bilag for ét forlig: vedtagne forslag pr. afdeling og år, afrundet så hver række og kolonne summer – klar til A4 på tværs.",
    en: "The council's annex of one settlement: adopted proposals per department and year, rounded so every row and column adds up – ready for A4 landscape.",
  },
  sourceHeading: { da: "1. Forhandlingsarket", en: "1. The negotiation sheet" },
  sheet: { da: "En celle på forhandlingsarket", en: "A cell on the negotiation sheet" },
  sheetHint: { da: "Fx Forhandling!A1", en: "E.g. Forhandling!A1" },
  scenario: { da: "Forlig", en: "Settlement" },
  printHeading: { da: "2. Tryk", en: "2. Print" },
  unit: common.unit,
  municipality: { da: "Kommunens navn (sidehoved)", en: "The municipality's name (page header)" },
  previewCaption: { da: "Bilaget", en: "The annex" },
  addsUp: {
    da: "✓ Hver række og kolonne summer til sin total; totalen er det eksakte beløb afrundet.",
    en: "✓ Every row and column adds up to its total; the grand total is the exact amount rounded.",
  },
  noPageSetup: {
    da: "Denne Excel kan ikke sætte udskriften op (kræver ExcelApi 1.9). Vælg selv A4 liggende og gentag række 1–3 under Sidelayout.",
    en: "This Excel cannot set up printing (needs ExcelApi 1.9). Choose A4 landscape and repeat rows 1–3 under Page Layout yourself.",
  },
  outputHeading: common.outputHeading,
  targetHint: {
    da: "Øverste venstre celle på et ark med plads, fx Bilag!A1",
    en: "Top-left cell of a sheet with room, e.g. Annex!A1",
  },

  // annexWizardLogic.ts
  selectCellNegotiationSheet: {
    da: 'Vælg en celle på forhandlingsarket (fx Forhandling!A1) og klik "Brug markering".',
    en: 'Select a cell on the negotiation sheet (e.g. Forhandling!A1) and click "Use selection".',
  },

  // AnnexWizard.tsx
  sheetName: {
    da: "Bilag",
    en: "Annex",
  },
} satisfies Record<string, Text | ((...args: never[]) => Text)>;
