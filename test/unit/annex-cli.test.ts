/**
 * The annex CLI's reader and messages (issue 18, items 8 and 9): the negotiation sheet's cells read
 * straight from the XML in one pass (values as the sheet shows them, no entity expanded), and an
 * amount too large to print is a plain message naming the proposal, not a stack trace.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sheetGrid, sheetsOf } from "../../src/annex/sheetCells";
import { main } from "../../src/cli/workbooks";
import { negotiationWorkbook } from "../../src/negotiation/negotiationXlsx";
import { sampleNegotiation } from "../../src/sample/sampleNegotiation";
import { RefusedFile } from "../../src/workbooks/file/safeOpen";
import { workbookBytes } from "../../src/workbooks/file/excelBytes";

async function cli(args: string[], setup: (dir: string) => Promise<void>) {
  const dir = mkdtempSync(join(tmpdir(), "raaderum-annex-cli-"));
  try {
    await setup(dir);
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(args, { cwd: dir, out: (s) => out.push(s), err: (s) => err.push(s) });
    return { code, out, err };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("the annex CLI's sheet reader", () => {
  test("values as the sheet shows them: shared, rich and inline text, numbers, booleans, cached results, errors", () => {
    const shared = sheetsOf(
      new Map([
        [
          "xl/sharedStrings.xml",
          new TextEncoder().encode(
            '<sst><si><t>Forhandling</t></si><si><r><t>Vedtaget</t></r><r><t xml:space="preserve"> </t></r><rPh><t>x</t></rPh></si><si><t>A &amp; B &#x41;&#66;</t></si></sst>',
          ),
        ],
        [
          "xl/workbook.xml",
          new TextEncoder().encode('<workbook><sheets><sheet name="F" r:id="rId1"/></sheets></workbook>'),
        ],
        [
          "xl/_rels/workbook.xml.rels",
          new TextEncoder().encode(
            '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
          ),
        ],
        [
          "xl/worksheets/sheet1.xml",
          new TextEncoder().encode(
            '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c t="s"><v>1</v></c><c r="D1" t="inlineStr"><is><t>&lt;T&gt;</t></is></c></row>' +
              '<row r="3"><c r="B3"><v>1.25</v></c><c r="C3" t="b"><v>1</v></c><c r="D3"><f>B3*2</f><v>2.5</v></c><c r="E3"><f>B3</f></c><c r="F3" t="e"><v>#N/A</v></c><c r="G3" t="s"><v>2</v></c></row></sheetData></worksheet>',
          ),
        ],
      ]),
    );
    expect(shared.map((s) => s.name)).toEqual(["F"]);
    expect(shared[0]?.grid()).toEqual([
      ["Forhandling", "Vedtaget ", "", "<T>"],
      [],
      ["", 1.25, true, 2.5, "", "#N/A", "A & B AB"],
    ]);
  });

  test("a part with a DOCTYPE is refused, never expanded", () => {
    const parts = new Map([
      [
        "xl/workbook.xml",
        new TextEncoder().encode('<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><workbook/>'),
      ],
    ]);
    expect(() => sheetsOf(parts)).toThrow(RefusedFile);
  });

  test("one pass: rows without r follow the row before", () => {
    expect(
      sheetGrid("<sheetData><row><c><v>1</v></c></row><row><c><v>2</v></c><c><v>3</v></c></row></sheetData>", []),
    ).toEqual([[1], [2, 3]]);
  });
});

describe("the annex CLI's messages", () => {
  test("1e15 on the sheet: exit 1 and a plain Danish message naming the proposal, no stack trace", async () => {
    const n = sampleNegotiation();
    (n.proposals[0] as { amounts: number[] }).amounts = [1e15, 1, 1, 1];
    const run = await cli(["annex", "f.xlsx", "--scenario", "Forlig A", "--out", "b.xlsx"], async (dir) =>
      writeFileSync(join(dir, "f.xlsx"), await workbookBytes(negotiationWorkbook(n, "da", 2))),
    );
    expect(run.code).toBe(1);
    expect(run.err).toEqual([
      "Bilaget kan ikke afrundes: MSB: Færre vikarer, 2024 er 1.000.000.000.000.000 mio. kr., og med 1 decimal(er) kræver beløbene og deres totaler mere end de 15 cifre, Excel regner med. Ret beløbet på forhandlingsarket (det er nok tastet forkert), eller vælg færre decimaler.",
    ]);
  });

  test("unknown statuses are said before the annex is written", async () => {
    const n = sampleNegotiation();
    const choice = n.proposals[6]?.choices[0];
    Object.assign(choice ?? {}, { status: undefined, statusInput: "Vedtagt" });
    const run = await cli(
      ["annex", "f.xlsx", "--scenario", "Forlig A", "--out", "b.xlsx", "--language", "en"],
      async (dir) => writeFileSync(join(dir, "f.xlsx"), await workbookBytes(negotiationWorkbook(n, "da", 2))),
    );
    expect(run.code).toBe(0);
    expect(run.err).toEqual([
      '1 status(es) count neither on the sheet nor in the annex, as they are not Vedtaget, Forkastet, Delvis (case and spaces before and after do not matter): Forlig A, BA: Færre licenser "Vedtagt". Mend them on the negotiation sheet.',
    ]);
  });
});
