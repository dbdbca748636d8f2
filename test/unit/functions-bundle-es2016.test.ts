/**
 * The built functions bundle, every case of functions-bundle.cases.ts, in a context without any
 * built-in newer than ES2016 (BigInt, globalThis, Object.entries, padStart, flat, …), as Excel
 * for Windows runs custom functions.
 */
import { bundleRuntime } from "../support/bundle-runtime";
import "./functions-bundle.cases";

// Read by the cases' beforeAll, which runs after every module of this file has loaded.
bundleRuntime.es2016 = true;
