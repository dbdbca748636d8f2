/**
 * How the written udmøntning table looks to the council: the heading, the departments, the groups
 * with rows below them and the totals bold; each row's name indented by its depth in the tree; ids
 * left-aligned (they are text, "BUF" beside "2100"); columns wide enough for the longest name and
 * the widest figure, so no amount shows as ####.
 */
import { MAX_INDENT, pointsFromCharacterWidth } from "../../../sheet/blockLayout";
import type { HorizontalAlignment, WriteBlock } from "../../../sheet/types";
import { formatNumber } from "../../../text/number";
import type { ImplementationPreview } from "./implementationPlan";

export type ImplementationLayout = Required<
  Pick<WriteBlock, "bold" | "indentLevel" | "horizontalAlignment" | "columnWidths">
>;

/** Characters of room beside the widest text or figure: Excel's own padding and a little air. */
const ROOM = 2;
/** A name column never narrower than this, nor wider (a longer name wraps past it on screen). */
const NAME_WIDTH = { least: 20, most: 60 };
/** An amount column at least Excel's standard 8,43 characters plus room. */
const AMOUNT_WIDTH = 10;
/** The ids' column at least Excel's standard width: short ids ("BUF", "2100") bold need it. */
const ID_WIDTH = 8;
/** Excel draws an indent level about as wide as two characters of the standard font. */
const INDENT_CHARACTERS = 2;

/**
 * The layout of a block of `rows` × `columns` laid out as implementationWrite does: a header row,
 * one row per row of the tree (row.row + 1), a totals row last; id, name, then a column per year.
 */
export function implementationLayout(
  preview: ImplementationPreview,
  headings: { id: string; name: string },
  ids: readonly string[],
  decimals: number,
  rows: number,
  columns: number,
): ImplementationLayout {
  const grid = <T>(value: T): T[][] => Array.from({ length: rows }, () => new Array<T>(columns).fill(value));
  const bold = grid(false);
  const indentLevel = grid(0);
  const horizontalAlignment = grid<HorizontalAlignment>("General");
  for (const row of horizontalAlignment) {
    row[0] = "Left";
    row[1] = "Left";
  }
  bold[0]?.fill(true);
  bold[rows - 1]?.fill(true);

  let idWidth = headings.id.length;
  let nameWidth = headings.name.length;
  let figureWidth = 0;
  for (const r of preview.rows) {
    const level = Math.min(r.depth, MAX_INDENT);
    // A department, or a group with rows below it (childrenAddUp is undefined only for a leaf).
    if (r.depth === 0 || r.childrenAddUp !== undefined) bold[r.row + 1]?.fill(true);
    (indentLevel[r.row + 1] as number[])[1] = level;
    idWidth = Math.max(idWidth, (ids[r.row] ?? "").length);
    nameWidth = Math.max(nameWidth, r.name.length + level * INDENT_CHARACTERS);
    for (const amount of r.amounts) figureWidth = Math.max(figureWidth, formatNumber(amount, decimals, "da").length);
  }
  for (const total of preview.departmentTotals)
    figureWidth = Math.max(figureWidth, formatNumber(total, decimals, "da").length);

  const name = Math.min(NAME_WIDTH.most, Math.max(NAME_WIDTH.least, nameWidth + ROOM));
  const amount = Math.max(AMOUNT_WIDTH, figureWidth + ROOM);
  const characters = [Math.max(ID_WIDTH, idWidth + ROOM), name, ...new Array<number>(columns - 2).fill(amount)];
  return { bold, indentLevel, horizontalAlignment, columnWidths: characters.map(pointsFromCharacterWidth) };
}
