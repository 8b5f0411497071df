/**
 * All needles of a row set found in one pass over a block's text (Aho-Corasick, as a DFA over
 * the needles' own characters). Most blocks are short lines, where a regex alternation of a
 * thousand needles pays its setup and its per-position tries on every line; here each character
 * costs one table read.
 */

/** Characters no needle holds: reading one sends the scan back to its start. */
const OTHER = 0;

export class NeedleScan {
  /** Character code -> column of the table (0: a character in no needle). */
  private readonly column: Uint16Array;
  private readonly width: number;
  /** state * width + column -> next state: the trie with its failure links folded in. */
  private readonly next: Int32Array;
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
    // The trie: children per state by column.
    const children: Array<Map<number, number>> = [new Map()];
    const own: number[][] = [[]];
    needles.forEach((n, k) => {
      let s = 0;
      for (let i = 0; i < n.length; i++) {
        const c = this.column[n.charCodeAt(i)]!;
        let t = children[s]!.get(c);
        if (t === undefined) {
          t = children.length;
          children.push(new Map());
          own.push([]);
          children[s]!.set(c, t);
        }
        s = t;
      }
      own[s]!.push(k);
    });
    // Breadth first, each state's transitions are its children or its failure state's transitions.
    const next = new Int32Array(children.length * width);
    const fail = new Int32Array(children.length);
    const ends: Array<number[] | null> = new Array(children.length).fill(null);
    const queue: number[] = [];
    for (const [c, t] of children[0]!) {
      next[c] = t;
      queue.push(t);
    }
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!;
      const found = [...own[s]!, ...(ends[fail[s]!] ?? [])];
      ends[s] = found.length ? found : null;
      for (let c = 0; c < width; c++) {
        const t = children[s]!.get(c);
        if (t === undefined) next[s * width + c] = c === OTHER ? 0 : next[fail[s]! * width + c]!;
        else {
          fail[t] = next[fail[s]! * width + c]!;
          next[s * width + c] = t;
          queue.push(t);
        }
      }
    }
    this.next = next;
    this.ends = ends;
    this.final = Uint8Array.from(ends, (e) => (e ? 1 : 0));
  }

  /** The states where needles end in the text (needlesAt says which); the list is valid until the next scan. */
  scan(text: string): number[] {
    const { column, next, width, final } = this;
    const hits = this.hits;
    hits.length = 0;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      s = next[s * width + column[text.charCodeAt(i)]!]!;
      if (final[s] === 1) hits.push(s);
    }
    return hits;
  }

  /** The needles that end at a state scan reported. */
  needlesAt(state: number): readonly number[] {
    return this.ends[state]!;
  }
}
