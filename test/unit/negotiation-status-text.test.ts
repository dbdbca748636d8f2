/**
 * A status the user typed as text behind Excel's quote prefix ("'=HYPERLINK(…)") stays text when
 * Forhandling runs again: a read shows such a text as its value, exactly as a formula's text, and
 * user text never reaches a sheet as a live formula. A status formula stays a formula.
 */
import { createMemoryWorkbookApi } from "../../src/excel/memory/memoryApi";
import { MemoryWorkbook } from "../../src/excel/memory/memoryWorkbook";
import { readNegotiationGrid } from "../../src/negotiation/readSheet";
import { sheetLayout } from "../../src/negotiation/sheet";
import { SafeWriter } from "../../src/taskpane/logic/safeWriter";
import { readSheetGrid } from "../../src/taskpane/logic/sheetGrid";
import {
  defaultNegotiationInput,
  type NegotiationInput,
} from "../../src/taskpane/wizards/negotiation/negotiationModel";
import { negotiationPreviewIn } from "../../src/taskpane/wizards/negotiation/negotiationPlan";
import { readNegotiationSources } from "../../src/taskpane/wizards/negotiation/negotiationSources";
import { buildNegotiationWrite } from "../../src/taskpane/wizards/negotiation/negotiationWrite";

const LINK = '=HYPERLINK("http://angriber.example/","Klik")';

async function run(wb: MemoryWorkbook, changes: Partial<NegotiationInput> = {}): Promise<void> {
  const api = createMemoryWorkbookApi(wb);
  const input: NegotiationInput = {
    ...defaultNegotiationInput(),
    catalogueAddress: "Katalog!A1:C3",
    scenarios: 1,
    ...changes,
  };
  const sources = await readNegotiationSources(api, input);
  const plan = buildNegotiationWrite(sources, negotiationPreviewIn("da")(sources, input), input, "da", "Katalog");
  await expect(new SafeWriter(api, () => Promise.resolve(true)).write(plan)).resolves.toMatchObject({
    status: "written",
  });
}

test("a quote-prefixed status text stays text on a re-run, a status formula stays a formula", async () => {
  const wb = new MemoryWorkbook();
  wb.addSheet("Katalog");
  [
    ["Afdeling", "Titel", 2027],
    ["MSB", "Færre licenser", 3],
    ["MSB", "Ny takst", 4],
  ].forEach((row, r) => row.forEach((v, c) => wb.setInput("Katalog", r, c, v)));
  await run(wb);
  const grid = await readSheetGrid(createMemoryWorkbookApi(wb), "Forhandling", 2);
  const L = sheetLayout(readNegotiationGrid(grid.values, "Forhandling", grid.formulas));
  const status = L.statusColumn(0);
  wb.setInput("Forhandling", L.firstProposal, status, `'${LINK}`);
  wb.setInput("Forhandling", L.firstProposal + 1, status, '=IF(1>2,"Forkastet","Vedtaget")');

  await run(wb, { newSheet: false, target: "Forhandling!A1", room: "", quotasAddress: "" });
  expect(wb.input("Forhandling", L.firstProposal, status)).toBe(`'${LINK}`);
  expect(wb.value("Forhandling", L.firstProposal, status)).toBe(LINK);
  expect(wb.input("Forhandling", L.firstProposal + 1, status)).toBe('=IF(1>2,"Forkastet","Vedtaget")');
  expect(wb.value("Forhandling", L.firstProposal + 1, status)).toBe("Vedtaget");
});
