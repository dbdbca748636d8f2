/**
 * One colour per kind of line in every chart Råderum inserts, so the programme chart and the
 * follow-up chart never swap them: the plan in blue, what was realised in orange, a target in grey.
 * The Office.js adapter gives them to Excel's series and the playground draws with them.
 */
import type { SeriesRole } from "./types";

export const SERIES_COLOURS: Readonly<Record<SeriesRole, string>> = {
  plan: "#0F6CBD",
  result: "#E97132",
  target: "#595959",
};
