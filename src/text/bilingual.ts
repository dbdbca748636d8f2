import type { Language } from "./language";

/** Text in both languages; the pane shows `da` unless the user switches to English. */
export type Text = Record<Language, string>;
