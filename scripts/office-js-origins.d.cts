export function hostsNamedIn(text: string): Map<string, string[]>;
export function scanPackage(packageDir: string): { version: string; hosts: Record<string, string[]> };
export function undecidedHosts(
  scan: { hosts: Record<string, string[]> },
  sources: { hosts: Record<string, unknown> },
): string[];
