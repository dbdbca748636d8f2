import type { Compiler } from "webpack";

export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: { name: string; description?: string; [field: string]: unknown }[];
  [field: string]: unknown;
}

export interface Metadata {
  functions: FunctionMetadata[];
  [field: string]: unknown;
}

export interface DanishEntry {
  name: string;
  description: string;
  parameters: Record<string, { name: string; description: string }>;
}

export function localizeMetadata(
  english: Metadata,
  table: Record<string, DanishEntry>,
): { metadata: Metadata; problems: string[] };

export class DanishMetadataPlugin {
  constructor(options: { source: string; output: string; table: string });
  apply(compiler: Compiler): void;
}
