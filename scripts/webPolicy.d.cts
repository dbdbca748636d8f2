export const CONTENT_TYPES: Record<string, string>;
export const CORS_FILES: RegExp;
export const HASHED_FOLDER: string;
export const PAGE_POLICIES: Record<string, string>;
export function headersFor(pathname: string, mode?: "production" | "development"): Record<string, string>;
export function officeSources(): Record<string, string[]>;
export function pagePolicy(fileName: string): string;
