/**
 * Excel for Windows runs custom functions in a JavaScript-only runtime that supports ECMAScript
 * 2016. A Node vm context is much newer, so the built bundle is also run in a context from which
 * every built-in added after ES2016 has been deleted: whatever the bundle still reaches fails there.
 * The stripped-runtime tests and `npm run bench` (its cold load) both use it, so it lives here
 * rather than under test/ or bench/.
 */
import * as vm from "node:vm";

/** Global objects and functions added after ES2016. */
const GLOBALS = [
  "BigInt",
  "BigInt64Array",
  "BigUint64Array",
  "SharedArrayBuffer",
  "Atomics",
  "WeakRef",
  "FinalizationRegistry",
  "AggregateError",
  "Iterator",
  "globalThis",
];

/** [owner, property] for static and prototype members added after ES2016. */
const MEMBERS: [string, string][] = [
  ["Object", "entries"],
  ["Object", "values"],
  ["Object", "fromEntries"],
  ["Object", "getOwnPropertyDescriptors"],
  ["Object", "hasOwn"],
  ["Object", "groupBy"],
  ["Map", "groupBy"],
  ["Promise", "allSettled"],
  ["Promise", "any"],
  ["Promise", "withResolvers"],
  ["Promise.prototype", "finally"],
  ["Array", "fromAsync"],
  ["String.prototype", "padStart"],
  ["String.prototype", "padEnd"],
  ["String.prototype", "trimStart"],
  ["String.prototype", "trimEnd"],
  ["String.prototype", "matchAll"],
  ["String.prototype", "replaceAll"],
  ["String.prototype", "at"],
  ["String.prototype", "isWellFormed"],
  ["String.prototype", "toWellFormed"],
  ["Array.prototype", "flat"],
  ["Array.prototype", "flatMap"],
  ["Array.prototype", "at"],
  ["Array.prototype", "findLast"],
  ["Array.prototype", "findLastIndex"],
  ["Array.prototype", "toSorted"],
  ["Array.prototype", "toReversed"],
  ["Array.prototype", "toSpliced"],
  ["Array.prototype", "with"],
  ["Object.getPrototypeOf(Int8Array.prototype)", "at"],
  ["Object.getPrototypeOf(Int8Array.prototype)", "findLast"],
  ["Object.getPrototypeOf(Int8Array.prototype)", "findLastIndex"],
  ["Object.getPrototypeOf(Int8Array.prototype)", "toSorted"],
  ["Object.getPrototypeOf(Int8Array.prototype)", "toReversed"],
  ["Object.getPrototypeOf(Int8Array.prototype)", "with"],
  // Symbol.asyncIterator and Symbol.matchAll cannot be deleted (non-configurable); acorn's ES2016
  // parse catches `for await`, and String.prototype.matchAll, which uses the latter, is gone.
  ["Symbol.prototype", "description"],
];

/** Every name deleted, for the test that checks they are really gone. */
export const POST_2016_NAMES: readonly string[] = [...GLOBALS, ...MEMBERS.map(([owner, name]) => `${owner}.${name}`)];

/** Deletes the post-2016 built-ins from a context (before the bundle runs in it). */
export function stripToEs2016(context: vm.Context): void {
  const members = MEMBERS.map(([owner, name]) => `delete ${owner}[${JSON.stringify(name)}];`).join("\n");
  // globalThis last: the member deletions above do not need it, but it is how this script finds the globals.
  const globals = GLOBALS.map((name) => `delete self[${JSON.stringify(name)}];`).join("\n");
  vm.runInContext(`(function (self) {\n${members}\n${globals}\n})(this);`, context);
}

/** The names of POST_2016_NAMES that a context still has. */
export function remainingPost2016(context: vm.Context): string[] {
  return POST_2016_NAMES.filter((path) => {
    const dot = path.lastIndexOf(".");
    const expression =
      dot < 0
        ? `typeof this[${JSON.stringify(path)}] !== "undefined"`
        : `${JSON.stringify(path.slice(dot + 1))} in ${path.slice(0, dot)}`;
    return vm.runInContext(`(function () { return ${expression}; }).call(this)`, context) === true;
  });
}
