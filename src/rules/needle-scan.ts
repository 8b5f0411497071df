/**
 * All needles of a row set found in one pass over a block's text (Aho-Corasick, as a DFA over
 * the needles' own characters). Most blocks are short lines, where a regex alternation of a
 * thousand needles pays its setup and its per-position tries on every line; here each character
 * costs one table read.
 *
 * The DFA's table is filled as texts reach its cells, not up front: the whole table (thousands of
 * states times the needles' alphabet) is megabytes, and a one-page run paid tens of milliseconds
 * to fill it (most of it the memory's first touch) for the few hundred states its text visits.
 */

/** Characters no needle holds: reading one sends the scan back to its start. */
const OTHER = 0;
/** The start state; 0 in the table is a cell not filled yet. */
const START = 1;

export class NeedleScan {
  /** Character code -> column of the table (0: a character in no needle). */
  private readonly column: Uint16Array;
  private readonly width: number;
  /** state * width + column -> next state, 0 until a scan first needs it. */
  private readonly next: Int32Array;
  /** The trie's own edge from a state on a column, 0 for none: what the table's cells start from. */
  private readonly childOf: (state: number, column: number) => number;
  /** Per state, the longest proper suffix of its path that is also a state. */
  private readonly fail: Int32Array;
  /** Per state, the needles (indices into the constructor's list) that end at it, suffixes included. */
  private readonly ends: ReadonlyArray<readonly number[] | null>;
  /** 1 where some needle ends: the one test per character. */
  private readonly final: Uint8Array;
  /** What scan returns, reused from text to text (a block's scan allocates nothing). */
  private readonly hits: number[] = [];

  constructor(needles: readonly string[]) {
    this.column = new Uint16Array(0x10000);
    let width = 1;
    for (const n of needles) for (let i = 0; i < n.length; i++) if (this.column[n.charCodeAt(i)] === OTHER) this.column[n.charCodeAt(i)] = width++;
    this.width = width;
    // The trie as linked lists of children in typed arrays: thousands of small Maps or arrays
    // cost a one-page run more in garbage collection than the rest of its rule matching.
    const bound = needles.reduce((n, needle) => n + needle.length, START + 1);
    const firstChild = new Int32Array(bound);
    const sibling = new Int32Array(bound);
    const columnIn = new Int32Array(bound);
    const own: Array<number[] | null> = [null, null];
    const childOf = (s: number, c: number): number => {
      let t = firstChild[s]!;
      while (t !== 0 && columnIn[t] !== c) t = sibling[t]!;
      return t;
    };
    needles.forEach((n, k) => {
      let s = START;
      for (let i = 0; i < n.length; i++) {
        const c = this.column[n.charCodeAt(i)]!;
        let t = childOf(s, c);
        if (t === 0) {
          t = own.length;
          own.push(null);
          columnIn[t] = c;
          sibling[t] = firstChild[s]!;
          firstChild[s] = t;
        }
        s = t;
      }
      (own[s] ??= []).push(k);
    });
    const states = own.length;
    // Breadth first: a state's failure state is shallower, so its own is known when it is needed.
    const fail = new Int32Array(states);
    const ends: Array<readonly number[] | null> = new Array<readonly number[] | null>(states).fill(null);
    fail[START] = START;
    const queue = new Int32Array(states);
    queue[0] = START;
    for (let q = 0, tail = 1; q < tail; q++) {
      const s = queue[q]!;
      for (let t = firstChild[s]!; t !== 0; t = sibling[t]!) {
        if (s === START) fail[t] = START;
        else {
          const c = columnIn[t]!;
          let f = fail[s]!;
          while (f !== START && childOf(f, c) === 0) f = fail[f]!;
          fail[t] = childOf(f, c) || START;
        }
        const inherited = ends[fail[t]!];
        const mine = own[t];
        ends[t] = mine && inherited ? [...mine, ...inherited] : (mine ?? inherited ?? null);
        queue[tail++] = t;
      }
    }
    this.childOf = childOf;
    this.fail = fail;
    this.next = new Int32Array(states * width);
    this.ends = ends;
    this.final = Uint8Array.from(ends, (e) => (e ? 1 : 0));
  }

  /** The states where needles end in the text (needlesAt says which); the list is valid until the next scan. */
  scan(text: string): number[] {
    const { column, next, width, final } = this;
    const hits = this.hits;
    hits.length = 0;
    let s = START;
    for (let i = 0; i < text.length; i++) {
      const c = column[text.charCodeAt(i)]!;
      s = next[s * width + c] || this.fill(s, c);
      if (final[s] === 1) hits.push(s);
    }
    return hits;
  }

  /** The needles that end at a state scan reported. */
  needlesAt(state: number): readonly number[] {
    return this.ends[state]!;
  }

  /** A cell's state: the trie's edge, else the failure state's move on the same character. */
  private fill(s: number, c: number): number {
    const at = s * this.width + c;
    const t = this.childOf(s, c) || (s === START ? START : this.next[this.fail[s]! * this.width + c] || this.fill(this.fail[s]!, c));
    this.next[at] = t;
    return t;
  }
}
