import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftEdition } from '../../src/annual/draft.js';
import { EditionInputError } from '../../src/annual/edition-folder.js';
import { makeDataDir, repoRoot, tempDir, validateDir } from '../helpers.js';

/** An invented county report (invented place, invented figures), written in the style of these reports, not tuned to the reader. */
const qinghe = path.join(repoRoot, 'test', 'fixtures', 'reports', 'qinghe-2023.txt');
const squeeze = (text: string) => text.replace(/\s+/g, '');

/** Placeholder English for every Chinese-only text the draft leaves, so that the checks behind the schema run. */
function translateWithPlaceholders(dir: string): void {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
    const full = path.join(dir, file);
    const text = readFileSync(full, 'utf8')
      .replace(/\{zh: ([^{}]*?)\}/g, '{zh: $1, en: "tbd"}')
      .replace(/^(\s+)zh: (.*)$/gm, '$1zh: $2\n$1en: "tbd"');
    writeFileSync(full, text);
  }
}

describe('npm run draft: an edition from a report text', () => {
  it('drafts an invented report: headline results, the targets table, main and work targets, sections, each quoting its phrase', () => {
    const dataDir = makeDataDir();
    const result = draftEdition({ dataDir, source: qinghe, id: 'qinghe-2024' });
    const { report } = result;
    expect([report.reviewYear, report.planYear, report.district]).toEqual([2023, 2024, '青禾县']);
    expect(report.headline.map((f) => [f.label, f.value, f.unit, f.growth])).toEqual([
      ['地区生产总值', '412.6', '亿元', '6.3'],
      ['一般公共预算收入', '28.35', '亿元', '4.1'],
      ['社会消费品零售总额', '156.2', '亿元', '7.8'],
      ['城镇居民人均可支配收入', '52380', '元', '5.2'],
      ['农村居民人均可支配收入', '31460', '元', '6.9'],
    ]);
    expect(report.headline[0]!.ranks).toEqual([{ measure: 'growth', scope: 'province', position: 4 }]);
    expect(report.reviewRows.map((r) => [r.label, r.target.kind, r.actual.map((a) => a.value), r.completion])).toEqual([
      ['地区生产总值增速', 'numeric', ['6.3'], undefined],
      ['固定资产投资', 'numeric', ['171.4'], '95.2'],
      ['一般公共预算收入', 'relative', ['4.1'], undefined],
      ['城镇新增就业', 'numeric', ['8650'], '108.1'],
    ]);
    expect(
      report.mainTargets.map((t) => [
        t.label,
        t.target.kind,
        t.target.kind === 'numeric' ? [t.target.value, t.target.bound] : t.target.text,
      ]),
    ).toEqual([
      ['地区生产总值增速', 'numeric', ['6', 'about']],
      ['一般公共预算收入增速', 'relative', '与经济增长同步'],
      ['固定资产投资', 'numeric', ['190', 'at-least']],
      ['城镇新增就业', 'numeric', ['8500', undefined]],
      ['城镇居民人均可支配收入', 'rank', '保持全省前列'],
    ]);
    const work = report.planSections.flatMap((s) => s.targets);
    expect(work.find((t) => t.label.startsWith('规上工业增加值'))?.target).toEqual({
      kind: 'numeric',
      value: '8',
      unit: '%',
      bound: 'at-least',
      strive: true,
    });
    expect(report.reviewSections.map((s) => s.title)).toEqual(['工业经济稳步回升', '乡村振兴扎实推进', '民生保障持续加强']);
    // Every figure of the text, by hand: all are drafted but those in units the registry does not list (万亩, and a
    // change in points with no level before it), which the command names.
    const published: [number, string][] = [
      [412.6, '亿元'],
      [6.3, '%'],
      [28.35, '亿元'],
      [4.1, '%'],
      [156.2, '亿元'],
      [7.8, '%'],
      [52380, '元'],
      [5.2, '%'],
      [31460, '元'],
      [6.9, '%'],
      [6.5, '%'],
      [180, '亿元'],
      [171.4, '亿元'],
      [95.2, '%'],
      [8000, '人'],
      [8650, '人'],
      [108.1, '%'],
      [8.1, '%'],
      [46, '家'],
      [120, '亿元'],
      [15.6, '%'],
      [42.3, '万亩'],
      [3.5, '万亩'],
      [92.5, '%'],
      [4, '所'],
      [2160, '个'],
      [98.6, '%'],
      [-1.2, '个百分点'],
      [6, '%'],
      [190, '亿元'],
      [8500, '人'],
      [8, '%'],
      [40, '家'],
      [140, '亿元'],
      [3, '万亩'],
      [42, '万亩'],
      [3, '所'],
      [1800, '个'],
      [12, '处'],
    ];
    const missed = published.filter(([value, unit]) => !result.figures.some((f) => f.value === value && f.unit === unit));
    expect(missed).toEqual([
      [42.3, '万亩'],
      [3.5, '万亩'],
      [-1.2, '个百分点'],
      [3, '万亩'],
      [42, '万亩'],
    ]);
    expect(report.unknownUnits.map((u) => u.unit)).toContain('万亩');
    // Every figure quotes a phrase of the text that holds it.
    const text = squeeze(readFileSync(qinghe, 'utf8'));
    for (const f of result.figures) {
      expect(text, f.source).toContain(squeeze(f.source));
      expect(squeeze(f.source)).toContain(String(Math.abs(f.value)).replace(/^0\./, '.').split('e')[0]!.replace(/^\./, '0.'));
    }
  });

  it('marks every item drafted: the edition fails --strict until an editor confirms each one', () => {
    const dataDir = makeDataDir();
    const { dir } = draftEdition({ dataDir, source: qinghe, id: 'qinghe-2024' });
    const mine = () => validateDir(dataDir).diagnostics.filter((d) => d.file.includes('qinghe-2024/'));
    // English labels are left for the editor: reported as missing translations.
    expect(new Set(mine().map((d) => d.ruleId))).toEqual(new Set(['plan:translation-missing']));
    translateWithPlaceholders(dir);
    const translated = mine();
    // The placeholders cannot say the glossary's English: every other check passes.
    expect(translated.filter((d) => d.severity === 'error' && d.ruleId !== 'plan:glossary-consistent')).toEqual([]);
    const marks = readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .reduce((n, f) => n + (readFileSync(path.join(dir, f), 'utf8').match(/^\s*drafted: true$/gm) ?? []).length, 0);
    expect(translated.filter((d) => d.ruleId === 'plan:drafted')).toHaveLength(marks);
    expect(translated.filter((d) => d.severity === 'warning').every((d) => d.ruleId === 'plan:drafted')).toBe(true);
    // Confirming: removing the marks.
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
      const full = path.join(dir, f);
      writeFileSync(full, readFileSync(full, 'utf8').replace(/^\s*drafted: true\n/gm, ''));
    }
    expect(mine().filter((d) => d.ruleId === 'plan:drafted')).toEqual([]);
  });

  it('drafts a second invented report of another shape: every figure but those in units the registry lacks', () => {
    // 云岭区 of 松溪市: an invented district, its report written as an editor would write one (title line, date
    // line, 同比 and 预计 wording, a declining investment, a targets table of 增长 cells), then drafted unchanged.
    const source = path.join(repoRoot, 'test', 'fixtures', 'reports', 'yunling-2024.txt');
    const dataDir = makeDataDir();
    const result = draftEdition({ dataDir, source, id: 'yunling-2025' });
    expect([result.report.city, result.report.district, result.report.reviewYear]).toEqual(['松溪市', '云岭区', 2024]);
    // Every figure of the text, by hand: [value, unit].
    const published: [number, string][] = [
      [865.3, '亿元'],
      [5.8, '%'],
      [7.2, '%'],
      [302.7, '亿元'],
      [-3.4, '%'],
      [298.6, '亿元'],
      [6.1, '%'],
      [61.42, '亿元'],
      [3.9, '%'],
      [6, '%'],
      [5, '%'],
      [4, '%'],
      [5.5, '%'],
      [4.9, '%'],
      [118.4, '亿元'],
      [12.3, '%'],
      [68, '家'],
      [900, '家'],
      [37, '个'],
      [14.6, '公里'],
      [5200, '个'],
      [1.32, '万人'],
      [3.6, '亿元'],
      [680, '张'],
      [21, '家'],
      [3, '%'],
      [10, '%'],
      [60, '家'],
      [30, '个'],
      [10, '公里'],
      [1.2, '万人'],
      [500, '张'],
    ];
    const missed = published.filter(([value, unit]) => !result.figures.some((f) => f.value === value && f.unit === unit));
    expect(missed).toEqual([
      [14.6, '公里'],
      [680, '张'],
      [10, '公里'],
      [500, '张'],
    ]);
    const head = result.report.headline;
    expect(head.find((f) => f.value === '865.3')).toMatchObject({ label: '地区生产总值', estimate: true, growth: '5.8' });
    expect(head.find((f) => f.value === '302.7')).toMatchObject({ label: '固定资产投资', growth: '-3.4' });
    expect(result.report.reviewRows.map((r) => r.actual.map((a) => a.value))).toEqual([['5.8'], ['-3.4'], ['3.9'], ['4.9']]);
    // Drafted and translated with placeholders, it passes every check but the glossary's English.
    translateWithPlaceholders(result.dir);
    const errors = validateDir(dataDir).diagnostics.filter(
      (d) => d.file.includes('yunling-2025/') && d.severity === 'error' && d.ruleId !== 'plan:glossary-consistent',
    );
    expect(errors).toEqual([]);
  });

  it('refuses a text that is not UTF-8, empty or without figures, and an existing id, writing nothing', () => {
    const dataDir = makeDataDir();
    const folder = tempDir();
    const file = (name: string, bytes: string | Uint8Array) => {
      const full = path.join(folder, name);
      writeFileSync(full, bytes);
      return full;
    };
    const attempt =
      (source: string, id = 'new-2024') =>
      () =>
        draftEdition({ dataDir, source, id });
    expect(attempt(file('gbk.txt', Buffer.from([0xc7, 0xe0, 0xba, 0xcc, 0xcf, 0xd8, 0x32, 0x30, 0xd2, 0xda])))).toThrow(EditionInputError);
    expect(attempt(file('empty.txt', '  \n'))).toThrow(/is empty[\s\S]*为空/);
    expect(attempt(file('words.txt', '各位代表：\n今年工作稳步推进，成效明显。\n'))).toThrow(/holds no figure[\s\S]*没有/);
    expect(attempt(path.join(folder, 'absent.txt'))).toThrow(EditionInputError);
    expect(attempt(qinghe, 'demo-2026')).toThrow(/exists already/);
    // An id validation refuses (issue 28 L2: --id constructor wrote editions/constructor/).
    expect(attempt(qinghe, 'constructor')).toThrow(/--id "constructor" is not a valid edition id/);
    expect(readdirSync(path.join(dataDir, 'editions'))).toEqual(['demo-2026']);
  });
});

