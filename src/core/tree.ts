/**
 * A tree given as rows (node id, parent id), as a chart of accounts lists its cost centres: checked
 * (duplicate ids, unknown parents, cycles) and laid out for a top-down pass in linear time.
 */
import { InputError, type Id, type Place } from "./errors";
import { blankNode, parentCycle, repeatedId, unknownParent } from "./messages";

/** An id as a cell holds it: text or a number. */
export type NodeId = Id;

export interface Tree {
  /** Rows, blank rows included (they belong to no tree and are skipped). */
  readonly size: number;
  /** Row indexes of the nodes, every parent before its children (breadth first from the top level). */
  readonly order: Int32Array;
  /** Children of row i: children[childStart[i] .. childStart[i + 1]), in row order. Index size is the top level. */
  readonly childStart: Int32Array;
  readonly children: Int32Array;
  /** Parent row of row i; -1 for a top-level node or a blank row. */
  readonly parent: Int32Array;
  /** Whether row i is blank (no id, no parent): it gets 0 and takes part in nothing. */
  readonly blank: Uint8Array;
}

/**
 * The key an id is matched by. Text is trimmed and compared as Excel's MATCH compares it, without
 * regard to case; a number is matched by the shortest decimal it prints as, so the number 4711 and
 * the text "4711" (an id pasted as text from a finance system) are the same id, while "04711" is
 * another. Whole numbers are therefore safe either way; an id such as 1,5 matches only the number.
 */
export function idKey(id: NodeId): string {
  return (typeof id === "number" ? String(id) : id.trim()).toUpperCase();
}

/** Row `row` of nodes as a place in a message, with its id: `row 3 ("Skoler")`, or `row 3` when blank. */
export function rowName(nodes: readonly (NodeId | null)[], row: number): Place {
  return [row + 1, 0, nodes[row]];
}

/**
 * Reads the rows into a tree. `nodes[i]` null is a blank id; a row with a blank id must have a
 * blank parent as well (`hasOtherInput` tells whether it holds anything else, e.g. a weight).
 */
export function buildTree(
  nodes: readonly (NodeId | null)[],
  parents: readonly (NodeId | null)[],
  hasOtherInput: (row: number) => boolean = () => false,
): Tree {
  const size = nodes.length;
  const blank = new Uint8Array(size);
  const rowOf = new Map<string, number>();
  for (let i = 0; i < size; i++) {
    const id = nodes[i] ?? null;
    if (id === null) {
      if ((parents[i] ?? null) !== null || hasOtherInput(i)) {
        throw new InputError("nodes", blankNode, [], [i + 1]);
      }
      blank[i] = 1;
      continue;
    }
    const key = idKey(id);
    const first = rowOf.get(key);
    if (first !== undefined) {
      throw new InputError("nodes", repeatedId, [rowName(nodes, first)], rowName(nodes, i));
    }
    rowOf.set(key, i);
  }

  const parent = new Int32Array(size).fill(-1);
  // Children per parent (index size: the top level), counted, then placed in row order.
  const childStart = new Int32Array(size + 2);
  for (let i = 0; i < size; i++) {
    if (blank[i]) continue;
    const named = parents[i] ?? null;
    if (named !== null) {
      const row = rowOf.get(idKey(named));
      if (row === undefined) {
        throw new InputError("parents", unknownParent, [named], rowName(nodes, i));
      }
      parent[i] = row;
    }
    const slot = (parent[i] === -1 ? size : (parent[i] as number)) + 1;
    childStart[slot] = (childStart[slot] as number) + 1;
  }
  for (let p = 0; p <= size; p++) childStart[p + 1] = (childStart[p + 1] as number) + (childStart[p] as number);
  const filled = childStart.slice(0, size + 1);
  const children = new Int32Array(childStart[size + 1] as number);
  for (let i = 0; i < size; i++) {
    if (blank[i]) continue;
    const p = parent[i] === -1 ? size : (parent[i] as number);
    const at = filled[p] as number;
    children[at] = i;
    filled[p] = at + 1;
  }

  // Breadth first from the top level: every node reached has a chain of parents up to the top.
  const order = new Int32Array(children.length);
  let count = 0;
  for (let c = childStart[size] as number; c < (childStart[size + 1] as number); c++)
    order[count++] = children[c] as number;
  for (let head = 0; head < count; head++) {
    const p = order[head] as number;
    for (let c = childStart[p] as number; c < (childStart[p + 1] as number); c++)
      order[count++] = children[c] as number;
  }
  if (count < children.length) throwCycle(nodes, parent, blank, order, count);
  return { size, order, childStart, children, parent, blank };
}

/**
 * A node not reached from the top level has no chain of parents that ends there, so following its
 * parents must come back to a node already met: that loop is the cycle the message names.
 */
function throwCycle(
  nodes: readonly (NodeId | null)[],
  parent: Int32Array,
  blank: Uint8Array,
  order: Int32Array,
  reached: number,
): never {
  const seen = new Uint8Array(parent.length);
  for (let k = 0; k < reached; k++) seen[order[k] as number] = 1;
  let start = 0;
  while (blank[start] || seen[start]) start++;
  const onPath = new Uint8Array(parent.length);
  let node = start;
  while (!onPath[node]) {
    onPath[node] = 1;
    node = parent[node] as number;
  }
  const loop = [node];
  for (let next = parent[node] as number; next !== node; next = parent[next] as number) loop.push(next);
  const shown = loop.length > 6 ? [...loop.slice(0, 5), -1] : loop;
  throw new InputError("parents", parentCycle, [shown.map((row) => (row < 0 ? null : rowName(nodes, row)))]);
}
