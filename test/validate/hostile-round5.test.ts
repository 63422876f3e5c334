/**
 * Issue 28, the sixth adversarial pass (hostile5): what it found, each with the input that showed it.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInIds } from '../../src/dataset/schema.js';
import { demoEditionDir, editText, makeDataDir, validateDir } from '../helpers.js';

const fileOf = (dataDir: string, name: string) => path.join(dataDir, 'editions', path.basename(demoEditionDir), name);
const errorsOf = (dataDir: string) =>
  validateDir(dataDir)
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => `${path.basename(d.file)}:${d.place.line} ${d.ruleId} ${d.message}`);

describe('ids named like what every JavaScript object has', () => {
  // Every such name the id format lets through (today "constructor"); the rule holds whatever the format allows.
  const names = builtInIds;

  it('a figure column named "constructor" with a row that has no value there is an error at the id, not a crash', () => {
    expect(names).toContain('constructor');
    for (const name of names) {
      const dataDir = makeDataDir();
      editText(
        fileOf(dataDir, 'tables.yaml'),
        '      - {id: annual-share,',
        `      - {id: ${name}, label: {zh: 其他(个), en: Other}, unit: 个, decimals: 0}\n      - {id: annual-share,`,
      );
      const errors = errorsOf(dataDir);
      expect(errors.join('\n')).toMatch(new RegExp(`tables\\.yaml:10 plan:schema-type .*${name}`));
    }
  });

  it('any id (a section, a text column) named so is refused, so no lookup by id can read a built-in property', () => {
    const dataDir = makeDataDir();
    editText(fileOf(dataDir, 'sections.yaml'), '  - id: r1', '  - id: constructor');
    editText(
      fileOf(dataDir, 'tables.yaml'),
      '    dimension: {zh: 领域, en: Sector}\n',
      '    dimension: {zh: 领域, en: Sector}\n    textColumns: [{id: constructor, label: {zh: 口径, en: Scope}}]\n',
    );
    const errors = errorsOf(dataDir).join('\n');
    expect(errors).toMatch(/sections\.yaml:\d+ plan:schema-type .*"constructor"/);
    expect(errors).toMatch(/tables\.yaml:\d+ plan:schema-type .*"constructor"/);
  });
});

describe('a shared registry listing one id twice', () => {
  it('a unit listed twice (the second with another factor) is an error at the second, not a silent choice of factor', () => {
    const dataDir = makeDataDir();
    // Listed first, the copy's factor of 100 published 5230人 as 523,000 people with no message.
    editText(
      path.join(dataDir, 'units.yaml'),
      'units:\n',
      'units:\n  - {id: 人, zh: "人", en: "people", quantity: people, factor: 100, inline: false}\n',
    );
    const errors = errorsOf(dataDir).join('\n');
    expect(errors).toMatch(/units\.yaml:\d+ plan:id-unique Id "人" is already used at .*units\.yaml:\d+/);
  });

  it('a glossary term id listed twice is an error', () => {
    const dataDir = makeDataDir();
    editText(
      path.join(dataDir, 'glossary.yaml'),
      'terms:\n',
      'terms:\n  - {id: srdi, zh: 虚构词, en: invented word, note: {zh: 说明。, en: A note.}}\n',
    );
    expect(errorsOf(dataDir).join('\n')).toMatch(/glossary\.yaml:\d+ plan:id-unique Id "srdi"/);
  });
});

describe('a column listed twice in a table', () => {
  it('a text column id declared twice, or a chart column named twice, is an error at the repeat', () => {
    const dataDir = makeDataDir();
    editText(
      fileOf(dataDir, 'tables.yaml'),
      '    dimension: {zh: 领域, en: Sector}\n',
      '    dimension: {zh: 领域, en: Sector}\n    textColumns: [{id: scope, label: {zh: 口径, en: Scope}}, {id: scope, label: {zh: 口径二, en: Scope 2}}]\n',
    );
    editText(
      fileOf(dataDir, 'tables.yaml'),
      'columns: [total-investment, annual-investment]',
      'columns: [total-investment, total-investment]',
    );
    const errors = errorsOf(dataDir).filter((e) => e.includes('listed once'));
    expect(errors).toHaveLength(2);
    expect(errors.join('\n')).toMatch(/tables\.yaml:5 plan:schema-type/);
    expect(errors.join('\n')).toMatch(/tables\.yaml:14 plan:schema-type/);
  });
});
