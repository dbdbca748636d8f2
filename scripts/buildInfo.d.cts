export interface SupportContact {
  kind: "email" | "url";
  value: string;
}
export function manifestVersion(version: string): string;
export function withManifestVersion(xml: string, version: string): string;
export function supportFromEnv(env: Record<string, unknown> | undefined): SupportContact | undefined;
export function helpFor(html: string, version: string, support: SupportContact | undefined): string;
export function escapeHtml(text: string): string;
