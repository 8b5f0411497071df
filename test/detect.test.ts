import { expect, test } from 'vitest';
import { detectFormat } from '../src/detect.js';

test.each([
  ['<!DOCTYPE html><html><body><p>x</p></body></html>', 'html'],
  ['  <html lang="de"><p>x', 'html'],
  ['<?xml version="1.0"?>\n<!-- c --><html>', 'html'],
  ['<div><p>one</p><p>two</p><p>three</p></div>', 'html'],
  ['Just a dump.\nIt mentions <script> and <b> once.\n', 'text'],
  ['- Home\n- News\nA paragraph of text.', 'text'],
])('%j is %s', (input, format) => {
  expect(detectFormat(input)).toBe(format);
});
