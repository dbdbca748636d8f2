/** Which runtime functions-bundle.cases.ts loads the built bundle into; set by the test file. */
export const bundleRuntime = { es2016: false };
