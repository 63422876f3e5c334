import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { bounds } from '../../src/dataset/schema.js';
import type { Locale } from '../../src/model/format.js';
import type { TargetWording } from '../../src/model/outlook.js';
import { buildPlan, type Plan } from '../../src/model/plan.js';
import { outlookMessages, outlookTexts } from '../../src/present/scorecard.js';
import { loadUiStrings, lookup } from '../../src/present/strings.js';
import { defaultDataDir, repoRoot, validateDir } from '../helpers.js';

// Publication review: 固定资产投资(区内) 2024 "力争300亿元" and 2025 "300亿元以上" were called
// "unchanged from the 2024 target". The figure is the same; the kind of target (an aim become a
// floor) is not, and every output that compares the two says so, for every wording, in both languages.
const { dataset } = validateDir(defaultDataDir);
const plan = buildPlan(dataset.editions.find((e) => e.folder === 'binjiang-2025')!, dataset.units!, dataset.glossary!, []);
const wordings: TargetWording[] = (['none', ...bounds] as const).flatMap((bound) => [false, true].map((strive) => ({ bound, strive })));
const key = (w: TargetWording) => `brief.outlook.wordings.${w.bound}.${w.strive ? 'strive' : 'set'}`;
// The default edition's floor that keeps its 2024 figure (a row the key messages list as a floor below its result).
const kept = plan.outlook.find((o) => o.sameAsPreviousTarget && o.reading === 'floor' && (o.change?.value ?? 0) < 0)!;

const withWording = (from: TargetWording, to: TargetWording): Plan => ({
  ...plan,
  outlook: plan.outlook.map((o) => (o === kept ? { ...o, wordingChange: { from, to } } : o)),
});

describe.each([
  ['en', /unchanged/i],
  ['zh-CN', /与\d{4}年目标数值相同/],
] as const)('%s', (locale: Locale, unchanged) => {
  const strings = loadUiStrings(repoRoot, locale, new DiagnosticSink())!;
  const words = (w: TargetWording) => lookup(strings, key(w))!;

  it('has words for every wording, each different from every other', () => {
    for (const w of wordings) expect(words(w), key(w)).toBeTruthy();
    expect(new Set(wordings.map(words)).size).toBe(wordings.length);
  });

  it('the default edition’s kept floor says its kind changed, in the key messages and in the table', () => {
    expect(kept.wordingChange).toBeDefined();
    const message = outlookMessages(plan, strings, locale).messages.join(' ');
    const cell = outlookTexts(plan, strings, locale).find((t) => t.id === kept.target)!.changeCell;
    for (const text of [message, cell]) {
      expect(text).toContain(words(kept.wordingChange!.from));
      expect(text).toContain(words(kept.wordingChange!.to));
    }
    expect(message).not.toMatch(unchanged);
  });

  it.each(wordings.flatMap((from) => wordings.filter((to) => to !== from).map((to) => [from, to] as const)))(
    'from %o to %o: named in both, never "unchanged"',
    (from, to) => {
      const changed = withWording(from, to);
      const message = outlookMessages(changed, strings, locale).messages.join(' ');
      const text = outlookTexts(changed, strings, locale).find((t) => t.id === kept.target)!;
      for (const t of [message, text.changeCell, text.kindChange ?? '']) {
        expect(t).toContain(words(from));
        expect(t).toContain(words(to));
        expect(t).not.toMatch(/\{\w+\}/);
      }
      expect(message).not.toMatch(unchanged);
    },
  );
});

// Publication review: Table 3 read "由5.0%到5.6%"; a change in points takes the verb of its
// direction in Chinese, as the key messages do ("由5.0%提高到5.6%", "由…降至…").
describe('zh-CN: a change in percentage points takes the verb of its direction', () => {
  const strings = loadUiStrings(repoRoot, 'zh-CN', new DiagnosticSink())!;
  const pointRows = plan.outlook.filter((o) => o.change?.kind === 'points');
  // Both directions, whatever the edition's own rows: each row as it is and with its change reversed.
  const flipped: Plan = {
    ...plan,
    outlook: plan.outlook.map((o) => (o.change?.kind === 'points' ? { ...o, change: { ...o.change, value: -o.change.value } } : o)),
  };

  it.each([
    ['as published', plan],
    ['reversed', flipped],
  ] as const)('%s', (_, p) => {
    expect(pointRows.length).toBeGreaterThan(0);
    const texts = outlookTexts(p, strings, 'zh-CN');
    for (const row of p.outlook.filter((o) => o.change?.kind === 'points')) {
      const cell = texts.find((t) => t.id === row.target)!.changeCell;
      const verb = row.change!.value > 0 ? '提高到' : row.change!.value < 0 ? '降至' : '保持';
      expect(cell, row.target).toContain(verb);
      expect(cell, row.target).not.toMatch(/由[^（]*\d%?到/u);
    }
  });
});
