/** rank[i]: the place of weight i when sorted by `larger` (descending weight), ties by position. */
export function rankOf(size: number, larger: (a: number, b: number) => number): Int32Array {
  const order: number[] = new Array<number>(size);
  for (let i = 0; i < size; i++) order[i] = i;
  order.sort((a, b) => larger(a, b) || a - b);
  const rank = new Int32Array(size);
  for (let place = 0; place < size; place++) rank[order[place] as number] = place;
  return rank;
}
