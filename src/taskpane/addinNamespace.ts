/**
 * The function namespace of the add-in this pane was built as: webpack defines
 * __RAADERUM_NAMESPACE__ from the build's channel (BUDGETDEV without a URL, BUDGET with one,
 * BUDGETTEST for --env channel=test; scripts/channels.cjs), the same the built manifest registers.
 * Outside a build it is production's.
 */
import { PRODUCTION_NAMESPACE } from "./logic/functionNamespace";

declare const __RAADERUM_NAMESPACE__: string | undefined;

export const ADDIN_NAMESPACE: string =
  typeof __RAADERUM_NAMESPACE__ === "string" ? __RAADERUM_NAMESPACE__ : PRODUCTION_NAMESPACE;
