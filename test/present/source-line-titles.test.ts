import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/** Every string whose key names a source line, with its dotted path. */
function sourceLines(node: unknown, path: string[] = []): [string, string][] {
  if (typeof node === 'string') return /sourceLine/i.test(path[path.length - 1] ?? '') ? [[path.join('.'), node]] : [];
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => sourceLines(v, [...path, k]));
  return [];
}

describe('Chinese source lines set a document title in 书名号 (GB/T 15834)', () => {
  const strings = parse(readFileSync('templates/strings/zh-CN.yaml', 'utf8'));
  const lines = sourceLines(strings);

  it('finds the source lines of every table and chart', () => {
    expect(lines.map(([k]) => k)).toEqual(expect.arrayContaining(['derived.sourceLine', 'brief.sourceLine']));
  });

  it('wraps every {source} placeholder in 《》 (a bare title read "资料来源：关于…的报告")', () => {
    const bare = lines.filter(([, text]) => /(?<!《)\{source\}|\{source\}(?!》)/u.test(text)).map(([k]) => k);
    expect(bare).toEqual([]);
  });
});
