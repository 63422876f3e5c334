import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { buildPlan } from '../../src/model/plan.js';
import { defaultDataDir, repoRoot, validateDir } from '../helpers.js';

// Usefulness review 11: the notes say the figures per resident the report states are given as
// published, but 每千人拥有托位数5.13个 was in neither brief nor CSVs. Every per-resident figure of the
// source (每千人…, 每万人…) is a figure of the edition, quoted from its phrase.
it('every figure per resident the default edition’s source states is a figure of the edition', () => {
  const { dataset } = validateDir(path.join(repoRoot, 'data'));
  const plan = buildPlan(dataset.editions[0]!, dataset.units!, dataset.glossary!, []);
  const source = readFileSync(path.join(defaultDataDir, 'editions', 'binjiang-2025', 'source.txt'), 'utf8');
  // A result stated per resident: 每千人/每万人 … a number (targets of the plan year are plan targets, checked as such).
  const stated = [...source.matchAll(/每[千万]人[^，,。；;、\d]{1,20}?(\d+(?:\.\d+)?)/gu)].map((m) => ({
    phrase: m[0],
    value: Number(m[1]),
  }));
  expect(stated.length).toBeGreaterThan(0);
  const cited = [
    ...[...plan.headline, ...plan.achievements].map((f) => ({ source: f.source, value: f.value })),
    ...[...plan.planTargets.main, ...plan.planTargets.work].map((t) => ({ source: t.source, value: t.target.value })),
  ];
  for (const { phrase, value } of stated) {
    const citing = cited.filter((f) => f.source.includes(phrase));
    expect(citing.length, phrase).toBeGreaterThan(0);
    expect(
      citing.some((f) => f.value === value),
      phrase,
    ).toBe(true);
  }
});
