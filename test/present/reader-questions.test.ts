import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { buildPlan } from '../../src/model/plan.js';
import { keyMessages } from '../../src/present/key-messages.js';
import { outlookNote, outlookTexts, scorecardNote } from '../../src/present/scorecard.js';
import { aboutTolerance } from '../../src/model/status.js';
import { compiledText, judgementShort, judgementText, sectionText, setApartNote } from '../../src/present/reader.js';
import { chineseCount, englishCount, midSentence } from '../../src/present/words.js';
import { loadUiStrings, lookup } from '../../src/present/strings.js';
import { buildViewModel } from '../../src/brief/view-model.js';
import { buildWorkbookData } from '../../src/workbook/data.js';
import { makeDataDir, repoRoot, reviewOnlyEditionDir, validateDir } from '../helpers.js';

// Usefulness review (issue 31): a judgement resting on an earlier year's data (错年数据), or comparing
// growth at current prices with growth at comparable prices, is not counted as firm. Every output
// gives the verdict a direct reading gives (a planning commission judges so), with the gap and the
// caution beside it: key messages, the targets table, the outlook, the workbook and its CSV.
const strings = { en: loadUiStrings(repoRoot, 'en', new DiagnosticSink())!, zh: loadUiStrings(repoRoot, 'zh-CN', new DiagnosticSink())! };

