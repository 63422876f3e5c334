import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeBrief } from '../../src/brief/brief.js';
import type { DocNode, TableNode } from '../../src/brief/markup.js';
import { splitCaptionNumber } from '../../src/dataset/caption-number.js';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import type { Locale } from '../../src/model/format.js';
import { buildPlan } from '../../src/model/plan.js';
import { datasetCaptions, outlineLevels, parseMarkup } from '../../src/present/document.js';
import { stringsForEdition } from '../../src/present/edition-scope.js';
import { seriesSources } from '../../src/present/series.js';
import { discrepancySentence, readerNote } from '../../src/present/reader.js';
import { fill, loadUiStrings, lookup } from '../../src/present/strings.js';
import { blankMark } from '../../src/present/typography.js';
import { checkStandings } from '../../src/validate/rules/sources.js';
import { buildWorkbookData } from '../../src/workbook/data.js';
import { workbookLayout } from '../../src/workbook/layout.js';
import { defaultDataDir, makeDataDir, repoRoot, validateDir } from '../helpers.js';

// Issue 25, the publication review's findings on wording (helper words4): each checked on the
// default edition in both languages, through the code that writes it.

const { dataset, diagnostics } = validateDir(makeDataDir([path.join(defaultDataDir, 'editions', 'binjiang-2025')]));
const units = dataset.units!;
// With the validation findings the build gives the plan, which the notes list as known discrepancies.
const plan = buildPlan(
  dataset.editions[0]!,
  units,
  dataset.glossary!,
  diagnostics.filter((d) => d.severity !== 'error'),
);
const locales: Locale[] = ['zh-CN', 'en'];
const strings = Object.fromEntries(locales.map((l) => [l, loadUiStrings(repoRoot, l, new DiagnosticSink())!])) as Record<
  Locale,
  NonNullable<ReturnType<typeof loadUiStrings>>
>;
const input = (locale: Locale) => ({
  rootDir: repoRoot,
  plan,
  locale,
  strings: strings[locale],
  units,
  charts: [],
  buildDate: new Date('2025-01-15T00:00:00Z'),
});
const briefs = Object.fromEntries(locales.map((l) => [l, composeBrief(input(l), new DiagnosticSink())!])) as Record<Locale, DocNode[]>;
const lang = (locale: Locale) => (locale === 'zh-CN' ? 'zh' : 'en');
const tables = (locale: Locale) => briefs[locale].filter((n): n is TableNode => n.type === 'table');
const column = (table: TableNode, header: string) => table.rows.map((r) => r.cells[table.columns.findIndex((c) => c.header === header)]!);

