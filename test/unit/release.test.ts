/**
 * The release's pure parts (scripts/release.cjs, scripts/buildInfo.cjs): which files are published,
 * that they cover every file the manifest points at, the checksum, and what the build stamps into the
 * manifest and the help page. The whole `npm run release` is not run here: its build alone takes
 * minutes on the test machine.
 */
import fs from "node:fs";
import path from "node:path";
import { DEVELOPMENT_BASE, manifestFor } from "../../scripts/deployment.cjs";
import { helpFor, manifestVersion, supportFromEnv, withManifestVersion } from "../../scripts/buildInfo.cjs";
import {
  REQUIRED,
  checksumLine,
  envFromArgs,
  manifestFiles,
  publishList,
  sbomNamed,
  sha256,
} from "../../scripts/release.cjs";

const ROOT = path.resolve(__dirname, "../..");
const BASE = "https://addins.example.dk/raaderum";
const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };

describe("the files a release publishes", () => {
  const built = [
    ...REQUIRED,
    "js/taskpane.0123456789abcdef.js",
    "js/taskpane.0123456789abcdef.js.LICENSE.txt",
    "js/351.fedcba9876543210.js",
    "js/351.fedcba9876543210.js.map",
    "js/taskpane.0123456789abcdef.js.map",
    "playground.html",
    "js/playground.00112233aabbccdd.js",
    "assets/icon-32.png",
  ];

  test("leave out source maps and the playground, keep chunks and licence notices", () => {
    const list = publishList(built);
    expect(list).toContain("js/351.fedcba9876543210.js");
    expect(list).toContain("js/taskpane.0123456789abcdef.js.LICENSE.txt");
    expect(list).toContain("assets/icon-32.png");
    expect(list.filter((f) => f.endsWith(".map") || f.includes("playground"))).toEqual([]);
    expect(list.length).toBe(built.length - 4);
  });

  test("are refused when the build lacks one the add-in needs", () => {
    expect(() => publishList(built.filter((f) => f !== "functions.json"))).toThrow(/lacks functions\.json/);
  });

  test("cover every file the production manifest points at", () => {
    const files = manifestFiles(manifestFor(manifest, BASE), BASE);
    const assets = fs.readdirSync(path.join(ROOT, "assets")).map((f) => `assets/${f}`);
    expect(files).toEqual(
      expect.arrayContaining(["taskpane.html", "functions.js", "functions.html", "functions.json", "help.html"]),
    );
    for (const file of files) expect([...REQUIRED, ...assets]).toContain(file);
  });
});

test("the checksum is SHA-256 in sha256sum's format", () => {
  // FIPS 180-2's example: SHA-256("abc").
  const hash = sha256("abc");
  expect(hash).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  expect(checksumLine(hash, "raaderum-1.0.0.zip")).toBe(`${hash}  raaderum-1.0.0.zip\n`);
});

test("--env values are read as npm passes them on", () => {
  expect(envFromArgs(["--env", `url=${BASE}`, "--env=support=it@kommune.dk"])).toEqual({
    url: BASE,
    support: "it@kommune.dk",
  });
});

describe("what the build stamps", () => {
  test("the manifest's version is package.json's, in four parts", () => {
    expect(manifestVersion("1.4.2")).toBe("1.4.2.0");
    expect(() => manifestVersion("1.4.2-beta.1")).toThrow(/three numbers/);
    const stamped = withManifestVersion(manifestFor(manifest, BASE), version);
    expect(stamped).toContain(`<Version>${version}.0</Version>`);
    expect(withManifestVersion(manifest, "2.0.0")).toContain("<Version>2.0.0.0</Version>");
    expect(manifestFor(manifest, DEVELOPMENT_BASE)).toBe(manifest);
  });

  test("the support contact is an e-mail or an https page, nothing else", () => {
    expect(supportFromEnv({ support: " it-support@kommune.dk " })).toEqual({
      kind: "email",
      value: "it-support@kommune.dk",
    });
    expect(supportFromEnv({ support: "https://intra.kommune.dk/raaderum" })).toEqual({
      kind: "url",
      value: "https://intra.kommune.dk/raaderum",
    });
    expect(supportFromEnv({})).toBeUndefined();
    expect(() => supportFromEnv({ support: "javascript:alert(1)" })).toThrow(/https page/);
    expect(() => supportFromEnv({ support: "ring til Lis" })).toThrow(/neither an e-mail/);
  });

  test("help.html shows the version and the contact in both languages, escaped", () => {
    const help = fs.readFileSync(path.join(ROOT, "src/help/help.html"), "utf8");
    const support = supportFromEnv({ support: 'https://intra.kommune.dk/"><script>alert(1)</script>' });
    const page = helpFor(help, "1.4.2", support);
    expect(page).not.toMatch(/<script>alert/);
    expect(page.match(/Råderum version\s+1\.4\.2\./g)?.length).toBe(2);
    expect(page).toContain("Support og sikkerhedshenvendelser: <a href=");
    expect(page).toContain("Support and security reports: <a href=");
    expect(page).not.toContain("<!--support");
    const plain = helpFor(help, "1.4.2", undefined);
    expect(plain).not.toContain("Support and security reports");
    expect(plain).not.toContain("<!--version-->");
  });
});

test("the SBOM names the product, not the checkout's folder", () => {
  const npmOutput = JSON.stringify({ bomFormat: "CycloneDX", metadata: { component: { name: "wt-release" } } });
  const named = JSON.parse(sbomNamed(npmOutput, "raaderum")) as { metadata: { component: { name: string } } };
  expect(named.metadata.component.name).toBe("raaderum");
});
