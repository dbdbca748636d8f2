/** The units amounts are stated in, named in the two languages: the pane, the sheets, the log. */
import type { Text } from "./bilingual";

export type Unit = "kr" | "tkr" | "mkr";

export const UNIT_WORDS: Record<Unit, Text> = {
  kr: { da: "kr.", en: "DKK" },
  tkr: { da: "1.000 kr.", en: "DKK 1,000" },
  mkr: { da: "mio. kr.", en: "DKK million" },
};
