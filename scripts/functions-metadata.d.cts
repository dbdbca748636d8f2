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

export interface Texts {
  name: string;
  description: string;
}

export interface RegistryParameter {
  name: string;
  description: string;
  optional?: boolean;
  dimensionality?: string;
  danish: Texts;
}

export interface RegistryEntry {
  description: string;
  result: string;
  danish: Texts;
  parameters: RegistryParameter[];
}

export function registryProblems(registry: Record<string, RegistryEntry>): string[];

export function helpUrl(helpPage: string, language: "en" | "da", id: string): string;

export function englishMetadata(registry: Record<string, RegistryEntry>, helpPage?: string): Metadata;

export function danishTable(registry: Record<string, RegistryEntry>): Record<string, DanishEntry>;

export function functionsMetadata(
  registry: Record<string, RegistryEntry>,
  helpPage?: string,
): {
  english?: Metadata;
  danish?: Metadata;
  problems: string[];
};

export function localizeMetadata(
  english: Metadata,
  table: Record<string, DanishEntry>,
): { metadata: Metadata; problems: string[] };

export class FunctionsMetadataPlugin {
  constructor(options: { registry: string; english: string; danish: string; helpPage?: string });
  apply(compiler: Compiler): void;
}
