/**
 * A written block's columns fitted to what they print (src/sheet/columnFit.ts): widths in Excel's
 * characters from the longest text or figure, and headings over figures right-aligned.
 */
import { blockColumnCharacters, blockColumnWidths, headingAlignment } from "../../src/sheet/columnFit";

describe("blockColumnCharacters", () => {
  test("each column as its longest printed content plus 2, at least 10 and at most 45", () => {
    const formulas = [
      ["Afdeling (mio. kr.)", 2024, "Realiseringsgrad"],
      ["MSB", 1234.5, 0.9],
      ["I alt", "=SUM(B2:B2)", ""],
    ];
    const formats = [
      ["General", "General", "General"],
      ["General", "#,##0.0", "0.0 %"],
      ["General", "#,##0.0", "General"],
    ];
    // "Afdeling (mio. kr.)" is 19 characters; the figures summed, 1.234,5 + 0,9 = 1.235,4, print
    // "-1.235,4" (8) at most for the =SUM, and 2024 (4) is narrower; "Realiseringsgrad" is 16, "90,0 %" 6.
    expect(blockColumnCharacters(formulas, formats, [1234.5, 0.9])).toEqual([21, 10, 18]);
    // A total of millions widens the formula's column: -12.345.678,9 is 13 characters.
    expect(blockColumnCharacters(formulas, formats, [12345678.9])[1]).toBe(15);
  });

  test("a text on a line of its own runs on and sets no width; a bold text counts a tenth wider; 45 at most", () => {
    const sentence = "Resten er nr. 2 af 6: den fik en af de 3 enheder, som blev tilbage efter afrundingen.";
    const formulas = [
      [sentence, ""],
      ["Rundet ned", "x".repeat(60)],
    ];
    expect(blockColumnCharacters(formulas, undefined, [])).toEqual([12, 45]);
    // Bold "Rundet ned": 10 × 1,1 = 11, plus 2.
    const bold = [
      [false, false],
      [true, false],
    ];
    expect(blockColumnCharacters(formulas, undefined, [], bold)[0]).toBe(13);
  });

  test("in points as Excel turns a stored width into pixels: 10 characters are 70 px, 52,5 points", () => {
    expect(blockColumnWidths([["a"]], undefined, [])).toEqual([52.5]);
  });
});

describe("headingAlignment", () => {
  test("a heading right over a column with a number format below it; a text column's heading and every other cell as Excel has them", () => {
    const formats = [
      ["General", "General", "General", "General"],
      ["General", "General", "#,##0.0", "0.0 %"],
      ["General", "General", "#,##0.0", "General"],
    ];
    expect(headingAlignment(formats)).toEqual([
      ["General", "General", "Right", "Right"],
      ["General", "General", "General", "General"],
      ["General", "General", "General", "General"],
    ]);
    // A heading row further down (Forklar's table under its sentences).
    expect(headingAlignment(formats.slice(0, 2), 1)[1]).toEqual(["General", "General", "General", "General"]);
  });
});