describe.each(locales)('the brief in %s', (locale) => {
  const say = (key: string) => lookup(strings[locale], key)!;
  const texts = briefs[locale].flatMap((n) =>
    n.type === 'list' ? n.items : n.type === 'paragraph' ? [n.text] : n.type === 'table' ? n.rows.flatMap((r) => r.cells) : [],
  );

  it('says an acknowledged discrepancy once: the data’s note, not the generated sentence as well', () => {
    const acknowledged = plan.warnings.filter((w) => w.reader?.note);
    expect(acknowledged.length, 'the default edition acknowledges a discrepancy').toBeGreaterThan(0);
    for (const warning of acknowledged) {
      const reader = warning.reader!;
      // The sentence the rule would write of it, after its subject.
      const generated = fill(say(`warnings.${warning.ruleId.replace(/^plan:/, '')}.${reader.variant}`), {
        subject: '§',
        expected: warning.expected ?? '',
        actual: warning.actual ?? '',
      })
        .split('§')[1]!
        .replace(/^[:：,，\s]+/, '')
        .replace(/[.。]$/, '');
      expect(generated.length).toBeGreaterThan(10);
      for (const text of [
        discrepancySentence(warning, strings[locale], lang(locale)),
        readerNote(warning, strings[locale], lang(locale)),
      ]) {
        expect(text.toLowerCase()).toContain(reader.note![lang(locale)].slice(1, 20).toLowerCase());
        expect(text, 'the generated wording repeats the note').not.toContain(generated);
      }
    }
  });

  it('cites the report’s own table numbers as the report’s, never as bare “Table n” beside its own', () => {
    const cited = tables(locale).flatMap((t) => (t.source && /\d/.test(t.source.replace(/\d{4}/g, '')) ? [t.source] : []));
    expect(cited.length, 'the default edition cites the report’s tables').toBeGreaterThan(1);
    for (const source of cited) expect(source).toMatch(locale === 'en' ? /the report’s Table \d+/ : /原文表\d+/);
  });

  // The workbook numbers its own tables in its reading order (issue 26, test/workbook/guidance.test.ts);
  // a sheet that holds a table of the brief keeps its caption and names the brief's number.
  it('titles each workbook sheet of a brief table with its caption, and names the brief’s number in its description', () => {
    const titles = datasetCaptions(briefs[locale]);
    expect(titles.size).toBeGreaterThan(1);
    const data = buildWorkbookData(plan, locale, strings[locale], units);
    const layout = workbookLayout({ ...input(locale), briefTables: titles }, data, new DiagnosticSink())!;
    for (const [key, caption] of titles) {
      const sheet = layout.sheets.find((s) => s.key === key);
      const { number, caption: text } = splitCaptionNumber(caption.replaceAll('\u00a0', ' '));
      expect(sheet?.title.endsWith(text), key).toBe(true);
      expect(sheet?.description, key).toMatch(
        locale === 'en' ? new RegExp(`the brief's Table ${number}\\b`) : new RegExp(`简报表${number}(?!\\d)`),
      );
    }
  });

  // The change from the review year's target, where both are figures, follows the change from the result in one pattern too.
  it('words every implied change in one pattern, and a change of kind as a sentence', () => {
    const outlook = tables(locale).find((t) => t.columns.some((c) => c.header === say('brief.outlook.change')))!;
    const changes = column(outlook, say('brief.outlook.change')).filter((c) => c !== blankMark(locale));
    expect(changes.length).toBeGreaterThan(5);
    const pattern =
      locale === 'en'
        ? /^(?:(?:a floor )?(?:[\d.]+% (?:above|below) the \d{4} result|equal to the \d{4} result)|.+ → .+ \(.+\)|target changed from a .+ to a .+)(?:; (?:[\d.]+(?:%| percentage points?) (?:above|below) the \d{4} target|equal to the \d{4} target))?(?:; target changed from a .+ to a .+|; same figure as the \d{4} target, now an? .+ instead of an? .+)?$/
        : /^(?:(?:下限)?(?:比\d{4}年实绩[高低][\d.]+%|与\d{4}年实绩持平)|由.+(?:提高到|降至).+（.+）|保持[^（]+|目标由.+目标改为.+目标)(?:[;；](?:比\d{4}年目标[高低][\d.]+(?:%|个百分点)|与\d{4}年目标持平))?(?:[;；]目标由.+目标改为.+目标|[;；]数值与\d{4}年目标相同[,，]但由.+改为.+)?$/;
    for (const change of changes) expect(change).toMatch(pattern);
    expect(texts.join(' ')).not.toMatch(/delivered|kind of target|实际完成[少多]|之比较/);
  });

  it('introduces ranks in words true of every rank, a group the report names included', () => {
    expect(
      plan.achievements.flatMap((f) => f.ranks).some((r) => r.scopeLabel),
      'a rank among a named group',
    ).toBe(true);
    const intro = say('brief.ranks.intro');
    expect(texts.some((t) => t.includes(intro))).toBe(true);
    expect(intro).not.toMatch(/districts and counties|区、县/);
  });

  it('carries a standing’s qualifier in both languages', () => {
    const ranks = tables(locale).find((t) => t.columns.some((c) => c.header === say('brief.ranks.position')))!;
    const positions = column(ranks, say('brief.ranks.position'));
    const qualified = dataset.editions[0]!.data.achievements.standings.filter((s) => /\(.+\)/.test(s.standing?.text.en ?? ''));
    expect(qualified.length).toBeGreaterThan(0);
    for (const s of qualified) {
      const text = s.standing!.text[lang(locale)];
      expect(text).toMatch(/[（(].+[）)]/);
      expect(positions.some((p) => p.includes(text) || p.toLowerCase().includes(text.toLowerCase()))).toBe(true);
    }
  });

  it('says what a headline card’s target is for when its result is a growth rate', () => {
    const kpis = briefs[locale].find((n) => n.type === 'kpis');
    const growthTargets = plan.headline.filter((h) =>
      (plan.reviewTargets?.rows ?? []).some(
        (r) =>
          r.headline === h.id && r.target.kind === 'numeric' && r.measure === undefined && r.actual.every((a) => a.measure === 'growth'),
      ),
    );
    expect(growthTargets.length, 'the default edition has a growth target on a card').toBeGreaterThan(0);
    for (const h of growthTargets) {
      const card = kpis?.type === 'kpis' ? kpis.items.find((k) => k.label === h.label[lang(locale)]) : undefined;
      expect(card?.details.join(' ')).toMatch(locale === 'en' ? /Target: growth of / : /目标：?:?增长/);
    }
  });
});

describe('units and counts in English', () => {
  // Publication review: "12,907 times" read as how often one thing happened; 人次 counts a person
  // once each time, which English statistics of China call person-times.
  it('reads a count of people once each time (人次) as person-times, never a bare “times”', () => {
    const perTime = units.units.filter((u) => u.zh.endsWith('人次'));
    expect(perTime.length).toBeGreaterThan(0);
    for (const u of perTime) expect(u.en, u.id).toMatch(/(^|\s)person-times$/);
    expect(units.units.filter((u) => /job postings/.test(u.en))).toEqual([]);
    const all = JSON.stringify(briefs.en);
    expect(all).toMatch(/\d person-times/);
    expect(all).not.toMatch(/\d times\b/);
  });
});

