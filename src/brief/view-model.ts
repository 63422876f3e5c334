import { asSentence } from '../present/words.js';
import { describeSeverityChange } from '../diagnostics/severity.js';
import { basisReadingNote, basisWords, growthWithBasis, relativeBasisNote } from '../present/growth-basis.js';
import {
  discrepancySentence,
  editionValues,
  withMarks,
  compiledText,
  figureLabel,
  judgementShort,
  setApartNote,
  placeName,
  ranksText,
  readerDate,
  reviewTargetLabel,
  judgementText,
  sectionText,
  setApartReason,
  type JudgementFlags,
  withReportTables,
} from '../present/reader.js';
import { beyondFindings, keyFindings, keyMessages, midSentence } from '../present/key-messages.js';
import { fill, lookup, type UiStrings } from '../present/strings.js';
import { englishMoneyColumn, formatNumber, textKey, type Locale } from '../model/format.js';
import { unitOf } from '../dataset/units.js';
import type { PriceBases } from '../model/growth-basis.js';
import type { Plan, PlanFigure, StatisticalTable, TextColumn } from '../model/plan.js';
import type { Text as BilingualText } from '../dataset/schema.js';
import { aboutTolerance } from '../model/status.js';
import type { UnitsFile } from '../dataset/schema.js';
import { glossaryInUse } from '../present/glossary.js';
import { sourceCaption } from './apparatus.js';
import { notCarriedText, outlookNote, outlookTexts, scorecardNote } from '../present/scorecard.js';
import { rankProfile, rankTexts, ranksStateHowMany } from '../present/ranks.js';
import { rankTargetReading } from '../present/rank-targets.js';
import { seriesSources, trendIndicators } from '../present/series.js';
import { contextTexts } from '../present/context.js';
import { projectCountsSentence, ratioTexts } from '../present/derived.js';

/**
 * What the brief template sees: the plan in one language, every figure already a
 * formatted string, every optional field present (null when absent) so that strict templates can
 * test it. Built from the plan model; nothing here computes a figure.
 */

export interface ChartMeta {
  readonly id: string;
  readonly title: string;
  readonly alt: string;
}

