/** The units amounts are stated in; the wizard rounds to 10^-decimals of the unit. */
import type { Text } from "../wizards/contract";

export type Unit = "kr" | "tkr" | "mkr";

export const UNIT_LABELS: Record<Unit, Text> = {
  kr: { da: "kr.", en: "DKK" },
  tkr: { da: "1.000 kr.", en: "DKK 1,000" },
  mkr: { da: "mio. kr.", en: "DKK million" },
};
