/**
 * A caption's table number is the document's: the brief cites the document by it ("Source: …,
 * Table 9"), so a number in either language other than the one captionSource prints published a
 * wrong citation (and the two languages could cite different tables).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoEditionDir, editText, makeDataDir, validateDir } from '../helpers.js';

const message = /must have the number of the document's table in both languages/;

function captionErrors(file: string, from: string, to: string): string[] {
  const dataDir = makeDataDir([demoEditionDir]);
  editText(path.join(dataDir, 'editions', path.basename(demoEditionDir), file), from, to);
  return validateDir(dataDir)
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => `${d.file.split('/').at(-1)}:${d.place.line}:${d.place.column} ${d.message}`);
}

describe("a caption's table number is the one its captionSource prints", () => {
  const review = 'caption: {zh: 表1 2025年主要指标完成情况, en: "Table 1. Main indicators, 2025"}';
  const table = 'caption: {zh: 表2 2026年重点项目分领域安排, en: "Table 2. 2026 key projects by sector"}';

  it('another number in both languages of the targets caption is an error at each', () => {
    const errors = captionErrors('review-targets.yaml', review, review.replace('表1', '表9').replace('Table 1', 'Table 9'));
    expect(errors).toHaveLength(2);
    for (const e of errors) expect(e).toMatch(message);
  });

  it('another number in the English caption only is an error at it', () => {
    const errors = captionErrors('review-targets.yaml', review, review.replace('Table 1', 'Table 7'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^review-targets\.yaml:1:\d+ /);
    expect(errors[0]).toMatch(message);
  });

  it("another number in a statistical table's Chinese caption is an error", () => {
    const errors = captionErrors('tables.yaml', table, table.replace('表2', '表5'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^tables\.yaml:3:\d+ /);
  });
});
