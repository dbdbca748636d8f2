// `npm run workbooks -- <command>`: runs src/cli/workbooks.ts through tsx, so no build step is needed.
// tsx's loader, registered in this process, lets the TypeScript sources be imported as they are.
await import("tsx");
const cli = await import(new URL("../src/cli/workbooks.ts", import.meta.url).href);
// The sources are CommonJS to tsx (no "type": "module"), so their exports arrive on default.
const { main } = cli.default ?? cli;
process.exitCode = await main(process.argv.slice(2));
