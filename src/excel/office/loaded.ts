/**
 * Office.js throws when a property is read before it was loaded and synced, but office-addin-mock
 * (TOOLCHAIN pitfall 4) returns the text "Error, property was not loaded" instead. Reading every
 * loaded property through here makes a forgotten load() fail loudly under the mock as in Excel,
 * instead of passing that text on as if it were the cell's value.
 */
import { UserError } from "../../text/userError";

const NOT_LOADED = ["Error, property was not loaded", "Error, context.sync() was not called"];

export function loaded<T>(value: T, property: string): T {
  if (typeof value === "string" && NOT_LOADED.includes(value))
    throw new UserError({
      da: `Råderum læste Excel-egenskaben "${property}", før Excel havde hentet den (${value}). Det er en fejl i Råderum: prøv igen, og meld fejlen, hvis den kommer igen.`,
      en: `Office.js property "${property}" was read before it was loaded and synced (${value}). This is a fault in Råderum: try again, and report it if it happens again.`,
    });
  return value;
}
