/**
 * Office.js throws when a property is read before it was loaded and synced, but office-addin-mock
 * (TOOLCHAIN pitfall 4) returns the text "Error, property was not loaded" instead. Reading every
 * loaded property through here makes a forgotten load() fail loudly under the mock as in Excel,
 * instead of passing that text on as if it were the cell's value.
 */
const NOT_LOADED = ["Error, property was not loaded", "Error, context.sync() was not called"];

export function loaded<T>(value: T, property: string): T {
  if (typeof value === "string" && NOT_LOADED.includes(value))
    throw new Error(`Office.js property "${property}" was read before it was loaded and synced (${value})`);
  return value;
}