describe('standings with a qualifier (plan:source-phrase-has-value)', () => {
  const edition = dataset.editions[0]!;
  const run = (zh: string) => {
    const data = structuredClone(edition.data);
    const standing = data.achievements.standings.find((s) => s.standing)!;
    standing.standing!.text.zh = zh;
    standing.source = '连续四年获全省社会治理十佳县';
    const sink = new DiagnosticSink();
    checkStandings(data, edition.files, sink);
    return sink.items.map((d) => d.actual);
  };
  it('accepts words and a bracketed qualifier each in the phrase, and names one that is not', () => {
    expect(run('十佳县（连续四年）')).toEqual([]);
    expect(run('十佳县（连续五年）')).toEqual(['十佳县（连续五年）']);
    expect(run('百强县')).toEqual(['百强县']);
  });
});

describe('outline levels (the contents of PDF and HTML)', () => {
  it('nests a heading whose template level skips one under the nearest open heading', () => {
    expect(outlineLevels([1, 3, 3, 1, 2, 3, 1, 3])).toEqual([1, 2, 2, 1, 2, 3, 1, 2]);
  });
  it('lists the notes’ subheadings, the glossary among them, at the contents’ second level', () => {
    for (const locale of locales) {
      const headings = briefs[locale].flatMap((n) => (n.type === 'heading' ? [n] : []));
      const levels = outlineLevels(headings.map((h) => h.level));
      const glossary = headings.findIndex((h) => h.text === lookup(strings[locale], 'brief.notes.glossary'));
      expect(glossary, locale).toBeGreaterThan(0);
      expect(levels[glossary], locale).toBe(2);
    }
  });
});

describe('an edition of a year’s results (a review that judges no targets)', () => {
  const results = {
    ...plan,
    reviewTargets: undefined,
    planTargets: { main: [], work: [] },
    sections: { ...plan.sections, plan: [] },
    projects: { ...plan.projects, pipeline: undefined, reserves: [] },
    outlook: [],
  } as typeof plan;
  it.each(locales)('is titled for its results and states its reference year (%s)', (locale) => {
    const scoped = stringsForEdition(strings[locale], results);
    const running = fill(lookup(scoped, 'brief.running')!, { district: 'D', reviewYear: 2024, planYear: 2025 });
    expect(running).not.toMatch(/plan|计划/);
    expect(running).toContain('2024');
    const nodes = composeBrief({ ...input(locale), plan: results, strings: scoped }, new DiagnosticSink())!;
    const cover = nodes.find((n) => n.type === 'cover')!;
    const year = cover.type === 'cover' ? cover.meta.find((m) => m.label === lookup(scoped, 'brief.cover.planYear')) : undefined;
    expect(year?.label).toBe(locale === 'en' ? 'Reference year' : '数据年度');
    expect(year?.value).toBe(String(plan.edition.reviewYear));
  });
  it('keeps the plan-execution wording for a review that judges targets', () => {
    const review = { ...results, reviewTargets: plan.reviewTargets } as typeof plan;
    expect(lookup(stringsForEdition(strings.en, review), 'brief.running')).toContain('plan execution');
  });
});

describe('titles side by side in 书名号 (GB/T 15834)', () => {
  it('takes no 顿号 between them', () => {
    const editions = [
      { id: 'a', source: { zh: '甲报告', en: 'Report A' } },
      { id: 'b', source: { zh: '乙报告', en: 'Report B' } },
    ];
    const series = { ...plan, series: { ...plan.series, editions } } as unknown as typeof plan;
    const indicators = [{ points: [{ edition: 'a' }, { edition: 'b' }] }] as unknown as Parameters<typeof seriesSources>[1];
    expect(seriesSources(series, indicators, 'zh')).toBe('《甲报告》《乙报告》');
    expect(seriesSources(series, indicators, 'en')).toBe('Report A; Report B');
  });
});

describe('a headline card’s note', () => {
  it('is a note of the card, apart from its lines of figures, in both languages', () => {
    const noted = plan.headline.filter((h) => h.note);
    expect(noted.length, 'the default edition notes what a figure includes').toBeGreaterThan(0);
    for (const locale of locales) {
      const kpis = briefs[locale].find((n) => n.type === 'kpis');
      for (const h of noted) {
        const card = kpis?.type === 'kpis' ? kpis.items.find((k) => k.label === h.label[lang(locale)]) : undefined;
        expect(card?.notes, locale).toEqual([h.note![lang(locale)]]);
        expect(card?.details, locale).not.toContain(h.note![lang(locale)]);
      }
    }
  });
  it('is parsed from <detail class="note">, and another class is refused', () => {
    const [node] = parseMarkup('<kpis><kpi label="A" value="1"><detail>x</detail><detail class="note">y</detail></kpi></kpis>');
    expect(node).toEqual({ type: 'kpis', items: [{ label: 'A', value: '1', details: ['x'], notes: ['y'] }] });
    expect(() => parseMarkup('<kpis><kpi label="A" value="1"><detail class="big">y</detail></kpi></kpis>')).toThrow(/detail style/);
  });
});
