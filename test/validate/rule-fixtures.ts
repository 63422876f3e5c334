import { renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RuleId } from '../../src/diagnostics/rules.js';
import { editText } from '../helpers.js';

/**
 * Every rule has a passing fixture (the invented demo edition, which must be clean) and at least
 * one failing fixture: an edit of the demo that must produce that rule, in that file, at that line.
 */
export interface FailingFixture {
  readonly name: string;
  readonly rule: RuleId;
  readonly severity?: 'error' | 'warning';
  /** File (relative to the data folder) where the diagnostic must point. */
  readonly file: string;
  readonly line?: number;
  readonly edit: (edition: string, dataDir: string) => void;
}

const ed = (name: string) => `editions/demo-2026/${name}`;

export const fixtures: FailingFixture[] = [
  {
    name: 'the one required file is deleted',
    rule: 'plan:file-missing',
    file: ed('edition.yaml'),
    edit: (e) => rmSync(path.join(e, 'edition.yaml')),
  },
  {
    name: 'a file holds binary bytes',
    rule: 'plan:file-unreadable',
    file: ed('headline.yaml'),
    edit: (e) => writeFileSync(path.join(e, 'headline.yaml'), Buffer.from([0x69, 0x64, 0x00, 0x01])),
  },
  {
    name: 'a file is not UTF-8',
    rule: 'plan:file-unreadable',
    file: ed('headline.yaml'),
    edit: (e) => writeFileSync(path.join(e, 'headline.yaml'), Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xc3, 0x28])),
  },
  {
    name: 'a file is huge',
    rule: 'plan:file-unreadable',
    file: ed('headline.yaml'),
    edit: (e) => writeFileSync(path.join(e, 'headline.yaml'), `# ${'x'.repeat(2 * 1024 * 1024)}\n`),
  },
  {
    name: 'a file name is misspelt (headlines.yaml)',
    rule: 'plan:file-unknown',
    severity: 'warning',
    file: ed('headlines.yaml'),
    line: 1,
    edit: (e) => writeFileSync(path.join(e, 'headlines.yaml'), 'indicators: []\n'),
  },
  {
    name: 'a data file is misspelt and its part would be left out (headline.yaml renamed headlines.yaml)',
    rule: 'plan:file-unknown',
    file: ed('headlines.yaml'),
    line: 1,
    edit: (e) => renameSync(path.join(e, 'headline.yaml'), path.join(e, 'headlines.yaml')),
  },
  {
    name: 'a file is empty',
    rule: 'plan:file-empty',
    file: ed('achievements.yaml'),
    line: 1,
    edit: (e) => writeFileSync(path.join(e, 'achievements.yaml'), ''),
  },
  {
    name: 'YAML is malformed',
    rule: 'plan:yaml-syntax',
    file: ed('headline.yaml'),
    line: 5,
    edit: (e) => editText(path.join(e, 'headline.yaml'), 'value: 120.5', 'value: [120.5'),
  },
  {
    name: 'a key is repeated',
    rule: 'plan:duplicate-key',
    file: ed('headline.yaml'),
    line: 5,
    edit: (e) => editText(path.join(e, 'headline.yaml'), '    value: 120.5\n', '    value: 120.5\n    value: 121\n'),
  },
  {
    name: 'a required field is removed',
    rule: 'plan:schema-required',
    file: ed('headline.yaml'),
    line: 2,
    edit: (e) => editText(path.join(e, 'headline.yaml'), '    unit: 亿元\n', ''),
  },
  {
    name: 'a number is text',
    rule: 'plan:schema-type',
    file: ed('headline.yaml'),
    line: 4,
    edit: (e) => editText(path.join(e, 'headline.yaml'), 'value: 120.5', 'value: about 120'),
  },
  {
    name: 'a number is .nan',
    rule: 'plan:schema-type',
    file: ed('headline.yaml'),
    line: 4,
    edit: (e) => editText(path.join(e, 'headline.yaml'), 'value: 120.5', 'value: .nan'),
  },
  {
    name: 'a number is .inf',
    rule: 'plan:schema-type',
    file: ed('headline.yaml'),
    line: 4,
    edit: (e) => editText(path.join(e, 'headline.yaml'), 'value: 120.5', 'value: .inf'),
  },
  {
    name: 'a label is longer than its limit',
    rule: 'plan:text-too-long',
    file: ed('review-targets.yaml'),
    line: 7,
    edit: (e) => editText(path.join(e, 'review-targets.yaml'), 'en: GDP growth}', `en: GDP growth ${'and more '.repeat(40)}}`),
  },
  {
    name: 'a label holds an ESC character',
    rule: 'plan:control-character',
    file: ed('headline.yaml'),
    line: 3,
    edit: (e) => editText(path.join(e, 'headline.yaml'), 'label: {zh: 地区生产总值,', 'label: {zh: "地区生产总值\\e",'),
  },
  {
    name: 'a one-line text holds a line break and a forged workflow command',
    rule: 'plan:control-character',
    file: ed('review-targets.yaml'),
    line: 7,
    edit: (e) =>
      editText(path.join(e, 'review-targets.yaml'), 'en: GDP growth}', 'en: "GDP growth\\n::error file=README.md,line=1::forged"}'),
  },
  {
    name: 'a number has 20 decimals',
    rule: 'plan:number-precision',
    file: ed('headline.yaml'),
    line: 4,
    edit: (e) => editText(path.join(e, 'headline.yaml'), 'value: 120.5', 'value: 120.50000000000000000001'),
  },
  {
    name: 'a number has more digits than a double holds',
    rule: 'plan:number-precision',
    file: ed('headline.yaml'),
    line: 4,
    edit: (e) => editText(path.join(e, 'headline.yaml'), 'value: 120.5', 'value: 1205000000000000000000'),
  },
  {
    name: 'a target kind is unknown',
    rule: 'plan:schema-enum',
    file: ed('review-targets.yaml'),
    line: 8,
    edit: (e) => editText(path.join(e, 'review-targets.yaml'), 'kind: numeric', 'kind: exact'),
  },
  {
    name: 'a field name is misspelt',
    rule: 'plan:schema-unknown-key',
    file: ed('headline.yaml'),
    line: 6,
    edit: (e) => editText(path.join(e, 'headline.yaml'), '    growth: 4.0', '    grwoth: 4.0'),
  },
  {
    name: 'two achievements share an id',
    rule: 'plan:id-unique',
    file: ed('achievements.yaml'),
    line: 8,
    edit: (e) => editText(path.join(e, 'achievements.yaml'), 'id: a-school-places', 'id: a-projects'),
  },
  {
    name: 'a unit is not registered',
    rule: 'plan:ref-resolves',
    file: ed('headline.yaml'),
    line: 5,
    edit: (e) => editText(path.join(e, 'headline.yaml'), '    unit: 亿元\n', '    unit: 亿圆\n'),
  },
  {
    name: 'narrative cites an unknown figure',
    rule: 'plan:ref-resolves',
    file: ed('sections.yaml'),
    edit: (e) => editText(path.join(e, 'sections.yaml'), '[[a-projects]]。', '[[a-project]]。'),
  },
  {
    name: 'the source file path leaves the edition folder',
    rule: 'plan:schema-type',
    file: ed('edition.yaml'),
    edit: (e) => editText(path.join(e, 'edition.yaml'), 'file: source.txt', 'file: ../../../etc/passwd'),
  },
  {
    name: 'a source phrase is not in the document',
    rule: 'plan:source-phrase-found',
    file: ed('headline.yaml'),
    line: 8,
    edit: (e) =>
      editText(path.join(e, 'headline.yaml'), 'source: 实现地区生产总值(GDP)120.5亿元', 'source: 实现地区生产总值(GDP)121.5亿元'),
  },
  {
    name: 'a value is not in its source phrase',
    rule: 'plan:source-phrase-has-value',
    file: ed('headline.yaml'),
    line: 4,
    edit: (e) => editText(path.join(e, 'headline.yaml'), 'value: 120.5', 'value: 125.5'),
  },
  {
    name: 'a total differs from its rows beyond rounding',
    rule: 'plan:sum-matches-total',
    severity: 'error',
    file: ed('tables.yaml'),
    line: 23,
    edit: (e) => {
      editText(path.join(e, 'tables.yaml'), 'projects: 5, total-investment: 40.5', 'projects: 5, total-investment: 45.5');
      editText(path.join(e, 'tables.yaml'), 'source: "合计 | 5 | 40.5 |', 'source: "合计 | 5 | 45.5 |');
      editText(path.join(e, 'source.txt'), '合计 | 5 | 40.5 |', '合计 | 5 | 45.5 |');
    },
  },
  {
    name: 'a total differs from its rows within rounding',
    rule: 'plan:sum-matches-total',
    severity: 'warning',
    file: ed('tables.yaml'),
    line: 23,
    edit: (e) => {
      editText(path.join(e, 'tables.yaml'), 'total-investment: 10.0', 'total-investment: 10.1');
      editText(path.join(e, 'tables.yaml'), '民生领域 | 2 | 10.0 |', '民生领域 | 2 | 10.1 |');
      editText(path.join(e, 'source.txt'), '民生领域 | 2 | 10.0 |', '民生领域 | 2 | 10.1 |');
    },
  },
  {
    name: 'a share differs from value ÷ total',
    rule: 'plan:share-matches-value',
    severity: 'error',
    file: ed('tables.yaml'),
    line: 17,
    edit: (e) => {
      editText(path.join(e, 'tables.yaml'), 'annual-share: 68.3', 'annual-share: 60.3');
      editText(path.join(e, 'tables.yaml'), '| 4.1 | 68.3 |', '| 4.1 | 60.3 |');
      editText(path.join(e, 'source.txt'), '| 4.1 | 68.3 |', '| 4.1 | 60.3 |');
    },
  },
  {
    name: 'a stated ratio differs from numerator ÷ denominator',
    rule: 'plan:ratio-matches-value',
    file: ed('achievements.yaml'),
    line: 17,
    edit: (e) => {
      editText(path.join(e, 'achievements.yaml'), 'value: 33.4', 'value: 38.4');
      editText(path.join(e, 'achievements.yaml'), 'source: 占GDP比重33.4%', 'source: 占GDP比重38.4%');
      editText(path.join(e, 'source.txt'), '占GDP比重33.4%', '占GDP比重38.4%');
    },
  },
  {
    name: 'a part is larger than its whole',
    rule: 'plan:part-within-whole',
    file: ed('headline.yaml'),
    line: 11,
    edit: (e) => {
      editText(path.join(e, 'headline.yaml'), 'value: 40.2', 'value: 140.2');
      editText(path.join(e, 'headline.yaml'), 'source: 实现规上工业增加值40.2亿元', 'source: 实现规上工业增加值140.2亿元');
      editText(path.join(e, 'source.txt'), '实现规上工业增加值40.2亿元', '实现规上工业增加值140.2亿元');
    },
  },
  {
    name: 'a completion rate the target and result do not give',
    rule: 'plan:completion-matches',
    file: ed('review-targets.yaml'),
    line: 16,
    edit: (e) =>
      editText(
        path.join(e, 'review-targets.yaml'),
        '    actual: [{value: 5230, unit: 人}]\n',
        '    actual: [{value: 5230, unit: 人}]\n    completion: 50.0\n',
      ),
  },
  {
    name: 'a completion rate for a target with no figure',
    rule: 'plan:completion-matches',
    file: ed('review-targets.yaml'),
    line: 22,
    edit: (e) =>
      editText(
        path.join(e, 'review-targets.yaml'),
        "    actual: [{value: 4.1, unit: '%', measure: growth}]\n",
        "    actual: [{value: 4.1, unit: '%', measure: growth}]\n    completion: 100\n",
      ),
  },
  {
    name: 'the parts of a structure ratio do not add up to 100',
    rule: 'plan:composition-sums',
    file: ed('achievements.yaml'),
    edit: (e) =>
      editText(
        path.join(e, 'achievements.yaml'),
        'achievements:\n',
        `compositions:\n  - id: c-structure\n    section: r1\n    label: {zh: 三次产业结构, en: Structure of the economy}\n    parts:\n      - {label: {zh: 第一产业, en: Primary}, value: 2.8}\n      - {label: {zh: 第二产业, en: Secondary}, value: 50.9}\n      - {label: {zh: 第三产业, en: Tertiary}, value: 45.3}\n    source: 全年落地亿元以上项目6个\nachievements:\n`,
      ),
  },
  {
    name: 'a level target for a headline indicator names it again',
    rule: 'plan:one-name',
    file: ed('plan-targets.yaml'),
    line: 3,
    edit: (e) =>
      editText(path.join(e, 'plan-targets.yaml'), '    indicator: gdp\n    measure: growth', '    indicator: gdp\n    measure: level'),
  },
  {
    name: 'an edition with no figure',
    rule: 'plan:edition-empty',
    file: ed('edition.yaml'),
    edit: (e) => {
      for (const file of [
        'headline.yaml',
        'achievements.yaml',
        'review-targets.yaml',
        'plan-targets.yaml',
        'tables.yaml',
        'projects.yaml',
        'sections.yaml',
      ]) {
        rmSync(path.join(e, file));
      }
    },
  },
  {
    name: 'a target drops the bound its phrase states (不少于800个 without bound: at-least)',
    rule: 'plan:qualifier-word',
    file: ed('plan-targets.yaml'),
    line: 17,
    edit: (e) => editText(path.join(e, 'plan-targets.yaml'), '{kind: numeric, bound: at-least, value: 800', '{kind: numeric, value: 800'),
  },
  {
    name: 'a target claims a bound its phrase does not state (10场 with bound: over)',
    rule: 'plan:qualifier-word',
    file: ed('plan-targets.yaml'),
    line: 22,
    edit: (e) =>
      editText(
        path.join(e, 'plan-targets.yaml'),
        '{kind: numeric, value: 10, unit: 场}',
        '{kind: numeric, bound: over, value: 10, unit: 场}',
      ),
  },
  {
    name: 'a target cited as 力争 is not marked strive',
    rule: 'plan:qualifier-word',
    file: ed('plan-targets.yaml'),
    line: 22,
    edit: (e) => {
      editText(path.join(e, 'plan-targets.yaml'), 'source: 举办招商活动10场', 'source: 力争举办招商活动10场');
      editText(path.join(e, 'source.txt'), '举办招商活动10场', '力争举办招商活动10场');
    },
  },
  {
    name: 'a target cited as 与经济增长同步 is not a relative target',
    rule: 'plan:qualifier-word',
    file: ed('review-targets.yaml'),
    line: 20,
    edit: (e) =>
      editText(path.join(e, 'review-targets.yaml'), '{kind: relative, relation: in-step, against: gdp, text:', '{kind: qualitative, text:'),
  },
  {
    name: 'a growth cited as 下降4.0% is positive',
    rule: 'plan:decline-word',
    file: ed('headline.yaml'),
    line: 6,
    edit: (e) => {
      editText(path.join(e, 'headline.yaml'), '、增长4.0%、', '、下降4.0%、');
      editText(path.join(e, 'source.txt'), '、增长4.0%、', '、下降4.0%、');
    },
  },
  {
    name: 'a rank cited as 增速列全市第三 has measure total',
    rule: 'plan:rank-measure-word',
    file: ed('headline.yaml'),
    line: 7,
    edit: (e) =>
      editText(path.join(e, 'headline.yaml'), '{measure: growth, scope: city, position: 3}', '{measure: total, scope: city, position: 3}'),
  },
  {
    name: 'a growth cited as 初步预计增长4.0% is not marked estimate',
    rule: 'plan:estimate-word',
    file: ed('headline.yaml'),
    line: 2,
    edit: (e) => {
      editText(path.join(e, 'headline.yaml'), '、增长4.0%、', '、初步预计增长4.0%、');
      editText(path.join(e, 'source.txt'), '、增长4.0%、', '、初步预计增长4.0%、');
    },
  },
  {
    name: 'an actual cited from a row marked 错年数据 has no year',
    rule: 'plan:estimate-word',
    file: ed('review-targets.yaml'),
    line: 21,
    edit: (e) => {
      editText(path.join(e, 'review-targets.yaml'), '3 | 居民人均可支配收入 |', '3 | 居民人均可支配收入(错年数据) |');
      editText(path.join(e, 'source.txt'), '3 | 居民人均可支配收入 |', '3 | 居民人均可支配收入(错年数据) |');
    },
  },
  {
    name: 'an English text is removed',
    rule: 'plan:translation-missing',
    file: ed('review-targets.yaml'),
    line: 7,
    edit: (e) => editText(path.join(e, 'review-targets.yaml'), 'indicator: {zh: GDP增速, en: GDP growth}', 'indicator: {zh: GDP增速}'),
  },
  {
    name: 'an English text is emptied',
    rule: 'plan:translation-missing',
    file: ed('review-targets.yaml'),
    line: 7,
    edit: (e) => editText(path.join(e, 'review-targets.yaml'), 'en: GDP growth}', "en: ''}"),
  },
  {
    name: 'English text holds Chinese',
    rule: 'plan:english-has-han',
    file: ed('review-targets.yaml'),
    line: 7,
    edit: (e) => editText(path.join(e, 'review-targets.yaml'), 'en: GDP growth}', 'en: GDP增速}'),
  },
  {
    name: 'a glossary term is translated differently',
    rule: 'plan:glossary-consistent',
    file: ed('headline.yaml'),
    line: 10,
    edit: (e) =>
      editText(
        path.join(e, 'headline.yaml'),
        'en: Industrial value added (above designated size)}',
        'en: Industrial value added (large firms)}',
      ),
  },
  {
    name: 'a character has no glyph in the embedded fonts',
    rule: 'plan:glyph-coverage',
    file: ed('headline.yaml'),
    line: 3,
    edit: (e) => editText(path.join(e, 'headline.yaml'), 'label: {zh: 地区生产总值,', 'label: {zh: 地区生产总值\u{13000},'),
  },
];
