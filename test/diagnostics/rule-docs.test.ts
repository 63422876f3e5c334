import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleSections, withRuleSections } from '../../src/diagnostics/guide-sections.js';
import { ruleDefinitions } from '../../src/diagnostics/rules.js';
import { repoRoot } from '../helpers.js';

// The guides' rule sections are generated from the rule files (src/diagnostics/rules/<prefix>/<name>.ts)
// by `npm run docs:rules`; the committed guides must be what the generator writes.
const guides = [
  ['CONTRIBUTING.md', 'en'],
  ['CONTRIBUTING.zh-CN.md', 'zh'],
] as const;

describe('rule sections of the guides', () => {
  for (const [file, language] of guides) {
    const text = readFileSync(path.join(repoRoot, file), 'utf8');

    it(`${file} holds exactly what npm run docs:rules writes from the rule files`, () => {
      expect(withRuleSections(text, language)).toBe(text);
    });

    it(`${file}: each rule's docs appear under its heading, and an edit to the guide's copy is caught`, () => {
      for (const rule of ruleDefinitions) expect(text).toContain(`### ${rule.id}\n${rule.docs[language]}\n`);
      const first = ruleDefinitions[0];
      const edited = text.replace(`### ${first.id}\n${first.docs[language]}`, `### ${first.id}\nEdited by hand.`);
      expect(edited).not.toBe(text);
      expect(withRuleSections(edited, language)).toBe(text);
    });
  }

  it('writes every rule once, under a heading, in the table order of its group', () => {
    for (const group of ['plan', 'chart', 'template']) {
      const ids = [...ruleSections(group, 'en').matchAll(/^### (\S+)$/gm)].map((m) => m[1]);
      expect(ids).toEqual(ruleDefinitions.filter((rule) => rule.id.startsWith(`${group}:`)).map((rule) => rule.id));
    }
  });

  it('refuses a guide whose markers for a group are missing or doubled', () => {
    const text = readFileSync(path.join(repoRoot, 'CONTRIBUTING.md'), 'utf8');
    const unmarked = text.replace(/^<!-- BEGIN rules chart\b.*$/m, '');
    expect(() => withRuleSections(unmarked, 'en')).toThrow('0 marked sections for the chart: rules');
    const block = /^<!-- BEGIN rules template\b[\s\S]*?^<!-- END rules template -->$/m.exec(text)![0];
    expect(() => withRuleSections(`${text}\n${block}\n`, 'en')).toThrow('2 marked sections for the template: rules');
  });
});
