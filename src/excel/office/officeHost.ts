/**
 * Which host the task pane runs in, from Office.js's onReady. Office.js comes from Microsoft's CDN;
 * where it did not load (a plain browser, a blocked network) there is no `Office` global, and the
 * page must say so instead of crashing (TOOLCHAIN pitfall 7).
 */
export type OfficeHost = "excel" | "other" | "none";

export function officeHost(): Promise<OfficeHost> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return Promise.resolve("none");
  return Office.onReady().then((info) => (String(info.host) === "Excel" ? "excel" : "other"));
}
