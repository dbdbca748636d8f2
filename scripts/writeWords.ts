/** `npm run words`: writes docs/ordliste.da.md, and with --survey prints how many texts each folder holds per style. */
import { writeFileSync } from "node:fs";
import { collectWords, REVIEW_FILE, reviewFile, styleCounts, type Style } from "./words";

const words = collectWords();
writeFileSync(REVIEW_FILE, reviewFile(words));
console.log(`${words.length} texts written to docs/ordliste.da.md`);
if (process.argv.includes("--survey")) {
  const styles: Style[] = ["table", "catalogue", "twin", "inline error", "inline", "registry", "danish only"];
  console.log(["folder", ...styles].join("\t"));
  for (const [folder, row] of styleCounts(words))
    console.log([folder, ...styles.map((s) => row.get(s) ?? 0)].join("\t"));
}
