export type Language = "da" | "en";
