/**
 * The playground's sample as a council member reads it: a year heading prints as 2024, never as an
 * amount ("2.024,0"), on every sheet of the sample municipality.
 */
import { createSampleMunicipality } from "../../src/sample/sampleMunicipality";
import { cellText } from "../../src/playground/cellText";
import { formatDecimals } from "../../src/sheet/tableShapeSums";

describe("the sample municipality's year headings", () => {
  const wb = createSampleMunicipality();

  test("Besparelser!B1:E1 print 2024 … 2027", () => {
    const printed = [1, 2, 3, 4].map((c) => cellText(wb.value("Besparelser", 0, c), wb.format("Besparelser", 0, c)));
    expect(printed).toEqual(["2024", "2025", "2026", "2027"]);
    // The amounts below keep their one decimal.
    expect(cellText(wb.value("Besparelser", 1, 1), wb.format("Besparelser", 1, 1))).toBe("5,0");
  });

  test("no sheet prints a whole year 2000–2099 with decimals or grouping", () => {
    const found: string[] = [];
    for (const sheet of wb.sheets) {
      const { rows, columns } = sheet.extent();
      for (let r = 0; r < rows; r++)
        for (let c = 0; c < columns; c++) {
          const value = wb.value(sheet.name, r, c);
          const format = wb.format(sheet.name, r, c);
          const looksLikeYear = typeof value === "number" && Number.isInteger(value) && value >= 2000 && value < 2100;
          if (looksLikeYear && (format.includes(",") || (formatDecimals(format) ?? 0) > 0))
            found.push(`${sheet.name} row ${r + 1} column ${c + 1}: ${cellText(value, format)}`);
        }
    }
    expect(found).toEqual([]);
  });
});
