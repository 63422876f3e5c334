import type { DiagnosticSink } from '../../diagnostics/diagnostic.js';
import type { MessageText } from '../../diagnostics/messages.js';
import { rule } from '../../diagnostics/rules/plan/ref-resolves.js';
import { pendingResult, type EditionData, type EditionFileRole, type UnitsFile } from '../../dataset/schema.js';
import type { DataPath } from '../../dataset/source-file.js';
import type { EditionFiles } from '../../dataset/edition.js';
import { findUnit, isCountUnit } from '../../dataset/units.js';
import { ratioInputsDiffer, type RatioInputFacts } from '../../dataset/ratio-inputs.js';
import { figureReference, walkEdition, walkNarrative } from '../../dataset/walk.js';

/**
 * plan:ref-resolves — units, sections, indicators, figures and [[figure]] citations exist, and both
 * languages of a text cite the same figures.
 */
export function refResolves(data: EditionData, files: EditionFiles, units: UnitsFile, folder: string, sink: DiagnosticSink): void {
  const report = (role: EditionFileRole, path: DataPath, message: MessageText) =>
    sink.add({ ruleId: 'plan:ref-resolves', file: files[role].path, place: files[role].locate(path), message });

  if (data.edition.id !== folder) {
    report('edition', ['id'], rule.messages.editionFolder(data.edition.id, folder));
  }

  const walk = walkEdition(data);
  for (const { role, path, unit, noun } of walk.units) {
    const found = findUnit(units, unit);
    if (!found) report(role, path, rule.messages.unknownUnit(unit));
    // A noun names what a count counts: on a unit of money, a rate or an area it would replace the
    // unit's name in the English workbook ("RMB 100 million" shown as "projects").
    else if (noun !== undefined && !isCountUnit(units, found))
      report(role, [...path.slice(0, -1), 'noun'], rule.messages.nounNotCount(unit, noun));
  }

  const reviewSections = new Set(data.sections.review.map((s) => s.id));
  const planSections = new Set(data.sections.plan.map((s) => s.id));
  data.achievements.achievements.forEach((item, i) => {
    if (!reviewSections.has(item.section)) {
      report('achievements', ['achievements', i, 'section'], rule.messages.unknownSection(item.section, 'review'));
    }
  });
  data.planTargets.work.forEach((item, i) => {
    if (!planSections.has(item.section)) report('planTargets', ['work', i, 'section'], rule.messages.unknownSection(item.section, 'plan'));
  });

  const headlineIds = new Set(data.headline.indicators.map((h) => h.id));
  data.planTargets.main.forEach((item, i) => {
    if (item.indicator !== undefined && !headlineIds.has(item.indicator)) {
      report('planTargets', ['main', i, 'indicator'], rule.messages.unknownFigure(item.indicator));
    }
  });

  // A plan target continues a review-year result: a headline indicator, an achievement or a targets-table row.
  const results = new Set([
    ...headlineIds,
    ...data.achievements.achievements.map((a) => a.id),
    ...(data.reviewTargets?.rows ?? []).map((r) => r.id),
  ]);
  for (const list of ['main', 'work'] as const) {
    data.planTargets[list].forEach((item, i) => {
      if (item.continues !== undefined && !results.has(item.continues)) {
        report('planTargets', [list, i, 'continues'], rule.messages.unknownFigure(item.continues));
      }
    });
  }

  // A figure part of itself, or a target in step with its own indicator, made the check that compares
  // the two compare a figure with itself: it could never fail, and validated.
  const notSelf = (role: EditionFileRole, path: DataPath, own: string | undefined, ref: string | undefined) => {
    if (own !== undefined && ref === own) report(role, path, rule.messages.selfReference(own, String(path[path.length - 1])));
  };

  // A target whose result is pending (carried into an edition in progress) may name a figure of the
  // report still to come: its references are checked once its result is entered.
  const judged = (data.reviewTargets?.rows ?? []).map((row, i) => ({ row, i })).filter(({ row }) => row.actual !== pendingResult);
  judged.forEach(({ row, i }) => {
    if (row.headline !== undefined && !headlineIds.has(row.headline)) {
      report('reviewTargets', ['rows', i, 'headline'], rule.messages.unknownFigure(row.headline));
    }
  });

  const figureIds = new Set(walk.figures.map((f) => f.id));
  const figure = (role: EditionFileRole, path: DataPath, id: string | undefined) => {
    if (id !== undefined && !figureIds.has(id)) report(role, path, rule.messages.unknownFigure(id));
  };
  // A relative target is measured against a figure with a growth: a headline indicator or an achievement.
  const measured = new Set([...data.headline.indicators, ...data.achievements.achievements].map((f) => f.id));
  const against = (role: EditionFileRole, path: DataPath, target: { kind: string; against?: string }) => {
    if (target.kind === 'relative' && target.against !== undefined && !measured.has(target.against)) {
      report(role, [...path, 'target', 'against'], rule.messages.unknownFigure(target.against));
    }
  };
  judged.forEach(({ row, i }) => {
    against('reviewTargets', ['rows', i], row.target);
    // Growth in step with its own growth was always met.
    if (row.target.kind === 'relative' && row.headline !== undefined)
      notSelf('reviewTargets', ['rows', i, 'target', 'against'], row.headline, row.target.against);
  });
  for (const list of ['main', 'work'] as const) data.planTargets[list].forEach((item, i) => against('planTargets', [list, i], item.target));
  data.achievements.compositions.forEach((item, i) => {
    if (!reviewSections.has(item.section)) {
      report('achievements', ['compositions', i, 'section'], rule.messages.unknownSection(item.section, 'review'));
    }
    item.parts.forEach((part, p) => figure('achievements', ['compositions', i, 'parts', p, 'figure'], part.figure));
  });

  // A table's cells, share bases and chart name its own columns.
  data.tables.tables.forEach((table, t) => {
    const columns = new Set(table.columns.map((c) => c.id));
    const column = (path: DataPath, id: string) => {
      if (!columns.has(id)) report('tables', path, rule.messages.unknownColumn(id, table.id, [...columns]));
    };
    table.columns.forEach((c, k) => c.shareOf !== undefined && column(['tables', t, 'columns', k, 'shareOf'], c.shareOf));
    // A share of itself, or of another share column, made plan:share-matches-value compare the
    // shares with themselves (or with a column whose total is 100): it could never fail, and validated.
    const shares = new Set(table.columns.filter((c) => c.shareOf !== undefined).map((c) => c.id));
    table.columns.forEach((c, k) => {
      if (c.shareOf !== undefined && shares.has(c.shareOf))
        report('tables', ['tables', t, 'columns', k, 'shareOf'], rule.messages.shareOfShare(c.id, c.shareOf));
    });
    table.chart?.columns.forEach((id, k) => column(['tables', t, 'chart', 'columns', k], id));
    table.rows.forEach((row, r) => {
      for (const id of Object.keys(row.values)) column(['tables', t, 'rows', r, 'values', id], id);
    });
    if (table.total) for (const id of Object.keys(table.total.values)) column(['tables', t, 'total', 'values', id], id);
  });
  data.headline.indicators.forEach((item, i) => {
    figure('headline', ['indicators', i, 'partOf'], item.partOf);
    notSelf('headline', ['indicators', i, 'partOf'], item.id, item.partOf);
  });
  data.achievements.achievements.forEach((item, i) => {
    notSelf('achievements', ['achievements', i, 'partOf'], item.id, item.partOf);
    figure('achievements', ['achievements', i, 'partOf'], item.partOf);
    figure('achievements', ['achievements', i, 'ratioOf', 'numerator'], item.ratioOf?.numerator);
    figure('achievements', ['achievements', i, 'ratioOf', 'denominator'], item.ratioOf?.denominator);
  });
  // Both languages of a text cite the same figures: an English highlight that typed its figure
  // ("RMB 95 billion") where the Chinese cites [[…]] validated, and its number was never checked.
  const cited = new Map<string, { zh?: string[]; en?: string[]; path?: DataPath }>();
  walkNarrative(data, (text, path) => {
    const refs = [...text.matchAll(figureReference)].map((match) => match[1] ?? '');
    for (const ref of refs) figure('sections', path, ref);
    const lang = path[path.length - 1] as 'zh' | 'en';
    const key = path.slice(0, -1).join('/');
    const entry = cited.get(key) ?? {};
    entry[lang] = refs.sort();
    if (lang === 'en') entry.path = path;
    cited.set(key, entry);
  });
  for (const { zh = [], en = [], path } of cited.values()) {
    if (path !== undefined && zh.join('\n') !== en.join('\n')) report('sections', path, rule.messages.citedDiffer(zh, en));
  }

  // A comparison figure names its document and the edition's figure it is compared with.
  const documents = new Set(data.context.sources.map((d) => d.id));
  data.context.figures.forEach((item, i) => {
    if (!documents.has(item.document))
      report('context', ['figures', i, 'document'], rule.messages.unknownDocument(item.document, [...documents]));
    const compared = (path: DataPath, id: string | undefined) => {
      if (id !== undefined && !measured.has(id)) report('context', path, rule.messages.unknownFigure(id));
    };
    compared(['figures', i, 'compares'], item.compares);
    item.perCapita?.forEach((id, k) => compared(['figures', i, 'perCapita', k], id));
  });

  // A derived ratio divides two figures of the edition, or two totals of one table, of one quantity and year.
  const ratioFigures = new Map([...data.headline.indicators, ...data.achievements.achievements].map((f) => [f.id, f]));
  data.headline.ratios.forEach((ratio, i) => {
    const facts = (side: 'numerator' | 'denominator'): RatioInputFacts | undefined => {
      const ref = ratio[side];
      const at: DataPath = ['ratios', i, side];
      if (typeof ref === 'string') {
        const f = ratioFigures.get(ref);
        if (f === undefined) report('headline', at, rule.messages.unknownFigure(ref));
        return f && { unit: f.unit, year: f.year ?? data.edition.reviewYear };
      }
      const table = data.tables.tables.find((t) => t.id === ref.table);
      if (table === undefined) {
        report('headline', [...at, 'table'], rule.messages.unknownTable(ref.table));
        return undefined;
      }
      const column = table.columns.find((c) => c.id === ref.column);
      if (column === undefined || table.total?.values[ref.column] === undefined) {
        report('headline', [...at, 'column'], rule.messages.unknownColumn(ref.column, table.id, Object.keys(table.total?.values ?? {})));
        return undefined;
      }
      return { unit: column.unit, table: table.id };
    };
    const a = facts('numerator');
    const b = facts('denominator');
    const differ = a && b ? ratioInputsDiffer(a, b, units) : undefined;
    if (differ) report('headline', ['ratios', i, 'denominator'], rule.messages.ratioInputsDiffer(ratio.id, differ));
  });
}
