/** How many rows and columns a table has (the first row's length counts). */
export interface Shape {
  rows: number;
  columns: number;
}

export function shapeOf(grid: readonly (readonly unknown[])[]): Shape {
  return { rows: grid.length, columns: grid[0]?.length ?? 0 };
}
