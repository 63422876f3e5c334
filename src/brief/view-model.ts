import { discrepancySentence, editionValues, placeName, ranksText, readerDate, reviewTargetLabel, statusText } from '../present/reader.js';
import { keyMessages } from '../present/key-messages.js';
import { fill, lookup, type UiStrings } from '../present/strings.js';
import { formatNumber, textKey, unitOf, type Locale } from '../model/format.js';
import type { Plan, PlanFigure, ProjectRow } from '../model/plan.js';
import { aboutTolerance } from '../model/status.js';
import type { ProjectColumn, UnitsFile } from '../dataset/schema.js';

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
  const qualified = (figure: PlanFigure) =>
    figure.qualifier
      ? fill(lookup(strings, `qualifier.${figure.qualifier}`) ?? '{value}', { value: figure.display[lang] })
      : figure.display[lang];

  const figureRow = (f: PlanFigure) => ({
    id: f.id,
    label: f.label[lang],
    value: qualified(f),
    growth: f.growth ? f.growth.display[lang] : null,
    rank: rankText(f),
  });

  const projectCell = (row: ProjectRow, column: ProjectColumn) => formatNumber(row.values[column], row.decimals[column], locale);
  const dateText = new Intl.DateTimeFormat(locale === 'zh-CN' ? 'zh-CN' : 'en-GB', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(buildDate);

  const chartById = new Map(charts.map((c) => [c.id, c]));
  const chart = (id: string) => chartById.get(id) ?? null;

  return {
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
      issuer: plan.edition.issuer[lang],
      documentType: plan.edition.documentType[lang],
      sourceTitle: plan.edition.source.title[lang],
      sourceNote: plan.edition.source.note[lang],
      dataVersion: plan.edition.dataVersion,
      released: plan.edition.released ? readerDate(plan.edition.released, locale) : null,
      meeting: plan.edition.meeting ? plan.edition.meeting[lang] : null,
      invented: plan.edition.invented === true,
    },
    values,
    keyMessages: keyMessages(plan, strings, locale),
    headline: plan.headline.map((f) => ({
      ...figureRow(f),
      target: f.target ? f.target.display[lang] : null,
      status: f.target ? statusText(strings, f.target.status) : null,
      statusKey: f.target ? f.target.status : null,
    })),
    reviewTargets: {
      caption: plan.reviewTargets.caption[lang],
      rows: plan.reviewTargets.rows.map((row) => ({
        no: String(row.no),
        indicator: reviewTargetLabel(row, locale),
        note: row.note ? row.note[lang] : null,
        target: row.target.display[lang],
        actual: row.actual.map((a) => a.display[lang]).join(lang === 'zh' ? ',' : ', '),
        status: statusText(strings, row.status),
      })),
    },
    mainTargets: plan.planTargets.main.map((t) => ({
      label: t.label[lang],
      target: t.target.display[lang],
      previous: t.previous ? t.previous.display[lang] : null,
    })),
    review: plan.sections.review.map((s) => ({
      id: s.id,
      title: s.title[lang],
      summary: s.summary[lang],
      highlights: s.highlights.map((h) => h[lang]),
      figures: s.figureIds.map((id) => plan.achievements.find((a) => a.id === id)!).map(figureRow),
    })),
    problems: plan.problems[lang],
    plan: plan.sections.plan.map((s) => ({
      id: s.id,
      title: s.title[lang],
      summary: s.summary[lang],
      highlights: s.highlights.map((h) => h[lang]),
      targets: s.figureIds
        .map((id) => plan.planTargets.work.find((w) => w.id === id)!)
        .map((w) => ({ id: w.id, label: w.label[lang], target: w.target.display[lang] })),
    })),
    projects: {
      tables: plan.projects.tables.map((table) => ({
        id: table.id,
        caption: table.caption[lang],
        dimension: table.dimension[lang],
        note: table.note ? table.note[lang] : null,
        rows: table.rows.map((row) => ({
          id: row.id,
          label: row.label[lang],
          projects: projectCell(row, 'projects'),
          total: projectCell(row, 'totalInvestment'),
          annual: projectCell(row, 'annualInvestment'),
          share: projectCell(row, 'annualShare'),
          notes: row.notes.map((n) => n[lang]),
        })),
        total: {
          label: table.total.label[lang],
          projects: projectCell(table.total, 'projects'),
          total: projectCell(table.total, 'totalInvestment'),
          annual: projectCell(table.total, 'annualInvestment'),
          share: projectCell(table.total, 'annualShare'),
        },
      })),
      pipeline: {
        total: formatNumber(plan.projects.pipeline.total, 0, locale),
        annual: plan.projects.pipeline.annualInvestment.display[lang],
        stages: plan.projects.pipeline.stages.map((s) => ({ label: s.label[lang], value: formatNumber(s.value, 0, locale) })),
      },
      reserves: plan.projects.reserves.map((r) => ({
        label: r.label[lang],
        projects: formatNumber(r.projects, 0, locale),
        funding: r.qualifier ? fill(lookup(strings, `qualifier.${r.qualifier}`) ?? '{value}', { value: r.display[lang] }) : r.display[lang],
        fundingNote: r.fundingNote ? r.fundingNote[lang] : null,
      })),
    },
    notes: {
      // One sentence per discrepancy, each said once.
      discrepancies: [...new Set(plan.warnings.map((w) => discrepancySentence(w, strings, lang)))],
      aboutTolerance: formatNumber(aboutTolerance * 100, 0, locale),
      units: [...new Set(plan.headline.map((h) => h.unit))].map((u) => ({ id: u, label: unitOf(units, u)[lang] })),
    },
    glossary: plan.glossary.map((g) => ({ zh: g.zh, en: g.en, note: g.note[lang] })),
    charts: {
      reviewTargets: chart('review-targets'),
      headlineGrowth: chart('headline-growth'),
      growthVsTarget: chart('growth-vs-target'),
      projectsBySector: chart('projects-by-sector'),
      projectsByArea: chart('projects-by-area'),
      reviewTargetGaps: chart('review-target-gaps'),
    },
  };
}

export type ViewModel = ReturnType<typeof buildViewModel>;
