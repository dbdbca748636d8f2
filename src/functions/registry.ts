/**
 * The registry of BUDGET functions (registry.json) as the pages and the in-memory workbook read it:
 * the ids and the Danish names. The same file gives the metadata Excel reads
 * (scripts/functions-metadata.cjs writes functions.json and functions.da-DK.json from it), and
 * adapters.ts gives each id its adapter. The functions bundle imports only this module's types:
 * the texts stay out of it.
 */
import registry from "./registry.json";

/** The id of a BUDGET function, which is also its English name: DISTRIBUTE, QUOTA, … */
export type FunctionId = keyof typeof registry;

/** The ids in the order of FUNCTIONS.md. */
export const FUNCTION_IDS = Object.keys(registry) as readonly FunctionId[];

/** The name Danish Excel shows: FORDEL for DISTRIBUTE. */
export function danishName(id: FunctionId): string {
  return registry[id].danish.name;
}
