export const DEVELOPMENT_BASE: string;
export function parseBaseUrl(text: unknown): string;
export function baseUrlFromEnv(env: Record<string, unknown> | undefined): string;
export function manifestFor(xml: string, base: string): string;
