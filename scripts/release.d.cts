export const REQUIRED: string[];
export function publishList(files: string[]): string[];
export function manifestFiles(manifest: string, base: string): string[];
export function sha256(content: Buffer | string): string;
export function checksumLine(hash: string, name: string): string;
export function envFromArgs(args: string[]): Record<string, string>;
export function sbomNamed(json: string, name: string): string;