describe.each([
  ['the default edition', path.join(repoRoot, 'data'), 'binjiang-2025'],
  ['the invented yanxi-2024', undefined, 'yanxi-2024'],
])('%s', (_, dir, folder) => {
  const { dataset } = validateDir(dir ?? makeDataDir([reviewOnlyEditionDir]));
  const plan = buildPlan(dataset.editions.find((e) => e.folder === folder)!, dataset.units!, dataset.glossary!, []);
  const rows = plan.reviewTargets!.rows;
  const lagged = rows.find((r) => r.year !== undefined)!;
  const crossed = rows.filter((r) => r.priceBases !== undefined);
  const { current, crossBasis, lagged: laggedIndicators } = plan.reviewTargets!.scorecard;

  it('has a lagged judgement and judgements across price bases, each with a gap in percentage points', () => {
    expect(lagged.status).not.toBe('not-comparable');
    expect(lagged.margin).toBeDefined();
    expect(lagged.margin!.value).toBeCloseTo(lagged.gap!, 6);
    expect(crossed.length).toBeGreaterThan(0);
    for (const row of crossed) {
      const growth = row.actual.find((a) => a.measure === 'growth')!;
      expect(row.margin!.value).toBeCloseTo(growth.value - row.reference!.growth!.value, 6);
    }
  });

  it('gives both counts in the key messages: read directly, and like for like with how many are set apart', () => {
    const count = (n: number, lang: 'en' | 'zh') => (lang === 'zh' ? chineseCount(n) : englishCount(n));
    const judged = [...current, ...crossBasis, ...laggedIndicators];
    const met = current.filter((i) => i.status === 'met').length;
    const metDirect = judged.filter((i) => i.status === 'met').length;
    // The counts and firm judgements, then the judgements set apart, as two messages (fourth reviews).
    const en = keyMessages(plan, strings.en, 'en').join(' ');
    const zh = keyMessages(plan, strings.zh, 'zh-CN').join('');
    // Read directly, the set-apart judgements count with the firm ones (issue 31, third review: a
    // planning commission reads them so); like for like, they are left out and said why.
    expect(en).toContain(`Read directly, target against result, ${count(metDirect, 'en')} ${metDirect === 1 ? 'was' : 'were'} met`);
    expect(en).toContain(`like for like on ${plan.edition.reviewYear} data, ${count(met, 'en')} ${met === 1 ? 'was' : 'were'} met`);
    expect(zh).toContain(`按目标与实际直接对照,完成${count(metDirect, 'zh')}项`);
    expect(zh).toContain(`同口径判断,完成${count(met, 'zh')}项`);
    expect(en).toContain(`${lagged.year} data`);
    // The lagged item gives its verdict on a direct reading, its figure, target and gap, and why it is not like for like.
    const label = plan.reviewTargets!.scorecard.lagged[0]!.label;
    const verdict = lookup(strings.en, `keyMessages.scorecard.verdict.${laggedIndicators[0]!.status}`)!;
    // One finding of its own, its figure first (usefulness review 10).
    const sentence = keyMessages(plan, strings.en, 'en').find((m) => m.startsWith(`${label.en}: ${lagged.actual[0]!.display.en} (`))!;
    expect(sentence).toContain(`(${lagged.year} data; target: `);
    expect(sentence).toContain(`gap ${lagged.margin!.display.en}), ${verdict} on a direct reading`);
    expect(sentence).toContain(`${lagged.year} is the latest year the report gives`);
    expect(sentence).toContain(`not like for like with the ${plan.edition.reviewYear} target`);
    expect(sentence).toContain('not like for like');
    const zhSentence = keyMessages(plan, strings.zh, 'zh-CN').find((m) => m.startsWith(`${label.zh}${lagged.actual[0]!.display.zh}（`))!;
    expect(zhSentence).toContain(
      `相差${lagged.margin!.display.zh},直接对照${lookup(strings.zh, `keyMessages.scorecard.verdict.${laggedIndicators[0]!.status}`)}`,
    );
    expect(zhSentence).toContain(`但${lagged.year}年数据为报告所给最新`);
    // Each judgement across bases gives its verdict, both growth rates and the gap.
    for (const row of crossed) expect(en).toContain(`a gap of ${row.margin!.display.en}`);
  });

  it('sets the same judgements apart in the targets table, the outlook and the workbook, in both languages', () => {
    const year = plan.edition.reviewYear;
    // The verdict of a direct reading, with its sign, beside the caution (issue 31, third review).
    const word = (st: typeof lagged.status, lang: 'en' | 'zh') => lookup(strings[lang], `status.${st}`)!;
    const sign = (st: typeof lagged.status) => (st === 'met' ? '✓' : '×');
    expect(judgementText(strings.en, lagged, year, 'en')).toBe(
      `${sign(lagged.status)} ${word(lagged.status, 'en')} on a direct reading (${lagged.margin!.display.en}); the result is ${lagged.year} data, not like for like`,
    );
    expect(judgementText(strings.zh, lagged, year, 'zh')).toBe(
      `${sign(lagged.status)} 直接对照${word(lagged.status, 'zh')}(相差${lagged.margin!.display.zh});系${lagged.year}年数据,非同年比较`,
    );
    for (const row of crossed) {
      expect(judgementText(strings.en, row, year, 'en')).toBe(
        `${sign(row.status)} ${word(row.status, 'en')} on a direct reading (${row.margin!.display.en}); price bases differ, not like for like`,
      );
      expect(judgementText(strings.zh, row, year, 'zh')).toBe(
        `${sign(row.status)} 直接对照${word(row.status, 'zh')}(增速相差${row.margin!.display.zh});价格口径不同,非同口径比较`,
      );
    }
    // A firm judgement keeps its verdict.
    const firm = rows.find((r) => r.status === 'met' && r.year === undefined && r.priceBases === undefined)!;
    expect(judgementText(strings.en, firm, year, 'en')).toBe('✓ Met');
    for (const [locale, s] of [
      ['en', strings.en],
      ['zh-CN', strings.zh],
    ] as const) {
      const lang = locale === 'en' ? 'en' : 'zh';
      const workbook = buildWorkbookData(plan, locale, s, dataset.units!);
      const status = (id: string) => workbook.datasets.reviewTargets!.find((r) => r.id === id)!.status;
      expect(status(lagged.id)).toBe(judgementText(s, lagged, year, lang, false));
      for (const row of crossed) expect(status(row.id)).toBe(judgementText(s, row, year, lang, false));
      // The outlook's review-year status of a lagged indicator is set apart as well: in its narrow
      // column the verdict with a mark, the caution once in the table's note (publication review).
      const texts = outlookTexts(plan, s, locale);
      const outlook = texts.filter((o) => plan.outlook.find((r) => r.target === o.id)?.previousTarget?.id === lagged.id);
      // The default edition continues its lagged indicator into the plan year; a review-only edition has no outlook.
      expect(outlook.length > 0).toBe(plan.outlook.length > 0);
      for (const o of outlook) {
        expect(o.previousStatus).toBe(judgementShort(s, lagged));
        expect(o.previousStatus).toBe(`${sign(lagged.status)} ${word(lagged.status, lang)}${lookup(s, 'status.setApart.mark.lagged')}`);
        expect(o.previousStatusApart).toBe('lagged');
      }
      if (outlook.length > 0) expect(outlookNote(texts, s, lang)).toContain(setApartNote(s, 'lagged'));
    }
  });
});

