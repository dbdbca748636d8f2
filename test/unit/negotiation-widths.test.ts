/**
 * The negotiation sheet's column widths (the sample round of the playground: 7 proposals, 4 years,
 * 2 settlements). The 2027 column was drawn as wide as the per-department heading "Forlig A: vedtaget
 * 2024" beneath it; now each column is as wide as the proposal table and per-year part need.
 */
import { sampleNegotiation } from "../../src/sample/sampleNegotiation";
import { buildSheet, FIRST_YEAR_COLUMN } from "../../src/negotiation/sheet";
import { negotiationWorkbook } from "../../src/negotiation/negotiationXlsx";

describe("negotiation sheet: column widths", () => {
  const block = buildSheet(sampleNegotiation(), "da", 2);
  const widths = block.columnCharacters;

  test("the four year columns are alike, at the 10 characters' floor (figures such as 2,45 and 'Vedtaget' fit)", () => {
    const years = [0, 1, 2, 3].map((y) => widths[FIRST_YEAR_COLUMN + y]);
    expect(years).toEqual([10, 10, 10, 10]);
    // The per-department part's heading in the 2027 column (F) is its quota's, "Kvote 2027": 10
    // characters that would make the column 12, were the part's headings counted; they wrap instead.
    const header = block.layout.firstDepartment - 1;
    expect(block.formulas[header]?.[FIRST_YEAR_COLUMN + 3]).toBe("Kvote 2027");
  });

  test("the titles' column fits the longest title, column A the longest label, both with 2 characters' room", () => {
    // "Samkørsel af kørsel" is the longest of the sample's titles (19 characters).
    expect(widths[1]).toBe(19 + 2);
    // Column A's longest label is the room's: "Råderum, der skal findes" (24 characters).
    expect(widths[0]).toBe(24 + 2);
    // Each status column holds "Status", the status words and a scenario's name, the longest
    // "Forkastet" (9 characters); each Delvis/Vedtaget column its heading, "Vedtaget 2024" (13).
    const status = block.layout.statusColumn(0);
    expect(widths[status]).toBe(9 + 2);
    expect(widths[status + 5]).toBe(13 + 2);
  });

  test("the .xlsx gets the same widths, in characters", () => {
    const sheet = negotiationWorkbook(sampleNegotiation(), "da", 2).worksheets[0];
    expect(widths.map((_, c) => sheet?.getColumn(c + 1).width)).toEqual(widths);
  });
});
