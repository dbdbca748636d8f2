/**
 * `npm run validate:online [manifest.xml]`: Microsoft's own manifest validation
 * (`office-addin-manifest validate`), which sends the manifest to Microsoft's validation service,
 * validationgateway.omex.office.net. It needs the internet; where there is none (this project's build
 * machines) it says so plainly and exits with status 3, so "not checked" is never read as "valid".
 * The offline checks (`npm run validate`) do not need a network and run in the tests.
 * RAADERUM_VALIDATION_HOST names another host to probe (the tests use one that cannot resolve).
 */
import { spawnSync } from "node:child_process";
import { lookup } from "node:dns/promises";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { request } from "node:https";
import { resolve } from "node:path";

const HOST = process.env.RAADERUM_VALIDATION_HOST || "validationgateway.omex.office.net";
const NOT_CHECKED = 3;

/** Whether an https connection to the host can be made within 10 seconds; the reason if not. */
async function reachable(host) {
  try {
    await lookup(host);
  } catch (error) {
    return `its name does not resolve (${error.code ?? error.message})`;
  }
  return new Promise((done) => {
    const probe = request({ host, method: "HEAD", path: "/", timeout: 10_000 }, (response) => {
      response.resume();
      done(undefined);
    });
    probe.on("timeout", () => probe.destroy(new Error("no answer within 10 seconds")));
    probe.on("error", (error) => done(error.message));
    probe.end();
  });
}

const manifest = resolve(process.argv[2] ?? "dist/manifest.xml");
if (!existsSync(manifest)) {
  console.error(`${manifest} does not exist: build first (npm run build -- --env url=…) or name a manifest.`);
  process.exit(1);
}
const reason = await reachable(HOST);
if (reason !== undefined) {
  console.error(
    `Not validated online: Microsoft's manifest validation service (${HOST}) cannot be reached from here: ${reason}.\n` +
      "Run `npm run validate:online` on a machine with internet access before uploading the manifest; " +
      "the offline checks (`npm run validate`) still apply.",
  );
  process.exit(NOT_CHECKED);
}
const cli = createRequire(import.meta.url).resolve("office-addin-manifest/cli.js");
const result = spawnSync(process.execPath, [cli, "validate", manifest], { stdio: "inherit" });
process.exit(result.status ?? 1);
