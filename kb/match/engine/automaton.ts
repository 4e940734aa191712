/**
 * Aho–Corasick automaton over the literal fragments of all signatures, ASCII case folded.
 * Shallow states get full transition rows (that is where a scan spends its time); deeper states
 * keep only their trie edges and fall back along failure links, which bounds memory for large
 * signature sets while keeping the scan linear: each step goes one level deeper, each failure
 * step at least one level up.
 */
export interface Automaton {
  /** Character code → class; 0 for characters no fragment contains (they always lead back to the root). */
  classOf: Uint16Array;
  classes: number;
  /** States [0, dense) have rows in `delta`. */
  dense: number;
  delta: Int32Array;
  firstChild: Int32Array;
  nextSibling: Int32Array;
  edgeClass: Int32Array;
  fail: Int32Array;
  /** Nearest state (itself or along failure links) where a fragment ends, or -1. */
  outHead: Int32Array;
  /** For a state where a fragment ends, the next such state along failure links, or -1. */
  outNext: Int32Array;
  /** Fragment ending at a state, or -1. */
  outFragment: Int32Array;
  states: number;
}

/** Cells of dense rows at most (4 bytes each). */
const DENSE_BUDGET = 1 << 21;
const MAX_DENSE_DEPTH = 3;

const fold = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

function classMap(fragments: readonly string[]): { classOf: Uint16Array; classes: number } {
  const classOf = new Uint16Array(65536);
  let classes = 1;
  for (const f of fragments) {
    for (let i = 0; i < f.length; i++) {
      const c = fold(f.charCodeAt(i));
      if (classOf[c] === 0) {
        if (classes === 65535) throw new Error('too many distinct characters in signatures');
        classOf[c] = classes++;
      }
    }
  }
  for (let c = 65; c <= 90; c++) classOf[c] = classOf[c + 32]!;
  return { classOf, classes };
}

/** The trie in insertion order, with growable plain arrays. */
function buildTrie(fragments: readonly string[], classOf: Uint16Array) {
  const firstChild = [-1], nextSibling = [-1], edgeClass = [0], depth = [0], out = [-1];
  fragments.forEach((f, id) => {
    let node = 0;
    for (let i = 0; i < f.length; i++) {
      const c = classOf[f.charCodeAt(i)]!;
      let child = firstChild[node]!;
      while (child >= 0 && edgeClass[child] !== c) child = nextSibling[child]!;
      if (child < 0) {
        child = firstChild.length;
        firstChild.push(-1); nextSibling.push(firstChild[node]!); edgeClass.push(c); depth.push(depth[node]! + 1); out.push(-1);
        firstChild[node] = child;
      }
      node = child;
    }
    out[node] = id;
  });
  return { firstChild, nextSibling, edgeClass, depth, out };
}

/** Build once per signature set; fragments must be distinct after case folding. */
export function buildAutomaton(fragments: readonly string[]): Automaton {
  const { classOf, classes } = classMap(fragments);
  const trie = buildTrie(fragments, classOf);
  const states = trie.firstChild.length;

  // Renumber breadth-first so that shallow states come first and failure links point backwards.
  const order = new Int32Array(states), rank = new Int32Array(states);
  let head = 0, tail = 1;
  while (head < tail) {
    const u = order[head++]!;
    for (let v = trie.firstChild[u]!; v >= 0; v = trie.nextSibling[v]!) order[tail++] = v;
  }
  order.forEach((old, i) => { rank[old] = i; });

  const a = allocate(states, classOf, classes);
  for (let i = 0; i < states; i++) {
    const old = order[i]!;
    a.firstChild[i] = trie.firstChild[old]! < 0 ? -1 : rank[trie.firstChild[old]!]!;
    a.nextSibling[i] = trie.nextSibling[old]! < 0 ? -1 : rank[trie.nextSibling[old]!]!;
    a.edgeClass[i] = trie.edgeClass[old]!;
    a.outFragment[i] = trie.out[old]!;
  }
  let denseDepth = 0;
  for (let d = 1; d <= MAX_DENSE_DEPTH; d++) {
    if (trie.depth.filter((x) => x <= d).length * classes <= DENSE_BUDGET) denseDepth = d;
  }
  a.dense = trie.depth.filter((x) => x <= denseDepth).length;
  a.delta = new Int32Array(Math.max(1, a.dense) * classes);
  linkFailures(a);
  return a;
}

function allocate(states: number, classOf: Uint16Array, classes: number): Automaton {
  return {
    classOf, classes, dense: 1, delta: new Int32Array(0), states,
    firstChild: new Int32Array(states), nextSibling: new Int32Array(states), edgeClass: new Int32Array(states),
    fail: new Int32Array(states), outHead: new Int32Array(states), outNext: new Int32Array(states),
    outFragment: new Int32Array(states),
  };
}

function child(a: Automaton, s: number, c: number): number {
  let v = a.firstChild[s]!;
  while (v >= 0 && a.edgeClass[v] !== c) v = a.nextSibling[v]!;
  return v;
}

/** Failure links, output chains and dense rows, in breadth-first order. */
function linkFailures(a: Automaton): void {
  const { classes } = a;
  a.fail[0] = 0;
  a.outHead[0] = -1;
  a.outNext[0] = -1;
  for (let u = 0; u < a.states; u++) {
    if (u > 0) {
      const f = a.fail[u]!;
      a.outNext[u] = a.outHead[f]!;
      a.outHead[u] = a.outFragment[u]! >= 0 ? u : a.outHead[f]!;
    }
    if (u < a.dense) {
      const row = u * classes, failRow = a.fail[u]! * classes;
      for (let c = 1; c < classes; c++) {
        const v = child(a, u, c);
        a.delta[row + c] = v >= 0 ? v : u === 0 ? 0 : a.delta[failRow + c]!;
      }
    }
    for (let v = a.firstChild[u]!; v >= 0; v = a.nextSibling[v]!) {
      a.fail[v] = u === 0 ? 0 : step(a, a.fail[u]!, a.edgeClass[v]!);
    }
  }
}

/** One transition from state `s` on class `c` (c ≠ 0). The hot loop inlines the same logic. */
export function step(a: Automaton, s: number, c: number): number {
  for (;;) {
    if (s < a.dense) return a.delta[s * a.classes + c]!;
    const v = child(a, s, c);
    if (v >= 0) return v;
    s = a.fail[s]!;
  }
}
