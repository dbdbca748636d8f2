/*
 * The custom functions Excel calls (namespace BUDGET), associated by id from the registry's
 * adapters (adapters.ts). Each is a thin door: the cells go to an adapter that reads and checks them
 * and calls the core; guard turns failures into Excel errors. The metadata Excel reads with them
 * (functions.json and functions.da-DK.json) is written by the build from registry.json, whose
 * parameters are all of type "any" so that text numbers and blanks reach our own reader.
 */
import { ADAPTERS } from "./adapters";
import { guard } from "./guard";
import type { FunctionId } from "./registry";

for (const id of Object.keys(ADAPTERS) as FunctionId[]) {
  const adapter = ADAPTERS[id];
  // Excel passes every declared parameter (null where omitted) and then an invocation object,
  // which each adapter ignores: it reads only its own parameters.
  CustomFunctions.associate(id, (...cells: unknown[]) => guard(() => adapter(...cells)));
}
