import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from "react";

/** The columns of a sideways-scrolling table that the user cannot see now, by index of their heading. */
export interface HiddenColumns {
  /** Scrolled past, under or left of the first column (which stays in view). */
  left: number[];
  /** Beyond the right edge of the pane. */
  right: number[];
}

const NONE: HiddenColumns = { left: [], right: [] };

function headingsOf(table: HTMLTableElement): HTMLTableCellElement[] {
  return Array.from(table.tHead?.rows[0]?.cells ?? []);
}

/**
 * Which headings are not wholly in view. The first column is the row labels, kept in view (sticky),
 * so a column counts as hidden on the left when it is behind it. A pixel of slack: browsers round
 * fractional widths differently, and a heading cut by less than that still reads.
 */
function measure(scroller: HTMLElement, table: HTMLTableElement): HiddenColumns {
  const headings = headingsOf(table);
  const box = scroller.getBoundingClientRect();
  const visibleRight = box.left + scroller.clientWidth;
  const stickyRight = headings[0]?.getBoundingClientRect().right ?? box.left;
  const hidden: HiddenColumns = { left: [], right: [] };
  headings.forEach((th, index) => {
    if (index === 0) return;
    const rect = th.getBoundingClientRect();
    if (rect.right > visibleRight + 1) hidden.right.push(index);
    else if (rect.left < stickyRight - 1) hidden.left.push(index);
  });
  return hidden;
}

/**
 * Follows which columns of a table are out of view as the user scrolls or the pane is resized, and
 * scrolls to bring the next ones in: a narrow pane's scrollbar can be off-screen under a long table
 * (or hidden altogether, where the system draws scrollbars only while scrolling), so the preview
 * names what is hidden and offers a way to it.
 */
export function useHiddenColumns(
  scroller: RefObject<HTMLDivElement | null>,
  table: RefObject<HTMLTableElement | null>,
): { hidden: HiddenColumns; reveal: (side: "left" | "right") => void; update: () => void } {
  const [hidden, setHidden] = useState<HiddenColumns>(NONE);
  const shown = useRef(JSON.stringify(NONE));

  const update = useCallback(() => {
    if (!scroller.current || !table.current) return;
    const now = measure(scroller.current, table.current);
    const key = JSON.stringify(now);
    if (key === shown.current) return;
    shown.current = key;
    setHidden(now);
  }, [scroller, table]);

  // After every render: the rows and headings may have changed with the inputs.
  useLayoutEffect(update);

  useEffect(() => {
    const box = scroller.current;
    const grid = table.current;
    if (!box || !grid || typeof ResizeObserver === "undefined") return;
    // Fonts arriving late and the pane being resized change the widths without a render.
    const observer = new ResizeObserver(update);
    observer.observe(box);
    observer.observe(grid);
    return () => observer.disconnect();
  }, [scroller, table, update]);

  const reveal = useCallback(
    (side: "left" | "right") => {
      const box = scroller.current;
      const grid = table.current;
      if (!box || !grid) return;
      const headings = headingsOf(grid);
      const stickyWidth = headings[0]?.offsetWidth ?? 0;
      const now = measure(box, grid);
      if (side === "right") {
        // The first hidden column goes next to the row labels: as many new columns as fit come in.
        const first = headings[now.right[0] ?? -1];
        if (first) box.scrollLeft = first.offsetLeft - stickyWidth;
      } else {
        // The last hidden column goes to the right edge, so the columns just left come back in order.
        const last = headings[now.left[now.left.length - 1] ?? -1];
        if (last) box.scrollLeft = Math.max(0, last.offsetLeft + last.offsetWidth - box.clientWidth);
      }
      update();
    },
    [scroller, table, update],
  );

  return { hidden, reveal, update };
}
