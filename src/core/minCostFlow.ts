/**
 * Min-cost flow for networks whose arcs start at their cheapest state: every arc with a negative
 * cost full, every other empty or part filled as its caller chooses for a zero cost. What that
 * leaves unbalanced at the nodes is then routed at least cost (primal-dual: one Dijkstra per
 * phase for the potentials, then a Dinic blocking flow over the arcs of zero reduced cost, so
 * that a phase moves every unit that has the same cheapest path cost at once).
 *
 * Integer capacities and costs, plain numbers (typed arrays), no recursion: a table of 2.000 rows
 * has paths that long in the worst case.
 */

export class MinCostFlow {
  private readonly nodes: number;
  private count = 0;
  private readonly from: Int32Array;
  private readonly to: Int32Array;
  private readonly residual: Int32Array;
  private readonly cost: Int32Array;
  private readonly supply: Float64Array;

  /** `arcs`: the most arcs the caller adds (the arrays are sized once for them). */
  constructor(nodes: number, arcs: number) {
    this.nodes = nodes;
    this.supply = new Float64Array(nodes);
    // Each arc is stored with its reverse; solve() adds one arc per unbalanced node.
    const room = 2 * (arcs + nodes);
    this.from = new Int32Array(room);
    this.to = new Int32Array(room);
    this.residual = new Int32Array(room);
    this.cost = new Int32Array(room);
  }

  /** An amount that must leave the node (negative: that must reach it). */
  addSupply(node: number, amount: number): void {
    this.supply[node] = (this.supply[node] as number) + amount;
  }

  /**
   * An arc u → v of capacity cap and cost per unit, carrying `flow` to begin with. The start must
   * be optimal on its own: flow = cap where cost < 0, flow = 0 where cost > 0. Returns its index.
   */
  addArc(u: number, v: number, cap: number, cost: number, flow: number): number {
    const e = this.count;
    this.from[e] = u;
    this.to[e] = v;
    this.residual[e] = cap - flow;
    this.cost[e] = cost;
    this.from[e + 1] = v;
    this.to[e + 1] = u;
    this.residual[e + 1] = flow;
    this.cost[e + 1] = -cost;
    this.count = e + 2;
    this.supply[u] = (this.supply[u] as number) - flow;
    this.supply[v] = (this.supply[v] as number) + flow;
    return e;
  }

  /** The flow on an arc after solve(): the room left on its reverse. */
  flowOn(arc: number): number {
    return this.residual[arc + 1] as number;
  }

  /**
   * Routes every node's surplus to the nodes short of flow at least cost. Returns false when
   * that is impossible (the caller's bounds admit no flow).
   */
  solve(): boolean {
    const n = this.nodes + 2;
    const source = this.nodes;
    const sink = this.nodes + 1;
    let required = 0;
    for (let v = 0; v < this.nodes; v++) {
      const s = this.supply[v] as number;
      if (s > 0) {
        this.addArc(source, v, s, 0, 0);
        required += s;
      } else if (s < 0) this.addArc(v, sink, -s, 0, 0);
    }
    if (required === 0) return true;
    const m = this.count;
    const graph = new Residual(n, this.from.subarray(0, m), this.to, this.residual, this.cost);
    let sent = 0;
    while (sent < required) {
      if (!graph.reprice(source, sink)) return false;
      sent += graph.blockingFlows(source, sink, required - sent);
    }
    // The room left on every arc, back in the order the arcs were added.
    for (let e = 0; e < m; e++) this.residual[e] = graph.residual[graph.position[e] as number] as number;
    return true;
  }
}

/**
 * The residual network with each node's arcs stored side by side (compressed adjacency): the
 * searches read a node's arcs in sequence instead of jumping through the arc list, which on a
 * 2.000 × 100 table is the difference between cache hits and misses. Arcs keep the order they
 * were added in, so the searches visit rows, and each row's cells, in order.
 */
class Residual {
  /** Per stored arc: head, room left, cost, and where its reverse is stored. */
  readonly residual: Int32Array;
  private readonly to: Int32Array;
  private readonly cost: Int32Array;
  private readonly reverse: Int32Array;
  /** Where arc e (as added) is stored. */
  readonly position: Int32Array;
  private readonly first: Int32Array;
  private readonly potential: Float64Array;
  private readonly distance: Float64Array;
  private readonly level: Int32Array;
  private readonly current: Int32Array;
  private readonly queue: Int32Array;
  private readonly n: number;

  constructor(n: number, from: Int32Array, to: Int32Array, residual: Int32Array, cost: Int32Array) {
    const m = from.length;
    this.n = n;
    this.first = new Int32Array(n + 1);
    for (let e = 0; e < m; e++) {
      const u = (from[e] as number) + 1;
      this.first[u] = (this.first[u] as number) + 1;
    }
    for (let v = 0; v < n; v++) this.first[v + 1] = (this.first[v + 1] as number) + (this.first[v] as number);
    const fill = this.first.slice(0, n);
    this.position = new Int32Array(m);
    this.to = new Int32Array(m);
    this.residual = new Int32Array(m);
    this.cost = new Int32Array(m);
    this.reverse = new Int32Array(m);
    for (let e = 0; e < m; e++) {
      const u = from[e] as number;
      const k = fill[u] as number;
      fill[u] = k + 1;
      this.position[e] = k;
      this.to[k] = to[e] as number;
      this.residual[k] = residual[e] as number;
      this.cost[k] = cost[e] as number;
    }
    for (let e = 0; e < m; e++) this.reverse[this.position[e] as number] = this.position[e ^ 1] as number;
    this.potential = new Float64Array(n);
    this.distance = new Float64Array(n);
    this.level = new Int32Array(n);
    this.current = new Int32Array(n);
    this.queue = new Int32Array(n);
  }