// Usefulness review (issue 31): "R&D expenditure held at 9.1% of GDP" in a section's text dropped the
// "(2023 data)" its table carries. A figure cited in the text ([[id]]) takes its marks with it.
describe('a cited figure of an earlier year in a section’s text', () => {
  const { dataset } = validateDir(path.join(repoRoot, 'data'));
  const plan = buildPlan(dataset.editions[0]!, dataset.units!, dataset.glossary!, []);
  const figure = plan.achievements.find((a) => a.year !== undefined && a.year !== plan.edition.reviewYear)!;
  const section = plan.sections.review.find((s) => s.figureMarks.length > 0)!;

  it('carries the year of its data in both languages, right after its value', () => {
    expect(section.summary.en).toContain(figure.display.en);
    expect(sectionText(strings.en, section, 'summary', 'en')).toContain(`${figure.display.en} (${figure.year} data)`);
    expect(sectionText(strings.zh, section, 'summary', 'zh')).toContain(`${figure.display.zh}（${figure.year}年数据）`);
  });

  it('carries no mark when the figure is of the review year', () => {
    const plain = { ...section, figureMarks: [] };
    expect(sectionText(strings.en, plain, 'summary', 'en')).toBe(section.summary.en);
    // Every flagged figure's mark sits where its value ends.
    for (const m of section.figureMarks) {
      const text = m.text === 'summary' ? section.summary[m.lang] : section.highlights[m.text]![m.lang];
      expect(text.slice(0, m.at).endsWith(figure.display[m.lang])).toBe(true);
    }
  });
});

// Usefulness review (issue 31): the tolerance of an "about" target (左右) was stated only in the notes
// at the end; the note under the targets table, where the verdicts are given, states it.
describe('the note under the targets table', () => {
  for (const dataset of [validateDir(makeDataDir([reviewOnlyEditionDir])).dataset, validateDir(path.join(repoRoot, 'data')).dataset])
    for (const edition of dataset.editions) {
      const plan = buildPlan(edition, dataset.units!, dataset.glossary!, []);
      const about = (plan.reviewTargets?.rows ?? []).filter((r) => r.target.bound === 'about' && r.status !== 'pending');
      it(`${edition.folder}: states the tolerance of its "about" targets${about.length === 0 ? ' (none: no such sentence)' : ''}`, () => {
        const en = scorecardNote(plan, strings.en, 'en') ?? '';
        const zh = scorecardNote(plan, strings.zh, 'zh-CN') ?? '';
        if (about.length === 0) {
          expect(en).not.toContain('±');
          expect(zh).not.toContain('±');
          return;
        }
        for (const row of about) {
          expect(en).toContain(midSentence(row.target.display.en));
          expect(zh).toContain(row.target.display.zh);
        }
        expect(en).toContain(`within ±${aboutTolerance * 100}% of its figure`);
        expect(zh).toContain(`±${aboutTolerance * 100}%以内为完成`);
      });
    }
});

// Usefulness review (issue 31): without a context part the brief said nothing of comparisons; it
// says once, in its notes, that it quotes no larger area's figures and no population, and where the
// report's ranks are. With a context part the sentence is absent.
describe('an edition without a context part', () => {
  const units = validateDir(path.join(repoRoot, 'data')).dataset.units!;
  const view = (plan: ReturnType<typeof buildPlan>, locale: 'en' | 'zh-CN') =>
    buildViewModel(plan, locale, locale === 'en' ? strings.en : strings.zh, units, new Date(0), []);
  const { dataset } = validateDir(makeDataDir([reviewOnlyEditionDir]));
  const withContext = buildPlan(dataset.editions.find((e) => e.folder === 'yanxi-2024')!, dataset.units!, dataset.glossary!, []);
  const without = { ...withContext, context: undefined } as typeof withContext;

  it('says so once in the notes, in both languages, pointing to the rank table', () => {
    expect(withContext.context).toBeDefined();
    expect(view(withContext, 'en').notes.noContext).toBeNull();
    expect(view(withContext, 'zh-CN').notes.noContext).toBeNull();
    const en = view(without, 'en').notes.noContext!;
    const zh = view(without, 'zh-CN').notes.noContext!;
    expect(en).toContain('quotes no figures of the city, the province or the nation, and no population');
    expect(en).toContain('“Ranks stated in the report”');
    expect(zh).toContain('本版未引用市、省、全国的数据,也未引用人口数');
    expect(zh).toContain(`“${lookup(strings.zh, 'brief.ranks.title')}”`);
  });
});

