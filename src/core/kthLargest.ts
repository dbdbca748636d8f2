/**
 * The count-th largest of the first `length` values (1 ≤ count ≤ length), by quickselect on a
 * median of three; they are rearranged. Numbers only, no comparator: the column rounding narrows its exact order to
 * the few rows whose estimates lie too close to this value to tell (columnRounding.ts).
 */
export function kthLargest(values: Float64Array, length: number, count: number): number {
  const target = count - 1;
  let low = 0;
  let high = length - 1;
  while (high > low) {
    const middle = (low + high) >>> 1;
    // Descending order: the median of three to the middle, the larger to low, the smaller to high.
    if ((values[middle] as number) > (values[low] as number)) swap(values, middle, low);
    if ((values[high] as number) > (values[middle] as number)) {
      swap(values, high, middle);
      if ((values[middle] as number) > (values[low] as number)) swap(values, middle, low);
    }
    const pivot = values[middle] as number;
    let i = low;
    let j = high;
    while (i <= j) {
      while ((values[i] as number) > pivot) i++;
      while ((values[j] as number) < pivot) j--;
      if (i <= j) {
        swap(values, i, j);
        i++;
        j--;
      }
    }
    // values[low..j] are at least the pivot, values[i..high] at most; between them, the pivot.
    if (target <= j) high = j;
    else if (target >= i) low = i;
    else return pivot;
  }
  return values[target] as number;
}

function swap(values: Float64Array, x: number, y: number): void {
  const t = values[x] as number;
  values[x] = values[y] as number;
  values[y] = t;
}
