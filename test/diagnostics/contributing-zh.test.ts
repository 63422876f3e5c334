import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { rule as fileEmpty } from '../../src/diagnostics/rules/plan/file-empty.js';
import { formatHuman } from '../../src/diagnostics/report.js';
import { ruleIds, ruleUrl, rules } from '../../src/diagnostics/rules.js';
import { repoRoot } from '../helpers.js';

// The editors' guide in English and in Chinese, kept in step: the same headings (levels and order),
// the same rule-id headings, and the same examples. The Chinese guide translates prose only; code
// blocks are copied as they are (a directory tree's aligned comments may be translated).

interface Heading {
  readonly level: number;
  readonly text: string;
}
interface Block {
  readonly info: string;
  readonly lines: readonly string[];
}

/** Headings and fenced code blocks of a Markdown text, in order (a `#` inside a code block is not a heading). */
function outline(markdown: string): { headings: Heading[]; blocks: Block[] } {
  const headings: Heading[] = [];
  const blocks: Block[] = [];
  let open: { info: string; lines: string[] } | undefined;
  for (const line of markdown.split('\n')) {
    const fence = /^```(.*)$/.exec(line);
    if (open) {
      if (line === '```') {
        blocks.push(open);
        open = undefined;
      } else open.lines.push(line);
    } else if (fence) open = { info: fence[1]!.trim(), lines: [] };
    else {
      const heading = /^(#{1,6}) (.+)$/.exec(line);
      if (heading) headings.push({ level: heading[1]!.length, text: heading[2]!.trim() });
    }
  }
  if (open) throw new Error(`unclosed code block (\`\`\`${open.info})`);
  return { headings, blocks };
}

const ruleHeading = /^(?:plan|chart|template):[a-z-]+$/;

/** GitHub's anchor for a heading: lower-case, punctuation such as `:` removed, spaces as hyphens. */
const anchor = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

/**
 * A block's lines as compared: YAML, shell and other tagged blocks exactly; in an untagged block
 * (a directory tree, a message as printed) a comment aligned after two or more spaces is a
 * translation, and only what precedes it must match.
 */
const comparable = (block: Block) => ({
  info: block.info,
  lines: block.info ? block.lines : block.lines.map((line) => line.replace(/(\S) {2,}\S.*$/, '$1')),
});

/** Every way the Chinese guide is out of step with the English one; empty when they match. */
function differences(english: string, chinese: string): string[] {
  const en = outline(english);
  const zh = outline(chinese);
  const found: string[] = [];
  const levels = (h: Heading[]) => h.map((x) => x.level).join(' ');
  if (levels(en.headings) !== levels(zh.headings))
    found.push(`heading levels differ:\n  en ${levels(en.headings)}\n  zh ${levels(zh.headings)}`);
  // Headings pair up by position: a rule id in one is the same rule id in the other; others are translated.
  en.headings.forEach((h, i) => {
    const other = zh.headings[i];
    if (!other) return;
    if ((ruleHeading.test(h.text) || ruleHeading.test(other.text)) && h.text !== other.text)
      found.push(`heading ${i + 1}: "${h.text}" vs "${other.text}"`);
    if (!ruleHeading.test(h.text) && !/\p{Script=Han}/u.test(other.text)) found.push(`heading ${i + 1} is not translated: "${other.text}"`);
  });
  for (const [name, guide] of [
    ['CONTRIBUTING.md', en],
    ['CONTRIBUTING.zh-CN.md', zh],
  ] as const) {
    const ids = guide.headings.filter((h) => h.level === 3 && ruleHeading.test(h.text)).map((h) => h.text);
    for (const id of ruleIds) if (!ids.includes(id)) found.push(`${name} has no heading "### ${id}"`);
    for (const id of ids) if (!(ruleIds as string[]).includes(id)) found.push(`${name} documents "${id}", which is not a rule`);
  }
  if (en.blocks.length !== zh.blocks.length) found.push(`code blocks: ${en.blocks.length} in English, ${zh.blocks.length} in Chinese`);
  en.blocks.forEach((b, i) => {
    const other = zh.blocks[i];
    if (other && JSON.stringify(comparable(b)) !== JSON.stringify(comparable(other))) {
      found.push(`code block ${i + 1} differs:\n${JSON.stringify(comparable(b), null, 1)}\n${JSON.stringify(comparable(other), null, 1)}`);
    }
  });
  return found;
}

const english = readFileSync(path.join(repoRoot, 'CONTRIBUTING.md'), 'utf8');
const chinese = readFileSync(path.join(repoRoot, 'CONTRIBUTING.zh-CN.md'), 'utf8');