// Usefulness review (issue 31): the cover said who issued the report and that the Chinese text
// prevails, but not who made the brief: it says that the brief is compiled from the report and is not
// the issuer's publication, in the workbook cover's words (one string).
describe('the brief’s cover', () => {
  const { dataset } = validateDir(path.join(repoRoot, 'data'));
  const plan = buildPlan(dataset.editions[0]!, dataset.units!, dataset.glossary!, []);
  it('says the brief is compiled from the report and not the issuer’s publication, in both languages', () => {
    const en = buildViewModel(plan, 'en', strings.en, dataset.units!, new Date(0), []).edition.compiled;
    const zh = buildViewModel(plan, 'zh-CN', strings.zh, dataset.units!, new Date(0), []).edition.compiled;
    expect(en).toContain(`not an official publication of the ${plan.edition.issuer!.en}.`);
    expect(en).toMatch(/is this brief['’]s reading/);
    expect(zh).toContain(`本简报据上述报告整理，并非${plan.edition.issuer!.zh}的正式发布物`);
    // The workbook's cover says the same of the workbook, from the same string.
    expect(compiledText(plan.edition, strings.en, 'en', 'workbook')).toBe(en.replace(/this brief(['’])s/, 'this workbook$1s'));
    expect(compiledText(plan.edition, strings.zh, 'zh', 'workbook')).toBe(zh.replaceAll('简报', '工作簿'));
  });
});

// Usefulness review (issue 31): what the 2025 targets imply was one dense paragraph that never said
// the plan's direction. The key messages now give it as a short list: the growth targets raised
// above (or set below) the latest results first, each "from → to", then the amounts set below the
// results, then the targets set in another form, each a message of its own.
describe('the plan year’s direction in the key messages', () => {
  for (const [name, dir, folder] of [
    ['the default edition', path.join(repoRoot, 'data'), 'binjiang-2025'],
    ['the invented demo-2026', undefined, 'demo-2026'],
  ] as const) {
    it(`${name}: one finding names every growth target raised, one every target lowered, with both figures`, () => {
      const { dataset } = validateDir(dir ?? makeDataDir([path.join(repoRoot, 'test', 'fixtures', 'editions', 'demo-2026')]));
      const edition = dataset.editions.find((e) => e.folder === folder);
      if (!edition) throw new Error(`no edition ${folder}`);
      const plan = buildPlan(edition, dataset.units!, dataset.glossary!, []);
      const points = plan.outlook.filter((o) => o.change?.kind === 'points' && o.change.value !== 0);
      expect(points.length).toBeGreaterThan(0);
      for (const [locale, s] of [
        ['en', strings.en],
        ['zh-CN', strings.zh],
      ] as const) {
        const lang = locale === 'en' ? 'en' : 'zh';
        const messages = keyMessages(plan, s, locale);
        // Chinese says raised or lowered with its verb (由4.2%提高到6%, 由5.6%降至5.0%).
        const zhVerb = (o: { change?: { value: number } }) => (o.change!.value > 0 ? '提高到' : '降至');
        const direction = messages.filter((m) =>
          points.some(
            (o) =>
              m.includes(`${o.result.display[lang]} → ${o.change!.to[lang]}`) ||
              m.includes(`${o.result.display.zh}${zhVerb(o)}${o.change!.to.zh}`),
          ),
        );
        // One finding for the targets raised, one for those lowered (each its own item: usefulness review 10).
        const raised = points.filter((o) => o.change!.value > 0);
        const lowered = points.filter((o) => o.change!.value < 0);
        expect(direction).toHaveLength((raised.length > 0 ? 1 : 0) + (lowered.length > 0 ? 1 : 0));
        for (const o of points) {
          const label = plan.planTargets.main.concat(plan.planTargets.work).find((t) => t.id === o.target)!.label[lang];
          const finding = direction[o.change!.value > 0 || raised.length === 0 ? 0 : 1]!;
          expect(finding).toContain(lang === 'en' ? midSentence(label) : label);
          expect(finding).toContain(
            lang === 'en' ? `${o.result.display.en} → ${o.change!.to.en}` : `${o.result.display.zh}${zhVerb(o)}${o.change!.to.zh}`,
          );
        }
        if (raised.length > 0) expect(direction[0]).toContain(lang === 'en' ? 'growth targets raised above' : '增速目标高于');
        if (lowered.length > 0) expect(direction.at(-1)).toContain(lang === 'en' ? 'growth targets set below' : '增速目标低于');
        // The floors and the changes of kind are messages of their own, not part of it.
        for (const d of direction) expect(d).not.toMatch(/Floors|下限|another form|目标类型/);
      }
    });
  }
});
