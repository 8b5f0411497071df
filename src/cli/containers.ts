import type { Readable } from 'node:stream';
import type { Input } from '../io/inputs.js';
import { peekStream, sniff, sniffFile, type Sniffed } from '../io/peek.js';
import type { ContainerFormat } from '../io/records.js';
import { type Container, fileContainer } from './records.js';

/**
 * Which inputs are record streams (WARC, WARC.gz, NDJSON), told by their content or forced with
 * --input-format warc|ndjson; never by a file name. Stdin is peeked, not read: a stream of
 * records is never held whole in memory, a page still is (as before).
 */

export interface Sorted {
  containers: Container[];
  pages: Input[];
  /** Stdin's bytes when it is a page (what was peeked, then the rest). */
  stdinPage?: AsyncIterable<Buffer>;
}

/** forced: --input-format, when it names a container format (or a page format, which rules containers out). */
export async function sortInputs(inputs: readonly Input[], forced: ContainerFormat | 'page' | null, stdin: Readable): Promise<Sorted> {
  const sorted: Sorted = { containers: [], pages: [] };
  let peeked: Awaited<ReturnType<typeof peekStream>> | undefined;
  const formatOf = (s: Sniffed): ContainerFormat | null => (forced === 'page' ? null : forced ?? s.format);
  for (const input of inputs) {
    if (input.kind === 'file' && forced !== 'page') {
      const s = await sniffFile(input.path);
      const format = formatOf(s);
      if (format) {
        sorted.containers.push(fileContainer(input, format, s.gzip));
        continue;
      }
      sorted.pages.push(s.looks ? { ...input, looks: s.looks } : input);
      continue;
    } else if (input.kind === 'stdin') {
      // '-' named twice is read once, as before: both are the same bytes.
      peeked ??= await peekStream(stdin);
      const { head, whole } = peeked;
      const s = sniff(head);
      const format = formatOf(s);
      if (format) {
        sorted.containers.push({ input, format, gzip: s.gzip, bytes: () => whole });
        continue;
      }
      sorted.stdinPage = whole;
    }
    sorted.pages.push(input);
  }
  return sorted;
}
