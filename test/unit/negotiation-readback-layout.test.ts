/**
 * The reader follows the writer's layout: the unit line is one cell (B1 "Beløb i 1.000 kr."), and the
 * per-year and per-department parts put their years in the proposals' year columns (C, D, …). A
 * sheet written before (the unit alone in C1, the room and quotas from B) still reads the same.
 */
import { buildSheet } from "../../src/negotiation/sheet";
import { readNegotiationGrid } from "../../src/negotiation/readSheet";
import type { Negotiation } from "../../src/negotiation/model";
import type { SheetUnit } from "../../src/negotiation/words";

function negotiation(unit: SheetUnit, language: "da" | "en"): Negotiation {
  return {
    unit,
    language,
    years: ["2027", "2028"],
    scenarios: ["Forlig A"],
    proposals: [
      {
        department: "MSB",
        title: "Færre vikarer",
        amounts: [1, 2],
        choices: [{ status: "adopted", partial: [null, null] }],
      },
      {
        department: "MBU",
        title: "Ny takst",
        amounts: [3, 4],
        choices: [{ status: undefined, partial: [null, null] }],
      },
    ],
    room: [7, 8],
    quotas: new Map([["MSB", [1.5, 2.5]]]),
  };
}

describe("the reader follows the one-cell unit line and the aligned year columns", () => {
  test.each([
    ["kr", "da"],
    ["tkr", "da"],
    ["mkr", "en"],
    ["tkr", "en"],
  ] as const)("%s in %s: unit, room and quotas read back as written", (unit, language) => {
    const block = buildSheet(negotiation(unit, language), language, 2);
    const read = readNegotiationGrid(block.formulas, "Forhandling");
    expect(read.unit).toBe(unit);
    expect(read.room).toEqual([7, 8]);
    expect(read.quotas.get("MSB")).toEqual([1.5, 2.5]);
    // MBU was given no quota: read as not given, not as the adopted amounts beside it.
    expect(read.quotas.get("MBU")).toEqual([null, null]);
  });

  test("a sheet written before (unit in C1, room and quotas from B) reads the same", () => {
    const grid = [
      ["Forhandling", "Beløb i", "1.000 kr.", "", "", "", "", "", "", "", "", "", ""],
      ["", "", "", "", "Forlig A", "", "", "", "", "", "", "", ""],
      ["Afdeling", "Forslag", 2027, 2028, "Status", "Delvis 2027", "Delvis 2028", "Vedtaget 2027", "Vedtaget 2028"],
      ["MSB", "Færre vikarer", 1, 2, "Vedtaget", "", "", 1, 2],
      ["I alt", "", 1, 2, "", "", "", 1, 2],
      [],
      ["Pr. år", 2027, 2028],
      ["Råderum, der skal findes", 7, 8],
      ["Forlig A: vedtaget", 1, 2],
      ["Forlig A: mangler", 6, 6],
      [],
      ["Afdeling", "Kvote 2027", "Kvote 2028", "Forlig A: vedtaget 2027"],
      ["MSB", 1.5, 2.5, 1, 2, 0.5, 0.5],
    ];
    const read = readNegotiationGrid(grid, "Forhandling");
    expect(read.unit).toBe("tkr");
    expect(read.room).toEqual([7, 8]);
    expect(read.quotas.get("MSB")).toEqual([1.5, 2.5]);
  });
});
