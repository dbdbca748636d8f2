/**
 * The version this pane was built as: webpack defines __RAADERUM_VERSION__ from package.json, the
 * same number the manifest carries, so a user can tell IT which release they run. Outside a build
 * (tests, the playground served by jest) it reads "udvikling".
 */
declare const __RAADERUM_VERSION__: string | undefined;

export const APP_VERSION: string = typeof __RAADERUM_VERSION__ === "string" ? __RAADERUM_VERSION__ : "udvikling";
