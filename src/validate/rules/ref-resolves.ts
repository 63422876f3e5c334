import type { DiagnosticSink } from '../../diagnostics/diagnostic.js';
import { messages, type MessageText } from '../../diagnostics/messages.js';
import type { EditionData, EditionFileRole, UnitsFile } from '../../dataset/schema.js';
import type { DataPath } from '../../dataset/source-file.js';
import type { EditionFiles } from '../../dataset/edition.js';
import { figureReference, walkEdition, walkNarrative } from '../../dataset/walk.js';

/** plan:ref-resolves — units, sections, indicators, figures and [[figure]] citations exist. */
export function refResolves(data: EditionData, files: EditionFiles, units: UnitsFile, folder: string, sink: DiagnosticSink): void {
  const report = (role: EditionFileRole, path: DataPath, message: MessageText) =>
    sink.add({ ruleId: 'plan:ref-resolves', file: files[role].path, place: files[role].locate(path), message });

  if (data.edition.id !== folder) {
    report('edition', ['id'], messages.editionFolder(data.edition.id, folder));
  }

  const unitIds = new Set(units.units.map((u) => u.id));
  const walk = walkEdition(data);
  for (const { role, path, unit } of walk.units) if (!unitIds.has(unit)) report(role, path, messages.unknownUnit(unit));

  const reviewSections = new Set(data.sections.review.map((s) => s.id));
  const planSections = new Set(data.sections.plan.map((s) => s.id));
  data.achievements.achievements.forEach((item, i) => {
    if (!reviewSections.has(item.section)) {
      report('achievements', ['achievements', i, 'section'], messages.unknownSection(item.section, 'review'));
    }
  });
  data.planTargets.work.forEach((item, i) => {
    if (!planSections.has(item.section)) report('planTargets', ['work', i, 'section'], messages.unknownSection(item.section, 'plan'));
  });

  const headlineIds = new Set(data.headline.indicators.map((h) => h.id));
  data.planTargets.main.forEach((item, i) => {
    if (item.indicator !== undefined && !headlineIds.has(item.indicator)) {
      report('planTargets', ['main', i, 'indicator'], messages.unknownFigure(item.indicator));
    }
  });

  data.reviewTargets.rows.forEach((row, i) => {
    if (row.headline !== undefined && !headlineIds.has(row.headline)) {
      report('reviewTargets', ['rows', i, 'headline'], messages.unknownFigure(row.headline));
    }
  });

  const figureIds = new Set(walk.figures.map((f) => f.id));
  const figure = (role: EditionFileRole, path: DataPath, id: string | undefined) => {
    if (id !== undefined && !figureIds.has(id)) report(role, path, messages.unknownFigure(id));
  };
  data.headline.indicators.forEach((item, i) => figure('headline', ['indicators', i, 'partOf'], item.partOf));
  data.achievements.achievements.forEach((item, i) => {
    figure('achievements', ['achievements', i, 'partOf'], item.partOf);
    figure('achievements', ['achievements', i, 'ratioOf', 'numerator'], item.ratioOf?.numerator);
    figure('achievements', ['achievements', i, 'ratioOf', 'denominator'], item.ratioOf?.denominator);
  });
  walkNarrative(data, (text, path) => {
    for (const match of text.matchAll(figureReference)) figure('sections', path, match[1] ?? '');
  });
}