  /**
   * Dijkstra on reduced costs from the source, up to the sink; the potentials then make every arc
   * on a cheapest path to the sink cost 0 (reduced), and no residual arc negative (a node settled
   * later than the sink is moved as far as the sink). False if the sink is cut off.
   */
  reprice(source: number, sink: number): boolean {
    const { n, distance, potential, residual, to, cost, first } = this;
    distance.fill(Infinity);
    distance[source] = 0;
    const heap = new MinHeap();
    heap.push(0, source);
    while (heap.keys.length > 0) {
      const d = heap.keys[0] as number;
      const u = heap.pop();
      if (d > (distance[u] as number)) continue;
      // Settled at the sink: every node not settled yet is at least as far, and gets its distance.
      if (u === sink) break;
      const pu = (potential[u] as number) + d;
      for (let k = first[u] as number, end = first[u + 1] as number; k < end; k++) {
        if ((residual[k] as number) <= 0) continue;
        const v = to[k] as number;
        const nd = pu + (cost[k] as number) - (potential[v] as number);
        if (nd < (distance[v] as number)) {
          distance[v] = nd;
          heap.push(nd, v);
        }
      }
    }
    const limit = distance[sink] as number;
    if (limit === Infinity) return false;
    for (let v = 0; v < n; v++) {
      const d = distance[v] as number;
      potential[v] = (potential[v] as number) + (d < limit ? d : limit);
    }
    return true;
  }

  /** Levels of a breadth-first search over admissible arcs; false if the sink is not reached. */
  private levels(source: number, sink: number): boolean {
    const { level, first, to, residual, cost, potential, queue } = this;
    level.fill(-1);
    let head = 0;
    let tail = 0;
    queue[tail++] = source;
    level[source] = 0;
    while (head < tail) {
      const u = queue[head++] as number;
      const pu = potential[u] as number;
      for (let k = first[u] as number, end = first[u + 1] as number; k < end; k++) {
        const v = to[k] as number;
        // Admissible: room left and zero reduced cost.
        if (level[v] === -1 && (residual[k] as number) > 0 && (cost[k] as number) + pu === potential[v]) {
          level[v] = (level[u] as number) + 1;
          queue[tail++] = v;
        }
      }
    }
    return level[sink] !== -1;
  }

  /** Dinic on the admissible arcs until the sink is cut off or `wanted` units are sent. */
  blockingFlows(source: number, sink: number, wanted: number): number {
    let sent = 0;
    const pathArcs = new Int32Array(this.n);
    while (sent < wanted && this.levels(source, sink)) {
      this.current.set(this.first.subarray(0, this.n));
      let pushed: number;
      while (sent < wanted && (pushed = this.augment(source, sink, wanted - sent, pathArcs)) > 0) sent += pushed;
    }
    return sent;
  }

  /** One augmenting path along rising levels, found depth first with current-arc pointers. */
  private augment(source: number, sink: number, limit: number, path: Int32Array): number {
    const { level, current, first, to, residual, cost, potential, reverse } = this;
    let depth = 0;
    let u = source;
    while (true) {
      if (u === sink) {
        let amount = limit;
        for (let i = 0; i < depth; i++) amount = Math.min(amount, residual[path[i] as number] as number);
        for (let i = 0; i < depth; i++) {
          const k = path[i] as number;
          const back = reverse[k] as number;
          residual[k] = (residual[k] as number) - amount;
          residual[back] = (residual[back] as number) + amount;
        }
        return amount;
      }
      let advanced = false;
      const next = (level[u] as number) + 1;
      const pu = potential[u] as number;
      for (let k = current[u] as number, end = first[u + 1] as number; k < end; k++) {
        const v = to[k] as number;
        if (level[v] === next && (residual[k] as number) > 0 && (cost[k] as number) + pu === potential[v]) {
          current[u] = k;
          path[depth++] = k;
          u = v;
          advanced = true;
          break;
        }
      }
      if (advanced) continue;
      // A dead end: no path through u in this level graph; retreat and skip the arc that led here.
      current[u] = first[u + 1] as number;
      level[u] = -2;
      if (depth === 0) return 0;
      const back = path[--depth] as number;
      u = to[reverse[back] as number] as number;
    }
  }
}

/** A binary min-heap of (key, node) pairs; stale entries are skipped by the caller. */
class MinHeap {
  /** Keys in heap order: keys[0] is the least; its length is the heap's size. */
  readonly keys: number[] = [];
  private readonly values: number[] = [];

  push(key: number, value: number): void {
    const { keys, values } = this;
    let i = keys.length;
    keys.push(key);
    values.push(value);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pk = keys[parent] as number;
      if (pk <= key) break;
      keys[i] = pk;
      values[i] = values[parent] as number;
      i = parent;
    }
    keys[i] = key;
    values[i] = value;
  }

  pop(): number {
    const { keys, values } = this;
    const top = values[0] as number;
    const lastKey = keys.pop() as number;
    const lastValue = values.pop() as number;
    const size = keys.length;
    if (size > 0) {
      let i = 0;
      while (true) {
        let child = 2 * i + 1;
        if (child >= size) break;
        if (child + 1 < size && (keys[child + 1] as number) < (keys[child] as number)) child++;
        if ((keys[child] as number) >= lastKey) break;
        keys[i] = keys[child] as number;
        values[i] = values[child] as number;
        i = child;
      }
      keys[i] = lastKey;
      values[i] = lastValue;
    }
    return top;
  }
}
