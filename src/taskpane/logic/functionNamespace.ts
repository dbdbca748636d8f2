/**
 * The namespace the pane's formulas call the BUDGET functions by. An add-in's functions are
 * registered under the namespace its manifest names, and the development and test add-ins have their
 * own (BUDGETDEV, BUDGETTEST: scripts/channels.cjs) so they can be installed beside production; a
 * pane must write the namespace of the add-in it belongs to, or its live formulas would call another
 * add-in's functions, or none. The Office door (src/taskpane/index.tsx) says which once, before the
 * pane renders; the playground and the tests never do, and write BUDGET, which the in-memory
 * workbook computes.
 */

/** The production add-in's namespace: what workbooks in the municipality hold. */
export const PRODUCTION_NAMESPACE = "BUDGET";

let own = PRODUCTION_NAMESPACE;

/** Sets the namespace of the add-in this pane belongs to; letters and digits only, as a manifest's namespace. */
export function belongToNamespace(namespace: string): void {
  if (!/^[A-Z][A-Z0-9]*$/.test(namespace))
    throw new Error(`"${namespace}" is not a function namespace (capital letters and digits).`);
  own = namespace;
}

/** The namespace the pane writes in formulas: its own add-in's. */
export function functionNamespace(): string {
  return own;
}

/**
 * The namespaces whose formulas the pane reads as BUDGET calls (Forklar): its own, and production's,
 * whose formulas a development or test pane meets in every real workbook and explains the same way
 * (the explanation is the core's, not the add-in's).
 */
export function readableNamespaces(): readonly string[] {
  return own === PRODUCTION_NAMESPACE ? [own] : [own, PRODUCTION_NAMESPACE];
}
