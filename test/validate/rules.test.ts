import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../src/diagnostics/rules.js';
import { makeDataDir, validateDir } from '../helpers.js';
import { loadFixtures } from './rule-fixtures.js';

// Every rule has a passing fixture (the invented demo edition, which must be clean) and at least
// one failing fixture (test/validate/fixtures/<prefix>/<name>.fixtures.ts, listed by rule-fixtures.ts).

const fixtures = await loadFixtures();

describe('validation rules', () => {
  it('passes the invented demo edition with no diagnostics at all (the passing fixture of every rule)', () => {
    const { diagnostics, dataset } = validateDir(makeDataDir());
    expect(diagnostics).toEqual([]);
    expect(dataset.editions.map((e) => e.folder)).toEqual(['demo-2026']);
  });

  it('has a failing fixture for every data rule id (chart rules: test/charts)', () => {
    const covered = new Set(fixtures.map((f) => f.rule));
    expect(ruleIds.filter((id) => id.startsWith('plan:') && !covered.has(id))).toEqual([]);
  });

  it.each(fixtures)('$rule: $name', (fixture) => {
    const dataDir = makeDataDir();
    fixture.edit(path.join(dataDir, 'editions', 'demo-2026'), dataDir);
    const { diagnostics } = validateDir(dataDir);
    const hits = diagnostics.filter((d) => d.ruleId === fixture.rule);
    expect(hits, JSON.stringify(diagnostics, null, 2)).not.toHaveLength(0);
    const hit = hits[0]!;
    expect(hit.file).toBe(fixture.file);
    expect(hit.severity).toBe(fixture.severity ?? 'error');
    if (fixture.line !== undefined) expect(hit.place.line).toBe(fixture.line);
    expect(hit.message.length).toBeGreaterThan(10);
    // Editors read the message in Chinese too (npm run validate -- --lang zh-CN).
    expect(hit.messageZh).toMatch(/\p{Script=Han}/u);
    expect(hit.messageZh).not.toBe(hit.message);
    expect(hit.url).toContain('CONTRIBUTING.md#');
  });
});
