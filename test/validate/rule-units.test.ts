import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RuleDefinition, RuleFixtures, RuleStage } from '../../src/diagnostics/rules.js';
import { ruleDefinitions, ruleIds, type RuleId } from '../../src/diagnostics/rules.js';
import { checks, editionChecks, fileChecks, sourceChecks } from '../../src/validate/rules/registry.js';
import { repoRoot } from '../helpers.js';
import { fixtureFile, fixturesDir, loadFixtures } from './rule-fixtures.js';

// Rules as units (issue 11): every rule id has its definition file, the check or stage that reports
// it, its docs in both guides' languages, and failing fixtures where its definition says they are.

const src = (...parts: string[]) => path.join(repoRoot, 'src', ...parts);
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
const fixtures = await loadFixtures();
const mentions = (files: readonly string[], id: string) => files.some((file) => readFileSync(file, 'utf8').includes(`'${id}'`));

/** Where the source of each stage is (a check's rules are in src/validate/rules/). */
const stageFiles: Record<RuleStage, string[]> = {
  check: filesUnder(src('validate', 'rules')).filter((f) => !f.endsWith('registry.ts')),
  load: filesUnder(src('load')),
  schema: [src('validate', 'check-schema.ts')],
  settings: [src('validate', 'severity-settings.ts')],
  chart: filesUnder(src('charts')),
  template: [...filesUnder(src('brief')), ...filesUnder(src('workbook'))],
};

/** The test files holding the failing fixtures of each kind (demo-edition: fixtures/<prefix>/<name>.fixtures.ts). */
const fixtureTests: Record<Exclude<RuleFixtures, 'demo-edition'>, string> = {
  'chart-specs': 'test/charts/charts.test.ts',
  templates: 'test/brief/brief.test.ts',
};

describe('every rule is a unit', () => {
  it('has a definition file src/diagnostics/rules/<prefix>/<name>.ts defining that id, and no other file there', async () => {
    expect(ruleIds.length).toBeGreaterThan(20);
    for (const id of ruleIds) {
      const file = src('diagnostics', 'rules', `${id.replace(':', '/')}.ts`);
      expect(existsSync(file), file).toBe(true);
      const { rule } = (await import(file)) as { rule: RuleDefinition };
      expect(rule.id).toBe(id);
    }
    const defined = filesUnder(src('diagnostics', 'rules')).filter((f) => !f.endsWith('define.ts'));
    expect(defined.map((f) => path.relative(src('diagnostics', 'rules'), f).replace('/', ':').replace(/\.ts$/, '')).sort()).toEqual(
      [...ruleIds].sort(),
    );
  });

  it('ids are unique in the table', () => {
    expect(new Set(ruleIds).size).toBe(ruleDefinitions.length);
  });

  it('has a check registered under its id exactly when its definition says a check reports it', () => {
    const registered = Object.keys(checks) as RuleId[];
    const byCheck = ruleDefinitions.filter((rule) => rule.reportedBy === 'check').map((rule) => rule.id);
    expect([...registered].sort()).toEqual([...byCheck].sort());
    // A rule reported with another's check names a rule that has a check of its own.
    for (const [id, check] of Object.entries(checks)) {
      if (check.on === 'with') expect(checks[check.rule as keyof typeof checks]?.on, id).not.toBe('with');
    }
    expect(fileChecks.length + editionChecks.length + sourceChecks.length).toBe(
      registered.filter((id) => checks[id as keyof typeof checks].on !== 'with').length,
    );
  });

  it("is reported by the stage its definition names (the id appears in that stage's source)", () => {
    for (const rule of ruleDefinitions)
      expect(mentions(stageFiles[rule.reportedBy], rule.id), `${rule.id} in ${rule.reportedBy}`).toBe(true);
  });

  it('has docs in both languages (the Chinese text in Chinese) and a fix in both', () => {
    for (const rule of ruleDefinitions) {
      for (const text of [rule.docs.en, rule.docs.zh, rule.fix.en, rule.fix.zh, rule.summary])
        expect(text.trim().length, rule.id).toBeGreaterThan(2);
      expect(rule.docs.zh, rule.id).toMatch(/\p{Script=Han}/u);
      expect(rule.docs.zh, rule.id).not.toBe(rule.docs.en);
      expect(rule.docs.en.endsWith('\n') || rule.docs.zh.endsWith('\n'), `${rule.id}: docs end without a blank line`).toBe(false);
    }
  });

  it("has its messages in its definition when the data stages report it (chart and template messages are the renderer's)", () => {
    for (const rule of ruleDefinitions) {
      const count = Object.keys(rule.messages).length;
      if (rule.reportedBy === 'chart' || rule.reportedBy === 'template') expect(count, rule.id).toBe(0);
      else expect(count, rule.id).toBeGreaterThan(0);
    }
  });

  it('has failing fixtures where its definition says they are, and no fixture elsewhere', () => {
    const listed = new Set(fixtures.map((f) => f.rule));
    for (const rule of ruleDefinitions) {
      if (rule.fixtures === 'demo-edition')
        expect(listed.has(rule.id), `${rule.id} has no fixture in ${path.relative(repoRoot, fixtureFile(rule.id))}`).toBe(true);
      else {
        expect(existsSync(fixtureFile(rule.id)), `${rule.id} has a fixture file but says ${rule.fixtures}`).toBe(false);
        const test = readFileSync(path.join(repoRoot, fixtureTests[rule.fixtures]), 'utf8');
        expect(test, `${rule.id} in ${fixtureTests[rule.fixtures]}`).toContain(`'${rule.id}'`);
      }
    }
    // Every fixture file is a rule's: a misnamed one would never run.
    const files = filesUnder(fixturesDir).map((f) =>
      path
        .relative(fixturesDir, f)
        .replace('/', ':')
        .replace(/\.fixtures\.ts$/, ''),
    );
    const byDemo = ruleDefinitions.filter((rule) => rule.fixtures === 'demo-edition').map((rule) => rule.id);
    expect(files.sort()).toEqual([...byDemo].sort());
  });
});
