import { expect, test } from 'vitest';
import { renderRawHtml } from '../src/text/md-html.js';
import { segment } from '../src/text/segment.js';

// pandoc's GitHub markdown keeps the page's <div>s as raw HTML and wraps long lines, tags too.

test('a block tag a wrap broke over lines goes whole, attributes and all', () => {
  const dump = ['<div class="article-body"', 'style="margin:0 auto; max-width:40em">', '', 'The council voted to close the old bridge.', '', '</div>'];
  const lines = renderRawHtml(dump).map((l) => l.trim()).filter(Boolean);
  expect(lines).toEqual(['The council voted to close the old bridge.']);
});

test('a markdown dump whose divs pandoc kept and wrapped reads as its text and links', () => {
  const dump = ['<div id="header" class="site-header"', 'style="height:78px;">', '', '[Home](https://example.org/) [News](https://example.org/news)', '', '</div>', '', '<div class="story">', '', 'The council voted on Tuesday to close the old bridge for repairs.', '', '</div>'];
  const blocks = segment(dump.join('\n'));
  expect(blocks.map((b) => b.text)).toEqual(['Home News', 'The council voted on Tuesday to close the old bridge for repairs.']);
  expect(blocks[0]!.linkDensity).toBeGreaterThan(0);
  expect(blocks[1]!.linkDensity).toBe(0);
});

test('a fenced code block keeps its tags, wrapped or not', () => {
  const dump = ['<div>', '', '```', '<div class="card"', 'id="main">', '```', '', '</div>'];
  expect(renderRawHtml(dump)).toContain('<div class="card"');
});

test("raw HTML indented under a list item is the item's content; indented outside a list it is code", () => {
  const nested = ['-   [Doctors](/doctors)', '    Doctors menu', '    <div class="mega-menu"', '    aria-label="menu">', '', '    -   [Find a doctor](/find)', '', '    </div>'];
  expect(renderRawHtml(nested).join('\n')).not.toMatch(/<\/?div/);
  const code = ['An example of the markup:', '', '    <div class="card">', '    </div>', '', 'Then <div>more</div> text.'];
  expect(renderRawHtml(code)).toContain('    <div class="card">');
});

test('a line that opens with a block tag is raw HTML to its end, backticks and all; a code span elsewhere keeps its tag', () => {
  // A forum keeps its posts as JSON in an attribute of a hidden <div>; the JSON holds code spans.
  const data = '<div id="data" class="hidden" data-posts="{&quot;text&quot;:&quot;use `npm ci` first&quot;}">';
  const dump = ['<div class="thread">', '', data, '', '</div>', '', 'Write `<div>` where the card starts.', '', 'The first reply says to clear the cache.'];
  const lines = renderRawHtml(dump).map((l) => l.trim()).filter(Boolean);
  expect(lines.join('\n')).not.toMatch(/data-posts|npm ci/);
  expect(lines).toContain('Write `<div>` where the card starts.');
});
