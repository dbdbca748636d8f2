import { openPlayground, readCells, screenshot, type BrowserSession } from "../support/playground";

describe("the e2e harness", () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openPlayground();
  });
  afterAll(async () => {
    await session?.close();
  });

  it("opens the playground with the sample municipality and reads calculated cells", async () => {
    const cells = await readCells(session.page, "Nøgle!A2:B8");
    expect(cells.values[0]).toEqual(["MSB", 0.284]);
    expect(cells.inputs[6]?.[1]).toBe("=SUM(B2:B7)");
    expect(cells.values[6]?.[1]).toBeCloseTo(1, 12);
    await screenshot(session.page, "playground");
    expect(session.errors).toEqual([]);
  });
});
