/**
 * The Danish pane speaks Danish also when the calculation refuses an input: the core's messages
 * (a text in a key, a tree with a cycle) and the workbook's own (a sheet that does not exist) are
 * rendered from their codes, not shown in the English the cells carry.
 */
import type { Page } from "playwright-core";
import { pane, playgroundForSuite, setCell } from "../support/playground";

/** Words that give an English sentence away; none belongs in a Danish message. */
const ENGLISH = /\b(row|rows|column|columns|is not|not a|Type|Select|must|cannot|There is|sheet named|number)\b/;

/** The wizard's problem text once it names `subject` (the preview recalculates after each change). */
async function problemText(page: Page, testId: string, subject: string): Promise<string> {
  const problem = page.getByTestId(testId).filter({ hasText: subject });
  await problem.waitFor();
  return (await problem.textContent()) ?? "";
}

describe("messages in the Danish pane", () => {
  const playground = playgroundForSuite();

  test("a text in the key is told in Danish, naming the cell", async () => {
    const page = playground.page;
    await setCell(page, "Nøgle!B4", "n/a");
    try {
      await pane(page).getByRole("tab", { name: "Fordel", exact: true }).click();
      await pane(page).getByRole("radio", { name: "Fra en celle eller en række med år" }).check();
      await page.getByTestId("alloc-total-range").fill("Besparelser!A3:E3");
      await page.getByTestId("alloc-key-names").selectOption("Nøgletabel");
      const text = await problemText(page, "alloc-error", "Nøgle!B4");
      expect(text).not.toMatch(ENGLISH);
    } finally {
      await setCell(page, "Nøgle!B4", 0.135);
    }
  });

  test("a cycle in the cost-centre tree is told in Danish, naming its rows", async () => {
    const page = playground.page;
    await pane(page).getByRole("tab", { name: "Udmøntning", exact: true }).click();
    await page.getByTestId("impl-tree").fill("Udmøntning!A1:D54");
    await page.getByTestId("impl-amounts").fill("Udmøntning!F1:J4");
    // BUF (row 2) under its own cost centre 2101 (row 4, under the area 2100 of row 3).
    await setCell(page, "Udmøntning!C2", 2101);
    try {
      const text = await problemText(page, "impl-error", "Udmøntning!A4");
      expect(text).toMatch(/række/);
      expect(text).not.toMatch(ENGLISH);
    } finally {
      await setCell(page, "Udmøntning!C2", "");
    }
  });

  test("a sheet that does not exist is told in Danish", async () => {
    const page = playground.page;
    await page.getByTestId("impl-tree").fill("Findesikke!A1:D54");
    const text = await problemText(page, "impl-error", "Findesikke");
    expect(text).not.toMatch(ENGLISH);
  });
});
