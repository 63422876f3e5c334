import type { DiagnosticSink } from '../../diagnostics/diagnostic.js';
import { messages, type MessageText } from '../../diagnostics/messages.js';
import { collectFigures } from '../../dataset/walk.js';
import type { EditionData, EditionFileRole, UnitsFile } from '../../dataset/schema.js';
import type { DataPath } from '../../dataset/source-file.js';
import type { EditionFiles } from '../../dataset/edition.js';
import { figureReference, walkNarrative } from '../../dataset/walk.js';



interface IdSite {
  readonly role: EditionFileRole;
  readonly path: DataPath;
  readonly id: string;
}

function idSites(data: EditionData): IdSite[][] {
  const global: IdSite[] = [];
  const push = (role: EditionFileRole, base: DataPath, items: readonly { id: string }[], into = global) =>
    items.forEach((item, i) => into.push({ role, path: [...base, i, 'id'], id: item.id }));
  push('headline', ['indicators'], data.headline.indicators);
  push('achievements', ['achievements'], data.achievements.achievements);
  push('planTargets', ['main'], data.planTargets.main);
  push('planTargets', ['work'], data.planTargets.work);
  push('reviewTargets', ['rows'], data.reviewTargets.rows);
  push('sections', ['review'], data.sections.review);
  push('sections', ['plan'], data.sections.plan);
  push('projects', ['tables'], data.projects.tables);
  push('projects', ['pipeline', 'stages'], data.projects.pipeline.stages);
  push('projects', ['reserves'], data.projects.reserves);
  const perTable = data.projects.tables.map((table, t) => {
    const rows: IdSite[] = [];
    push('projects', ['tables', t, 'rows'], table.rows, rows);
    return rows;
  });
  return [global, ...perTable];
}

/** plan:id-unique — ids are unique across an edition (table rows: within their table). */
export function checkIdsUnique(data: EditionData, files: EditionFiles, sink: DiagnosticSink): void {
  for (const scope of idSites(data)) {
    const seen = new Map<string, IdSite>();
    for (const site of scope) {
      const first = seen.get(site.id);
      if (!first) {
        seen.set(site.id, site);
        continue;
      }
      const firstFile = files[first.role];
      const firstPlace = firstFile.locate(first.path);
      sink.add({
        ruleId: 'plan:id-unique',
        file: files[site.role].path,
        place: files[site.role].locate(site.path),
        message: messages.duplicateId(site.id, `${firstFile.path}:${firstPlace.line}`),
      });
    }
  }
}

/** plan:ref-resolves — units, sections, indicators, figures and [[figure]] citations exist. */
export function checkReferences(
  data: EditionData,
  files: EditionFiles,
  units: UnitsFile,
  folder: string,
  sink: DiagnosticSink,
): void {
  const report = (role: EditionFileRole, path: DataPath, message: MessageText) =>
    sink.add({ ruleId: 'plan:ref-resolves', file: files[role].path, place: files[role].locate(path), message });

  if (data.edition.id !== folder) {
    report('edition', ['id'], messages.editionFolder(data.edition.id, folder));
  }

  const unitIds = new Set(units.units.map((u) => u.id));
  const unit = (role: EditionFileRole, path: DataPath, value: string) => {
    if (!unitIds.has(value)) report(role, path, messages.unknownUnit(value));
  };
  data.headline.indicators.forEach((item, i) => unit('headline', ['indicators', i, 'unit'], item.unit));
  data.achievements.achievements.forEach((item, i) => unit('achievements', ['achievements', i, 'unit'], item.unit));
  data.reviewTargets.rows.forEach((row, i) => {
    if (row.target.kind !== 'qualitative') unit('reviewTargets', ['rows', i, 'target', 'unit'], row.target.unit);
    row.actual.forEach((actual, a) => unit('reviewTargets', ['rows', i, 'actual', a, 'unit'], actual.unit));
  });
  for (const list of ['main', 'work'] as const) {
    data.planTargets[list].forEach((item, i) => {
      if (item.target.kind !== 'qualitative') unit('planTargets', [list, i, 'target', 'unit'], item.target.unit);
    });
  }
  const pipeline = data.projects.pipeline;
  unit('projects', ['pipeline', 'total', 'unit'], pipeline.total.unit);
  unit('projects', ['pipeline', 'annualInvestment', 'unit'], pipeline.annualInvestment.unit);
  pipeline.stages.forEach((stage, s) => unit('projects', ['pipeline', 'stages', s, 'unit'], stage.unit));
  data.projects.reserves.forEach((reserve, r) => unit('projects', ['reserves', r, 'unit'], reserve.unit));

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

  const figureIds = new Set(collectFigures(data).map((f) => f.id));
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
