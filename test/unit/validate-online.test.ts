/**
 * `npm run validate:online` where Microsoft's validation service cannot be reached: it must say so
 * and exit with its own status (3), never pass silently. A host under .invalid never resolves (RFC 6761).
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

test("without the service, validate:online says plainly that nothing was validated", () => {
  const result = spawnSync(process.execPath, ["scripts/validate-online.mjs", "manifest.xml"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, RAADERUM_VALIDATION_HOST: "validation.example.invalid" },
  });
  expect(result.status).toBe(3);
  expect(result.stderr).toContain("Not validated online");
  expect(result.stderr).toContain("validation.example.invalid");
  expect(result.stderr).toContain("npm run validate");
});

test("a manifest that does not exist is named, with what to do", () => {
  const result = spawnSync(process.execPath, ["scripts/validate-online.mjs", "nowhere/manifest.xml"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/nowhere\/manifest\.xml does not exist: build first/);
});
