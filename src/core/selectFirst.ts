/**
 * Rearranges `rows` so that its first `count` entries are the first `count` in the order `compare`
 * (a strict total order), in no particular order among themselves: a selection in linear time where
 * a caller needs only which rows come first, not their order. Quickselect on a median of three; when
 * the partitions keep coming out lopsided, the rest is sorted instead.
 */
export function selectFirst(rows: number[], count: number, compare: (a: number, b: number) => number): void {
  let low = 0;
  let high = rows.length - 1;
  let rounds = 0;
  const limit = 2 * Math.ceil(Math.log(rows.length + 1) / Math.LN2) + 8;
  while (high > low) {
    if (++rounds > limit) {
      const part = rows.slice(low, high + 1).sort(compare);
      for (let i = 0; i < part.length; i++) rows[low + i] = part[i] as number;
      return;
    }
    const middle = (low + high) >>> 1;
    sortThree(rows, low, middle, high, compare);
    const pivot = rows[middle] as number;
    let i = low;
    let j = high;
    while (i <= j) {
      while (compare(rows[i] as number, pivot) < 0) i++;
      while (compare(rows[j] as number, pivot) > 0) j--;
      if (i <= j) {
        swap(rows, i, j);
        i++;
        j--;
      }
    }
    // rows[low..j] come before the pivot or are it, rows[i..high] after it or are it.
    if (count - 1 <= j) high = j;
    else if (count - 1 >= i) low = i;
    else return;
  }
}

function swap(rows: number[], x: number, y: number): void {
  const t = rows[x] as number;
  rows[x] = rows[y] as number;
  rows[y] = t;
}

function sortThree(rows: number[], a: number, b: number, c: number, compare: (x: number, y: number) => number): void {
  if (compare(rows[b] as number, rows[a] as number) < 0) swap(rows, a, b);
  if (compare(rows[c] as number, rows[b] as number) < 0) {
    swap(rows, b, c);
    if (compare(rows[b] as number, rows[a] as number) < 0) swap(rows, a, b);
  }
}
