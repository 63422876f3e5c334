import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCommand, UsageError, type CommandSpec } from '../../src/cli/args.js';
import { spec as benchSpec } from '../../src/cli/bench.js';
import { spec as previewSpec } from '../../src/cli/preview.js';
import { spec as newEditionSpec } from '../../src/cli/new-edition.js';
import { spec as draftSpec } from '../../src/cli/draft.js';
import { spec as buildSpec } from '../../src/cli/build.js';
import { spec as diffSpec } from '../../src/cli/diff.js';
import { spec as mergeSpec } from '../../src/cli/merge-manifests.js';
import { spec as summarySpec } from '../../src/cli/summary.js';
import { spec as validateSpec } from '../../src/cli/validate.js';
import { defaultDataDir, editText, makeDataDir, repoRoot, reviewOnlyEditionDir, validateDir } from '../helpers.js';

// Every example in the editors' guide, run: the YAML blocks applied to a copy of the default
// dataset, the message shown as validation prints it, the commands parsed as the CLI parses them.
const guide = readFileSync(path.join(repoRoot, 'CONTRIBUTING.md'), 'utf8');
const yamlBlocks = [...guide.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
const binjiang = () => makeDataDir([path.join(defaultDataDir, 'editions', 'binjiang-2025')]);
const editionFile = (dataDir: string, file: string) => path.join(dataDir, 'editions', 'binjiang-2025', file);
/** The examples of "Add an edition for a document that has only some of the parts": the invented edition's own data. */
const shapesHeading = '## Add an edition for a document that has only some of the parts\n';
const shapesSection = guide.slice(guide.indexOf(shapesHeading), guide.indexOf('\n## ', guide.indexOf(shapesHeading) + 1));
const shapesBlocks = [...shapesSection.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
const block = (marker: string) => {
  const found = yamlBlocks.filter((b) => b.includes(marker));
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('CONTRIBUTING.md examples, run', () => {
  it('has exactly the YAML examples this test runs', () => {
    expect(yamlBlocks.filter((b) => !shapesBlocks.includes(b))).toHaveLength(5);
  });

  it('"Add an edition for a document that has only some of the parts": every example is the invented edition\'s data, which validates', () => {
    expect(guide).toContain(shapesHeading);
    expect(shapesBlocks.length).toBeGreaterThanOrEqual(8);
    const files = readdirSync(reviewOnlyEditionDir)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => readFileSync(path.join(reviewOnlyEditionDir, f), 'utf8'));
    const lines = new Set(files.flatMap((text) => text.split('\n').map((line) => line.trim())));
    for (const example of shapesBlocks) {
      // A piece of one file as written there; the list of target kinds gathers single lines from several rows.
      const written = example.split('\n').filter(Boolean);
      const gathered = written.every((line) => line.trim().startsWith('target: ') && lines.has(line.trim()));
      expect(files.some((text) => text.includes(example)) || gathered, example).toBe(true);
    }
    const errors = validateDir(makeDataDir([reviewOnlyEditionDir])).diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.file}:${d.place.line} ${d.message}`)).toEqual([]);
  });

  it('"Add context figures": the example, as the invented edition\'s context.yaml beside its city bulletin, validates and gives the city\'s figure in context', () => {
    const example = block('document: hewan-bulletin');
    const dataDir = makeDataDir([reviewOnlyEditionDir]);
    const folder = path.join(dataDir, 'editions', 'yanxi-2024');
    writeFileSync(path.join(folder, 'context.yaml'), example);
    for (const unused of ['chengjiang-bulletin-2024.txt', 'yanxi-bulletin-2024.txt']) rmSync(path.join(folder, unused));
    const { diagnostics, dataset } = validateDir(dataDir);
    expect(diagnostics.filter((d) => d.severity !== 'note').map((d) => `${d.file}:${d.place.line} ${d.message}`)).toEqual([]);
    const edition = dataset.editions[0]!;
    expect(edition.data.context.figures.map((f) => f.id)).toEqual(['city-gdp']);
    // Every line of the example is the invented edition's own data.
    const fixture = readFileSync(path.join(reviewOnlyEditionDir, 'context.yaml'), 'utf8');
    for (const line of example.split('\n').filter(Boolean)) expect(fixture).toContain(line);
  });

  it('"Add a target": the entry, pasted under work:, validates with a new id and adds that target', () => {
    const entry = block('id: w-');
    const dataDir = binjiang();
    const before = validateDir(dataDir);
    const id = /id: ([a-z0-9-]+)/.exec(entry)![1]!;
    expect(before.dataset.editions[0]!.data.planTargets.work.map((t) => t.id)).not.toContain(id);
    editText(editionFile(dataDir, 'plan-targets.yaml'), '\nwork:\n', `\nwork:\n${entry}`);
    const after = validateDir(dataDir);
    expect(after.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(after.diagnostics.length).toBe(before.diagnostics.length);
    expect(after.dataset.editions[0]!.data.planTargets.work.map((t) => t.id)).toContain(id);
  });

  it('"Add an edition": released and meeting, added to edition.yaml, validate and reach the edition; an impossible date is an error naming the field', () => {
    const example = block('meeting:');
    const dataDir = binjiang();
    const file = editionFile(dataDir, 'edition.yaml');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, `${original}${example}`);
    const after = validateDir(dataDir);
    expect(after.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const edition = after.dataset.editions[0]!.data.edition;
    expect(edition.released).toBe(/released: '([^']+)'/.exec(example)![1]);
    expect(edition.meeting?.en).toBeTruthy();
    writeFileSync(file, `${original}${example.replace(/released: '[^']+'/, "released: '2025-02-30'")}`);
    const bad = validateDir(dataDir).diagnostics.filter((d) => d.severity === 'error');
    expect(bad.length).toBeGreaterThan(0);
    expect(bad[0]!.file).toContain('edition.yaml');
    expect(bad[0]!.message).toMatch(/date/);
  });

  it('"Make a rule stricter": data/validation.yaml turns the rounding notes of totals into errors', () => {
    const dataDir = binjiang();
    expect(
      validateDir(dataDir)
        .diagnostics.filter((d) => d.ruleId === 'plan:sum-matches-total')
        .map((d) => d.severity),
    ).toEqual(['note']);
    writeFileSync(path.join(dataDir, 'validation.yaml'), block('severity:'));
    expect(
      validateDir(dataDir)
        .diagnostics.filter((d) => d.ruleId === 'plan:sum-matches-total')
        .map((d) => d.severity),
    ).toEqual(['error']);
  });

  it('"plan:share-matches-value": knownDiscrepancies on a row turns the error into a note with the note\'s text', () => {
    const example = block('knownDiscrepancies:');
    const dataDir = binjiang();
    const projects = editionFile(dataDir, 'tables.yaml');
    // The row the default data acknowledges already, without its acknowledgement: an error.
    const text = readFileSync(projects, 'utf8');
    const ack = /\n {8}knownDiscrepancies:\n(?: {10}.*\n)+/.exec(text)![0];
    writeFileSync(projects, text.replace(ack, '\n'));
    const bare = validateDir(dataDir).diagnostics.filter((d) => d.ruleId === 'plan:share-matches-value' && d.severity === 'error');
    expect(bare).toHaveLength(1);
    // The guide's example, pasted at that row (its indentation is the row's fields' plus four).
    const pasted = example.replace(/^ {4}/gm, '        ');
    writeFileSync(projects, text.replace(ack, `\n${pasted}`));
    const acknowledged = validateDir(dataDir).diagnostics.filter(
      (d) => d.ruleId === 'plan:share-matches-value' && d.file === bare[0]!.file && d.place.line === bare[0]!.place.line,
    );
    expect(acknowledged.map((d) => d.severity)).toEqual(['note']);
    // … and stays a note when the project makes the rule stricter: the data has explained it.
    writeFileSync(path.join(dataDir, 'validation.yaml'), 'severity:\n  plan:share-matches-value: error\n');
    const stricter = validateDir(dataDir).diagnostics.filter(
      (d) => d.ruleId === 'plan:share-matches-value' && d.file === bare[0]!.file && d.place.line === bare[0]!.place.line,
    );
    expect(stricter.map((d) => d.severity)).toEqual(['note']);
    expect(acknowledged[0]!.message).toContain('The published share differs from the computed one');
  });

  it('the Chinese message example is what validate --lang zh-CN prints', () => {
    const example = /```\n(data\/editions\/[^\n]+ 提示 [^\n]+)\n```/.exec(guide)![1]!;
    const result = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'run.mjs'), 'validate', '--lang', 'zh-CN'], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTIONS: '', NO_COLOR: '1' },
    });
    expect(result.stdout.split('\n')).toContain(example);
  });

  it('every command line in CONTRIBUTING.md, CONTRIBUTING.zh-CN.md and README.md is accepted as written', () => {
    const specs: Record<string, CommandSpec> = {
      'build-reports': buildSpec,
      validate: validateSpec,
      diff: diffSpec,
      summary: summarySpec,
      'merge-manifests': mergeSpec,
      bench: benchSpec,
      preview: previewSpec,
      'new-edition': newEditionSpec,
      draft: draftSpec,
    };
    const docs = ['CONTRIBUTING.md', 'CONTRIBUTING.zh-CN.md', 'README.md']
      .map((f) => readFileSync(path.join(repoRoot, f), 'utf8'))
      .join('\n');
    const lines = [...docs.matchAll(/npm run ([a-z:-]+)(?: -- ([^`#\n]*))?/g)];
    const scripts = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(lines.length).toBeGreaterThan(10);
    for (const [text, script, rest] of lines) {
      // npm scripts that are not our commands (test, lint, golden:accept, …) exist and take no options.
      expect([text, script! in scripts]).toEqual([text, true]);
      if (!scripts[script!]!.startsWith('node scripts/run.mjs')) {
        expect([text, rest ?? '']).toEqual([text, '']);
        continue;
      }
      const spec = specs[script!];
      expect([text, spec !== undefined]).toEqual([text, true]);
      // Placeholders as the docs write them: <folder>, k/n.
      const args = (rest ?? '').trim().replace('<folder>', 'binjiang-2025').replace('k/n', '1/2').split(/\s+/).filter(Boolean);
      let problem = '';
      try {
        parseCommand(spec!, args, () => {});
      } catch (error) {
        problem = error instanceof UsageError ? error.message : String(error);
      }
      expect([text, problem]).toEqual([text, '']);
    }
  });
});

describe('README.md', () => {
  it('its example message is what validate prints: the same file, line, column, severity and rule', () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const [, where, severity, rule] = /A message reads `(\S+:\d+:\d+) (error|warning|note) … (\S+)`/.exec(readme)!;
    const result = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'run.mjs'), 'validate'], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTIONS: '', NO_COLOR: '1', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
    });
    const lines = result.stdout.split('\n').filter((l) => l.startsWith(`${where} ${severity} `) && l.endsWith(` ${rule}`));
    expect(lines).toHaveLength(1);
  });
});
