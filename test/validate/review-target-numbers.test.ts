/**
 * Rows of the targets table with one `no` count as one indicator (the scorecard): a `no` copied
 * onto another indicator merged the two, and the brief said "GDP growth (New talent recruited:
 * met; GDP growth: not met) met its target in part". Such rows must be readings of one indicator:
 * one after another, with one group.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoEditionDir, editText, makeDataDir, validateDir } from '../helpers.js';

const readingsMessage = /rows with one no are the readings of one indicator/;

function numbered(edit: (file: string) => void) {
  const dataDir = makeDataDir([demoEditionDir]);
  edit(path.join(dataDir, 'editions', path.basename(demoEditionDir), 'review-targets.yaml'));
  return validateDir(dataDir)
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => `${d.file.split('/').at(-1)}:${d.place.line} ${d.message}`);
}

describe('rows of the targets table that share a number', () => {
  it("another indicator's number on the next row is an error at that row's no (line 12)", () => {
    // (Its phrase "2 | …" also gives it away: plan:schema-type says so too.)
    const errors = numbered((f) => editText(f, '    no: 2\n', '    no: 1\n')).filter((e) => readingsMessage.test(e));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^review-targets\.yaml:12 /);
    expect(errors[0]).toMatch(readingsMessage);
  });

  it('a number repeated on a row further down is an error', () => {
    const errors = numbered((f) => editText(f, '    no: 3\n', '    no: 1\n')).filter((e) => readingsMessage.test(e));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^review-targets\.yaml:18 /);
  });

  it('readings of one indicator (next to each other, one group) are accepted', () => {
    const group = '    group: {zh: 经济指标, en: Economic indicators}\n';
    const errors = numbered((f) => {
      editText(f, '    no: 1\n', `    no: 1\n${group}`);
      editText(f, '    no: 2\n', `    no: 1\n${group}`);
    });
    expect(errors.filter((e) => readingsMessage.test(e))).toEqual([]);
  });

  it('a number other than the one its row of the document starts with ("3 | …") is an error', () => {
    const errors = numbered((f) => editText(f, '    no: 3\n', '    no: 7\n'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^review-targets\.yaml:18 .*must be the number the row of the document starts with/);
  });
});