describe('npm run draft: rank targets and the positions results state (issue 31)', () => {
  // The invented yanxi-2024 report: its table row 8 aims at 保持全市前3位 and states 列全市第2位.
  // Its table as reports print it, under a header row.
  const yanxi = readFileSync(path.join(repoRoot, 'test', 'fixtures', 'editions', 'yanxi-2024', 'source.txt'), 'utf8').replace(
    '完成情况\n1 |',
    '完成情况\n序号 | 指标名称 | 2024年目标 | 2024年实际完成情况 | 完成率 |\n1 |',
  );
  const units = new Set(['亿元', '%', '元', '家', '人', '万人', '所']);

  it('reads 前3位 as a rank target at position 3, and the result’s 第2位 as its rank', async () => {
    const { readReport } = await import('../../src/annual/read-report.js');
    const row = readReport(yanxi, units).reviewRows.find((r) => r.no === 8)!;
    expect(row.target).toEqual({ kind: 'rank', scope: 'city', position: 3, text: '保持全市前3位' });
    expect(row.ranks).toEqual([{ measure: 'growth', scope: 'city', position: 2 }]);
  });

  it('reads a rank aim of a plan line with Chinese numerals and 首位', async () => {
    const { readReport } = await import('../../src/annual/read-report.js');
    const text = `${yanxi.replace('执行情况(虚构)', '执行情况与2025年计划(虚构)')}\n2025年经济社会发展主要预期目标:\n——数字经济核心产业增加值增速保持全市前三；\n——创新指数保持全省首位。\n`;
    const targets = readReport(text, units).mainTargets.filter((t) => t.target.kind === 'rank');
    expect(targets.map((t) => t.target)).toEqual([
      { kind: 'rank', scope: 'city', position: 3, text: '保持全市前三' },
      { kind: 'rank', scope: 'province', position: 1, text: '保持全省首位' },
    ]);
  });
});
