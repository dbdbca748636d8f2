import { createContext, useContext } from "react";
import type { Language } from "../wizards/contract";

/**
 * The language the pane is switched to, for the kit's own words in parts a wizard draws without
 * passing it on (a preview table's "more columns" cue); wizards keep receiving it as a prop.
 */
const PaneLanguageContext = createContext<Language>("da");

export const PaneLanguageProvider = PaneLanguageContext.Provider;

export function usePaneLanguage(): Language {
  return useContext(PaneLanguageContext);
}
