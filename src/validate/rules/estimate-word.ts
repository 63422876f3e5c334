import type { DiagnosticSink } from '../../diagnostics/diagnostic.js';
import { formatNumber } from '../../diagnostics/messages.js';
import { rule } from '../../diagnostics/rules/plan/estimate-word.js';
import type { EditionFiles } from '../../dataset/edition.js';
import { growthBasisWord, statedArea, statedGrowthBasis, statedPopulationBasis, statedYear } from '../../dataset/basis-words.js';
import { type EditionData, type GrowthBasis, resultsOf } from '../../dataset/schema.js';
import type { DataPath } from '../../dataset/source-file.js';
import { earlierYearDisagreement, estimateDisagreement, type WordDisagreement } from '../phrase-claims.js';
import { disagreementAt, readCitations } from './phrase-word-citations.js';

/**
 * plan:estimate-word — 预计/初步预计/预估 before a cited figure in its clause requires `estimate: true`;
 * 错年数据 or "(2023年数据)" in the phrase requires `year` on each figure or actual the phrase gives;
 * a declared `growthBasis` is the one the phrase names (按可比价计算 comparable, 按现价计算 current),
 * since the data's basis is what the reports print ('at current prices' beside 按可比价计算增长4.0%
 * validated).
 */
export function estimateWord(data: EditionData, files: EditionFiles, sink: DiagnosticSink): void {
  for (const { record, words } of readCitations(data)) {
    const file = files[record.role];
    const reported = new Set<string>();
    for (const value of record.values) {
      const claims = value.claims;
      if (claims?.dated === undefined) continue;
      const found: WordDisagreement[] = [];
      const estimate = estimateDisagreement(words, record.phrase, value.value, value.unit, claims.dated.estimate);
      if (estimate) found.push(estimate);
      const year = earlierYearDisagreement(words, claims.dated.year);
      if (year) found.push(year);
      for (const d of found) {
        const { path, expected, actual } = disagreementAt(claims.at, d);
        // A figure's value, growth and change share one estimate and one year: report each field once.
        const key = path.join('/');
        if (reported.has(key)) continue;
        reported.add(key);
        sink.add({
          ruleId: 'plan:estimate-word',
          file: file.path,
          place: file.locate(path),
          path,
          message: rule.messages.wordNotCarried(record.phrase, d.word, formatNumber(value.value), d.field, expected, actual),
          expected,
          actual,
        });
      }
    }
  }
  growthBasisAgrees(data, files, sink);
  contextWordsAgree(data, files, sink);
}

/** Each declared growthBasis with the phrase it must agree with, where the data says one. */
function declaredBases(data: EditionData) {
  const found: { role: 'headline' | 'achievements' | 'reviewTargets' | 'context'; path: DataPath; basis: GrowthBasis; phrase: string }[] =
    [];
  data.headline.indicators.forEach((item, i) => {
    if (item.growthBasis)
      found.push({ role: 'headline', path: ['indicators', i, 'growthBasis'], basis: item.growthBasis, phrase: item.source });
  });
  data.achievements.achievements.forEach((item, i) => {
    if (item.growthBasis)
      found.push({ role: 'achievements', path: ['achievements', i, 'growthBasis'], basis: item.growthBasis, phrase: item.source });
  });
  (data.reviewTargets?.rows ?? []).forEach((row, i) => {
    resultsOf(row).forEach((actual, k) => {
      if (actual.growthBasis)
        found.push({ role: 'reviewTargets', path: ['rows', i, 'actual', k, 'growthBasis'], basis: actual.growthBasis, phrase: row.source });
    });
  });
  data.context.figures.forEach((item, i) => {
    if (item.growthBasis)
      found.push({ role: 'context', path: ['figures', i, 'growthBasis'], basis: item.growthBasis, phrase: item.source });
  });
  return found;
}

/** A growthBasis that contradicts the basis its phrase names: the reports print the data's. */
export function growthBasisAgrees(data: EditionData, files: EditionFiles, sink: DiagnosticSink): void {
  for (const { role, path, basis, phrase } of declaredBases(data)) {
    const stated = statedGrowthBasis(phrase);
    if (stated === undefined || stated === basis) continue;
    const file = files[role];
    sink.add({
      ruleId: 'plan:estimate-word',
      file: file.path,
      place: file.locate(path),
      path,
      message: rule.messages.wordNotCarried(phrase, growthBasisWord(phrase) ?? '', { en: '', zh: '' }, 'growthBasis', stated, basis),
      expected: stated,
      actual: basis,
    });
  }
}

/**
 * A comparison figure (context.yaml) is of the area its phrase names (全市: city), of the year the
 * phrase opens with or else the one its document's title names, and a population on the basis its
 * phrase names (年末 year-end, 平均 average); what it compares is a figure of the indicator its label
 * and phrase name. Each was free: area: province on 全年全市地区生产总值…
 * validated and the context table gave the city's GDP as the province's.
 */
function contextWordsAgree(data: EditionData, files: EditionFiles, sink: DiagnosticSink): void {
  const titles = new Map(data.context.sources.map((s) => [s.id, s.title.zh]));
  const labels = new Map([...data.headline.indicators, ...data.achievements.achievements].map((f) => [f.id, f.label.zh]));
  data.context.figures.forEach((item, i) => {
    const found: { field: string; text: string; word: string; expected: string; actual: string }[] = [];
    const area = statedArea(item.source);
    if (area && area.area !== item.area)
      found.push({ field: 'area', text: item.source, word: area.word, expected: area.area, actual: item.area });
    const year = statedYear(item.source, titles.get(item.document) ?? '');
    if (year && year.year !== item.year)
      found.push({ field: 'year', text: year.text, word: year.word, expected: String(year.year), actual: String(item.year) });
    // A comparison is of one indicator: the figure's label names what the edition's figure does
    // (one holds the other) and is words of its phrase. compares: investment on the city's GDP
    // validated and the context table gave the city's GDP as its fixed-asset investment.
    const compared = item.compares === undefined ? undefined : labels.get(item.compares);
    if (
      compared !== undefined &&
      !(item.source.includes(item.label.zh) && (item.label.zh.includes(compared) || compared.includes(item.label.zh)))
    )
      found.push({ field: 'compares', text: item.source, word: '', expected: `a figure of ${item.label.zh}`, actual: item.compares! });
    const basis = statedPopulationBasis(item.source);
    if (item.population && item.populationBasis && basis && basis !== item.populationBasis)
      found.push({
        field: 'populationBasis',
        text: item.source,
        word: basis === 'average' ? '平均' : '年末',
        expected: basis,
        actual: item.populationBasis,
      });
    for (const d of found) {
      const path: DataPath = ['figures', i, d.field];
      sink.add({
        ruleId: 'plan:estimate-word',
        file: files.context.path,
        place: files.context.locate(path),
        path,
        message: rule.messages.wordNotCarried(d.text, d.word, '', d.field, d.expected, d.actual),
        expected: d.expected,
        actual: d.actual,
      });
    }
  });
}
