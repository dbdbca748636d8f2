/**
 * Forhandling's Decimaler only sets how amounts print: the sheet keeps them as typed, with more
 * places where an amount has more. The hint under the field says so, from the preview's places,
 * instead of "Afrundes til hele mio. kr." beside figures printed with two decimals.
 */
import { createMemoryWorkbookApi } from "../../src/excel/memory/memoryApi";
import { createSampleMunicipality } from "../../src/sample/sampleMunicipality";
import { defaultNegotiationInput } from "../../src/taskpane/wizards/negotiation/negotiationModel";
import { negotiationPreviewIn } from "../../src/taskpane/wizards/negotiation/negotiationPlan";
import { readNegotiationSources } from "../../src/taskpane/wizards/negotiation/negotiationSources";
import { decimalsHint } from "../../src/taskpane/wizards/negotiation/negotiationText";

async function places(decimals: number): Promise<number> {
  const input = { ...defaultNegotiationInput(), catalogueAddress: "Forslag!A1:F8", decimals };
  const sources = await readNegotiationSources(createMemoryWorkbookApi(createSampleMunicipality()), input);
  return negotiationPreviewIn("da")(sources, input).places;
}

describe("the negotiation's decimals hint", () => {
  test("the sample catalogue's 1,25 keeps two places at 0 or 1 decimals chosen, and the hint says why", async () => {
    expect(await places(0)).toBe(2);
    expect(decimalsHint(0, await places(0))).toEqual({
      da: "Vises med 2 decimaler: kataloget har beløb med 2, og de afrundes ikke.",
      en: "Shown with 2 decimals: the catalogue has amounts with 2, and they are not rounded.",
    });
  });

  test("as many decimals as the amounts have, or more: shown so, nothing rounded", async () => {
    expect(await places(3)).toBe(3);
    expect(decimalsHint(3, 3)).toEqual({
      da: "Beløbene vises med 3 decimaler; intet afrundes.",
      en: "Amounts are shown with 3 decimals; nothing is rounded.",
    });
    expect(decimalsHint(1, 1).da).toBe("Beløbene vises med 1 decimal; intet afrundes.");
    // Before the preview of a larger choice comes, its places are the earlier choice's: never fewer.
    expect(decimalsHint(3, 2).da).toBe("Beløbene vises med 3 decimaler; intet afrundes.");
  });
});