export function buildViewModel(
  plan: Plan,
  locale: Locale,
  strings: UiStrings,
  units: UnitsFile,
  buildDate: Date,
  charts: readonly ChartMeta[],
) {
  const lang = textKey(locale);
  const values = editionValues(plan.edition, locale);
  const rankText = (figure: PlanFigure) => ranksText(figure, strings, locale);
  // The source's own table numbers are cited in source lines, not kept in captions (apparatus.ts).
  const say = (key: string, extra: Record<string, string | number> = {}) => fill(lookup(strings, key) ?? key, { ...values, ...extra });
  // An estimate or a figure of an earlier year says so beside its value.
  const marked = (text: string, flags: { estimate?: boolean; year?: number | undefined; priceBases?: PriceBases | undefined }) =>
    withMarks(strings, text, flags, lang);
  const qualified = (figure: PlanFigure) =>
    marked(
      figure.qualifier
        ? fill(lookup(strings, `qualifier.${figure.qualifier}`) ?? '{value}', { value: figure.display[lang] })
        : figure.display[lang],
      figure,
    );

  const figureRow = (f: PlanFigure) => ({
    id: f.id,
    // A total held says so beside figures of what the year added (托位 beside 新增学位).
    label: figureLabel(strings, f, lang),
    value: qualified(f),
    // The change on the year with its direction: "增长5.0%" / "up 5.0%", "下降2.0%" / "down 2.0%".
    growth: f.growth ? f.growth.said[lang] : f.change ? f.change.said[lang] : null,
    rank: rankText(f),
    // An "of which" figure (其中) is a part of the one before it: its row is set indented.
    part: f.partOf !== undefined,
  });
  // A status judged on data of an earlier year, or on growth at another price basis, is set apart
  // from the firm ones: it says so and gives the gap instead of a verdict.
  const rowStatus = (row: JudgementFlags) => judgementText(strings, row, plan.edition.reviewYear, lang);
  // A row's words in the document's text columns (统计口径), "–" where it leaves one blank.
  const textCells = (columns: readonly TextColumn[], texts: Readonly<Record<string, BilingualText>> | undefined) =>
    columns.map((c) => texts?.[c.id]?.[lang] ?? '–');
  const tableView = (table: StatisticalTable) => {
    // English money in the scale the English text and charts use (RMB billion), where the column's
    // English label names the published unit in brackets, which then names the scale instead.
    // One scale for every column of the same currency, so that the table's columns compare.
    const quantity = (c: StatisticalTable['columns'][number]) => unitOf(units, c.unit).quantity;
    const scaled = new Map(
      table.columns.map((c) => {
        const values = [...table.rows, ...(table.total ? [table.total] : [])].flatMap((r) =>
          table.columns
            .filter((o) => quantity(o) === quantity(c))
            .flatMap((o) => (r.values[o.id] ?? 0) * (unitOf(units, o.unit).factor / unitOf(units, c.unit).factor)),
        );
        const money = englishMoneyColumn(units, c.unit, values, locale);
        const published = `(${unitOf(units, c.unit).en})`;
        return [
          c.id,
          money && c.label.en.endsWith(published)
            ? { ...money, label: `${c.label.en.slice(0, -published.length)}(${money.unit})` }
            : undefined,
        ];
      }),
    );
    // Every cell with the decimals it was published with, not its column's (a published 5 stays 5).
    const cell = (row: StatisticalTable['rows'][number], column: StatisticalTable['columns'][number]) => {
      const value = row.values[column.id];
      if (value === undefined) return '–';
      const decimals = row.decimals[column.id] ?? column.decimals;
      const money = scaled.get(column.id);
      return money ? formatNumber(value * money.multiply, decimals + money.extraDecimals, locale) : formatNumber(value, decimals, locale);
    };
    const { caption, number } = sourceCaption(table.caption[lang]);
    const textColumns = table.textColumns ?? [];
    return {
      id: table.id,
      caption,
      sourceNumber: number ?? null,
      dimension: table.dimension[lang],
      note: table.note ? table.note[lang] : null,
      columns: table.columns.map((c) => ({ label: scaled.get(c.id)?.label ?? c.label[lang] })),
      textColumns: textColumns.map((c) => ({ label: c.label[lang] })),
      rows: table.rows.map((row) => ({
        label: row.label[lang],
        texts: textCells(textColumns, row.texts),
        cells: table.columns.map((c) => cell(row, c)),
        notes: row.notes.map((n) => n[lang]),
      })),
      total: table.total
        ? { label: table.total.label[lang], texts: textColumns.map(() => ''), cells: table.columns.map((c) => cell(table.total!, c)) }
        : null,
      chart: chart(`table-${table.id}`),
    };
  };
  // Only what the template reads: a rendered chart also holds its SVG and PNG bytes, which the
  // glossary scan below would otherwise serialise (a tenth of a brief's build time).
  const chartById = new Map(charts.map((c): [string, ChartMeta] => [c.id, { id: c.id, title: c.title, alt: c.alt }]));
  const chart = (id: string) => chartById.get(id) ?? null;
  const dateText = new Intl.DateTimeFormat(locale === 'zh-CN' ? 'zh-CN' : 'en-GB', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(buildDate);

  const reviewTargets = plan.reviewTargets;
  const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  const reportTables = (sentence: string) => withReportTables(sentence, plan, strings, lang);
  // The document's caption of its targets table, without its number; the brief's own when it has none.
  const reviewCaption = reviewTargets?.caption
    ? sourceCaption(reviewTargets.caption[lang])
    : { caption: say('brief.targets.reviewCaption'), number: undefined };
  const outlook = outlookTexts(plan, strings, locale);
  const relatives = (reviewTargets?.rows ?? []).filter((row) => row.target.kind === 'relative' && row.reference !== undefined);

  // A section's quantified results: a value column, and a change column when any figure has a change
  // (one measure per cell).
  const reviewSection = (s: Plan['sections']['review'][number]) => {
    const figures = s.figureIds.flatMap((id) => {
      const figure = plan.achievements.find((a) => a.id === id);
      if (figure) return [figureRow(figure)];
      const composition = plan.compositions.find((c) => c.id === id);
      return composition
        ? [{ id, label: composition.label[lang], value: composition.display[lang], growth: null, rank: null, part: false }]
        : [];
    });
    return {
      id: s.id,
      title: s.title[lang],
      summary: sectionText(strings, s, 'summary', lang),
      highlights: s.highlights.map((_, k) => sectionText(strings, s, k, lang)),
      figures,
      hasGrowth: figures.some((f) => f.growth !== null),
    };
  };

  const view = {
    lang,
    locale,
    buildDate: dateText,
    edition: {
      id: plan.edition.id,
      title: plan.edition.title[lang],
      district: plan.edition.district[lang],
      city: plan.edition.city[lang],
      /** "杭州市滨江区" / "Binjiang District, Hangzhou". */
      place: placeName(plan.edition, locale),
      planYear: plan.edition.planYear,
      reviewYear: plan.edition.reviewYear,
      issuer: plan.edition.issuer ? plan.edition.issuer[lang] : null,
      documentType: plan.edition.documentType[lang],
      sourceTitle: plan.edition.source.title[lang],
      sourceNote: asSentence(plan.edition.source.note[lang], lang),
      dataVersion: plan.edition.dataVersion,
      released: plan.edition.released ? readerDate(plan.edition.released, locale) : null,
      meeting: plan.edition.meeting ? plan.edition.meeting[lang] : null,
      preparedBy: plan.edition.preparedBy ? plan.edition.preparedBy[lang] : null,
      // Who made the brief and from what: not the issuer's publication (the workbook cover's words).
      compiled: compiledText(plan.edition, strings, lang, 'brief'),
      invented: plan.edition.invented === true,
    },
    values,
    keyFindings: keyFindings(plan, strings, locale),
    keyMessages: beyondFindings(keyMessages(plan, strings, locale), keyFindings(plan, strings, locale)),
    // The at-a-glance intro names only what its cards show: targets and their status only when a card has one.
    dashboardIntro: (() => {
      const parts = [
        'values',
        ...(plan.headline.some((f) => f.growth || f.change) ? ['growth'] : []),
        ...(plan.headline.some((f) => rankText(f)) ? ['ranks'] : []),
        ...(plan.headline.some((f) => f.target) ? ['targets'] : []),
      ].map((part) => say(`brief.dashboard.introParts.${part}`));
      return say(plan.headline.some((f) => f.target) ? 'brief.dashboard.introStatus' : 'brief.dashboard.intro', {
        // "数值、增速与目标" / "Values, growth and targets".
        parts:
          parts.length <= 1
            ? parts.join('')
            : `${parts.slice(0, -1).join(lang === 'zh' ? '、' : ', ')}${say('brief.dashboard.introParts.and')}${parts[parts.length - 1]}`,
      });
    })(),
    // The price basis read from the kind of indicator (the report not saying), stated once under the
    // cards and keyed by a mark on each card it concerns, instead of "(assumed)" on every card.
    assumedMark: say('brief.dashboard.assumedMark'),
    // With the notes of the marks of the cards' set-apart judgements, in one paragraph.
    dashboardNote:
      [
        ...(plan.headline.some((f) => f.growth?.basisFrom === 'kind')
          ? [
              say('brief.dashboard.assumedNote', {
                mark: say('brief.dashboard.assumedMark'),
                comparable: basisWords(strings, 'comparable'),
                current: basisWords(strings, 'current'),
              }),
            ]
          : []),
        ...[...new Set(plan.headline.flatMap((f) => (f.target && setApartReason(f.target) ? [setApartReason(f.target)!] : [])))].map(
          (reason) => setApartNote(strings, reason),
        ),
      ].join(lang === 'zh' ? '' : ' ') || null,
    headline: plan.headline.map((f) => ({
      ...figureRow(f),
      // The prices its growth is at, which the cards say since no chart beside them groups growth by basis.
      growthBasis: f.growth?.basis ? basisWords(strings, f.growth.basis) : null,
      // Read from the kind of indicator, the report not saying (src/model/growth-basis.ts): the card says "assumed".
      growthBasisAssumed: f.growth?.basisFrom === 'kind',
      target: f.target ? f.target.display[lang] : null,
      // A judgement set apart is its verdict with a mark, the caution once under the cards (dashboardNote).
      status: f.target ? judgementShort(strings, f.target) : null,
      // A judgement set apart takes no colour of met or not met.
      statusKey: f.target ? (setApartReason(f.target) ? 'set-apart' : f.target.status) : null,
      // What the figure includes (double counting across districts, …), wherever it appears.
      note: f.note ? f.note[lang] : null,
    })),
    reviewTargets: reviewTargets
      ? {
          caption: reviewCaption.caption,
          sourceNumber: reviewCaption.number ?? null,
          // The document's numbers of its indicators, when it gives them.
          numbered: reviewTargets.rows.some((row) => row.no !== undefined),
          textColumns: (reviewTargets.textColumns ?? []).map((c) => ({ label: c.label[lang] })),
          hasCompletion: reviewTargets.rows.some((row) => row.completion !== undefined),
          countNote: scorecardNote(plan, strings, locale) ?? null,
          rows: reviewTargets.rows.map((row) => ({
            no: row.no !== undefined ? String(row.no) : null,
            texts: textCells(reviewTargets.textColumns ?? [], row.texts),
            indicator: reviewTargetLabel(row, locale),
            note: row.note ? row.note[lang] : null,
            target: row.target.display[lang],
            // A cell that holds a level and a growth names the growth (one measure readable per part);
            // the positions the result states follow its figures.
            actual:
              [
                ...row.actual.map((a) => {
                  const text = marked(a.display[lang], a);
                  return row.actual.length > 1 && a.measure === 'growth' ? say('brief.targets.actualGrowth', { value: text }) : text;
                }),
                ...(row.ranks.length > 0 ? [ranksText(row, strings, locale)!] : []),
              ].join(lang === 'zh' ? '；' : '; ') || '–',
            completion: row.completion ? row.completion.display[lang] : '–',
            status: rowStatus(row),
          })),
        }
      : null,
    mainTargets: plan.planTargets.main.map((t) => {
      // The review year's result the target continues (its level or growth), from the outlook: the
      // same figure, under the same name ("… (2024: …)" where it is of a related indicator), as the
      // outlook table shows.
      const o = outlook.find((row) => row.id === t.id);
      return {
        label: o ? o.indicator : t.label[lang],
        target: t.target.display[lang],
        previous: o ? o.result : t.previous ? t.previous.display[lang] : null,
      };
    }),
    outlook: {
      rows: outlook,
      hasPreviousTarget: outlook.some((o) => o.previousTarget !== null),
      // The review year's targets no row continues are named under the table (usefulness review 11).
      note:
        [outlookNote(outlook, strings, lang), notCarriedText(plan, strings, locale)]
          .filter((t) => t !== undefined)
          .join(lang === 'zh' ? '' : ' ') || null,
    },
    ranks: rankTexts(plan, strings, locale),
    // The same ranks grouped by group and position, when there are enough to group (a profile of a
    // few ranks would repeat the table it heads).
    rankProfile: ((texts) => (texts.length >= 6 ? rankProfile(texts, strings, locale) : []))(rankTexts(plan, strings, locale)),
    // Whether the report says among how many any rank is: the intro then explains the "out of" column.
    ranksStateHowMany: ranksStateHowMany(plan),
    // Whether a standing in words or a rank without a figure is listed: the intro then says how they are shown.
    ranksInWords: rankTexts(plan, strings, locale).some((r) => r.position === null || r.figure === '–'),
    // The district beside its city, province and nation; null without comparison figures.
    context: ((c) =>
      c
        ? {
            ...c,
            growthRows: c.rows.filter((r) => r.comparesGrowth),
            sourceLine: c.sourceLine(c.rows.map((r) => r.document)),
            growthSourceLine: c.sourceLine(c.rows.filter((r) => r.comparesGrowth).map((r) => r.document)),
            perCapitaSourceLine: c.sourceLine(c.perCapita.flatMap((p) => p.documents)),
          }
        : null)(contextTexts(plan, strings, locale)),
    // Ratios the brief derives from two of the report's figures, each with its derivation.
    ratios: ratioTexts(plan, strings, locale),
    review: plan.sections.review.map((s) => reviewSection(s)),
    problems: plan.problems ? plan.problems[lang] : null,
    plan: plan.sections.plan.map((s) => ({
      id: s.id,
      title: s.title[lang],
      summary: sectionText(strings, s, 'summary', lang),
      highlights: s.highlights.map((_, k) => sectionText(strings, s, k, lang)),
      targets: s.figureIds
        .map((id) => plan.planTargets.work.find((w) => w.id === id)!)
        .map((w) => ({ id: w.id, label: w.label[lang], target: w.target.display[lang] })),
    })),
    tables: plan.tables.map(tableView),
    projects: {
      pipeline: plan.projects.pipeline
        ? {
            label: plan.projects.pipeline.label[lang],
            total: formatNumber(plan.projects.pipeline.total, 0, locale),
            annual: plan.projects.pipeline.annualInvestment ? plan.projects.pipeline.annualInvestment.display[lang] : null,
            stages: plan.projects.pipeline.stages.map((s) => ({ label: s.label[lang], value: formatNumber(s.value, 0, locale) })),
          }
        : null,
      // The other counts of projects the report gives (新开工重大项目), in one sentence; '' without any.
      counts: projectCountsSentence(plan, strings, locale),
      reserves: plan.projects.reserves.map((r) => ({
        label: r.label[lang],
        projects: formatNumber(r.projects, 0, locale),
        funding: r.qualifier ? fill(lookup(strings, `qualifier.${r.qualifier}`) ?? '{value}', { value: r.display[lang] }) : r.display[lang],
        fundingNote: r.fundingNote ? r.fundingNote[lang] : null,
      })),
    },
    notes: {
      // One sentence per discrepancy, each said once.
      // A table named by its data caption ("Table 2. …", the report's number) is named as the
      // report's table: the brief numbers its tables in its own order, and its Table 2 is another.
      discrepancies: [...new Set(plan.warnings.map((w) => sentenceCase(reportTables(discrepancySentence(w, strings, lang)))))],
      // The project's changes to how strictly the data is checked, refused ones included.
      severityChanges: (plan.severityChanges ?? []).map((change) => describeSeverityChange(change)[lang]),
      aboutTolerance: formatNumber(aboutTolerance * 100, 0, locale),
      // Without a context part the brief says once that it compares with no larger area, and where
      // the only comparisons it has, the report's ranks, are.
      noContext: plan.context
        ? null
        : say(rankTexts(plan, strings, locale).length > 0 ? 'brief.notes.noContext' : 'brief.notes.noContextNoRanks', {
            ranks: lookup(strings, 'brief.ranks.title') ?? '',
          }),
      // How each relative target was read: against which figure's growth.
      // The reading states the price basis of the growth it compares (growthWithBasis, relativeBasisNote).
      relatives: relatives.map((row) => {
        const reading = say(`brief.notes.relative.${row.target.relation ?? 'in-step'}`, {
          indicator: reviewTargetLabel(row, locale),
          target: row.target.display[lang],
          reference: lang === 'en' ? midSentence(row.reference!.label.en) : row.reference!.label.zh,
          growth: row.reference!.growth ? growthWithBasis(strings, row.reference!.growth, lang) : '–',
          status: rowStatus(row),
        });
        const basisNote = relativeBasisNote(
          strings,
          row,
          lang === 'en' ? midSentence(reviewTargetLabel(row, locale)) : reviewTargetLabel(row, locale),
          locale,
        );
        return basisNote === '' ? reading : `${reading}${lang === 'en' ? ' ' : ''}${basisNote}`;
      }),
      // How each rank target was read: the position it was judged on, or why it was not judged.
      ranks: (reviewTargets?.rows ?? []).flatMap((row) => rankTargetReading(row, strings, locale) ?? []),
      // Growth whose price basis the report does not state: how the brief reads it.
      basisRead: basisReadingNote(strings, plan.headline, lang),
      units: [...new Set(plan.headline.map((h) => h.unit))].map((u) => ({ id: u, label: unitOf(units, u)[lang] })),
    },
    glossary: [] as { zh: string; en: string; note: string }[],
    charts: {
      // No headline-growth chart: it would draw the growth the cards above it print, one bar per card
      // (third usefulness review); the workbook, which has no cards, keeps it.
      growthVsTarget: chart('growth-vs-target'),
      headlineTrend: chart('headline-trend'),
    },
    // The reports the trend figure's figures come from, for its source line.
    trendSources: seriesSources(plan, trendIndicators(plan), lang),
  };
  // The glossary lists only the terms that occur in the brief's text.
  view.glossary = glossaryInUse(plan.glossary, JSON.stringify(view), lang).map((g) => ({ zh: g.zh, en: g.en, note: g.note[lang] }));
  return view;
}

export type ViewModel = ReturnType<typeof buildViewModel>;