describe('CONTRIBUTING.zh-CN.md keeps in step with CONTRIBUTING.md', () => {
  it('has the same headings at each level in the same order, the same rule ids, and the same code blocks', () => {
    expect(differences(english, chinese)).toEqual([]);
    // Not vacuous: both guides have every rule id and the examples.
    expect(outline(chinese).headings.filter((h) => ruleHeading.test(h.text))).toHaveLength(ruleIds.length);
    expect(outline(chinese).blocks.filter((b) => b.info === 'yaml').length).toBeGreaterThanOrEqual(3);
  });

  it('reports a removed rule heading, a changed example, a missing section and an untranslated heading', () => {
    const section = '### plan:file-empty\n';
    expect(chinese).toContain(section);
    expect(differences(english, chinese.replace(section, ''))).toContainEqual(
      expect.stringContaining('has no heading "### plan:file-empty"'),
    );
    expect(differences(english.replace(section, ''), chinese)).toContainEqual(
      expect.stringContaining('CONTRIBUTING.md has no heading "### plan:file-empty"'),
    );
    // A swapped pair of rule headings: all ids present, but out of order.
    const swapped = chinese
      .replace('### plan:file-missing', '### plan:TMP')
      .replace('### plan:file-unreadable', '### plan:file-missing')
      .replace('### plan:TMP', '### plan:file-unreadable');
    expect(differences(english, swapped)).toContainEqual(
      expect.stringMatching(/^heading \d+: "plan:file-missing" vs "plan:file-unreadable"/),
    );
    // Examples: a YAML value, the message as printed, the directory tree's paths.
    expect(differences(english, chinese.replace('plan:sum-matches-total: error', 'plan:sum-matches-total: warning'))).toContainEqual(
      expect.stringMatching(/^code block \d+ differs/),
    );
    // The replaced text must be there, or the replacement changes nothing and the check proves nothing.
    expect(chinese).toContain('差异在修约误差以内；保留公布数。 plan:sum-matches-total');
    expect(
      differences(
        english,
        chinese.replace('差异在修约误差以内；保留公布数。 plan:sum-matches-total', '差异在修约误差以内。 plan:sum-matches-total'),
      ),
    ).toContainEqual(expect.stringMatching(/^code block \d+ differs/));
    expect(differences(english, chinese.replace('  glossary.yaml   ', '  glossaries.yaml '))).toContainEqual(
      expect.stringMatching(/^code block \d+ differs/),
    );
    // A section added in English only (a new ## heading).
    expect(differences(`${english}\n## A new section\n\nText.\n`, chinese)).toContainEqual(
      expect.stringContaining('heading levels differ'),
    );
    expect(differences(english, chinese.replace('## 修改数据\n', '## Change a figure\n'))).toContainEqual(
      expect.stringContaining('is not translated: "Change a figure"'),
    );
  });

  it("each rule's link reaches its heading in both guides (GitHub drops the colon from the anchor)", () => {
    for (const guide of [english, chinese]) {
      const anchors = outline(guide).headings.map((h) => anchor(h.text));
      for (const id of ruleIds) expect(anchors).toContain(ruleUrl(id).split('#')[1]);
    }
    expect(anchor('plan:sum-matches-total')).toBe('plansum-matches-total');
  });

  it('links each other at the top, and the README links the Chinese guide at the top', () => {
    const top = (text: string) => text.split('\n').slice(0, 5).join('\n');
    expect(top(english)).toContain('编辑指南（中文）：[CONTRIBUTING.zh-CN.md](CONTRIBUTING.zh-CN.md)');
    expect(top(chinese)).toContain('[CONTRIBUTING.md](CONTRIBUTING.md)');
    expect(top(readFileSync(path.join(repoRoot, 'README.md'), 'utf8'))).toContain(
      '编辑指南（中文）：[CONTRIBUTING.zh-CN.md](CONTRIBUTING.zh-CN.md)',
    );
  });

  it('Chinese prose uses full-width punctuation (GB/T 15834) outside code', () => {
    const prose = chinese
      .replace(/^```[\s\S]*?^```$/gm, '')
      .replace(/`[^`\n]*`/g, '')
      .replace(/\[[^\]]*\]\([^)]*\)/g, '');
    // A half-width , ; : ( ) or ? next to a Chinese character is a slip.
    const slips = [...prose.matchAll(/\p{Script=Han}[,;:()?]|[,;:()?]\p{Script=Han}/gu)].map((m) => m[0]);
    expect(slips).toEqual([]);
    expect(prose).toMatch(/，.*。/);
  });
});

describe('Chinese messages link to the Chinese guide', () => {
  const sink = new DiagnosticSink();
  sink.add({ ruleId: 'plan:file-empty', file: 'data/x.yaml', place: { line: 1, column: 1 }, message: fileEmpty.messages.fileEmpty() });

  it('--lang zh-CN links CONTRIBUTING.zh-CN.md at the same anchor; English links CONTRIBUTING.md', () => {
    const links = { rootDir: '/repo', repositoryUrl: 'https://github.com/o/r' };
    expect(formatHuman(sink.items, 'zh-CN', { links })).toContain(
      ' https://github.com/o/r/blob/HEAD/CONTRIBUTING.zh-CN.md#planfile-empty\n',
    );
    expect(formatHuman(sink.items, 'en', { links })).toContain(' https://github.com/o/r/blob/HEAD/CONTRIBUTING.md#planfile-empty\n');
    // The data keeps the language-neutral link (JSON, plan.json).
    expect(sink.items[0]!.url).toBe('CONTRIBUTING.md#planfile-empty');
  });
});

describe("every rule's Chinese fix and Chinese example use full-width punctuation", () => {
  // A half-width , ; : ( ) or ? beside a Chinese character, once a field's gloss such as value(数值) is set aside.
  const slips = (text: string) =>
    [...text.replace(/[A-Za-z][\w-]*\(\p{Script=Han}+\)/gu, '').matchAll(/\p{Script=Han}[,;:()?]|[,;:()?]\p{Script=Han}/gu)].map(
      (m) => m[0],
    );

  it('in the fix printed with each message and in the example message of each rule section', () => {
    const found: string[] = [];
    for (const id of ruleIds) {
      const rule = rules[id];
      for (const slip of slips(rule.fix.zh)) found.push(`${id} fix: ${slip}`);
      // Code spans holding Chinese are messages as printed (or Chinese data); prose is checked in the guide above.
      for (const span of rule.docs.zh.replace(/\n/g, '').matchAll(/`([^`]*\p{Script=Han}[^`]*)`/gu))
        for (const slip of slips(span[1]!)) found.push(`${id} example: ${slip}`);
    }
    expect(found).toEqual([]);
    // Not vacuous: a half-width slip is found, a gloss is not one.
    expect(slips('尚待填报:发布前')).toEqual(['报:']);
    expect(slips('value(数值) 1300')).toEqual([]);
  });
});
