import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishMoneyColumn } from '../../src/model/format.js';
import { defaultDataDir, demoEditionDir, makeDataDir, validateDir } from '../helpers.js';

const { dataset } = validateDir(makeDataDir([path.join(defaultDataDir, 'editions', 'binjiang-2025'), demoEditionDir]));
const units = dataset.units!;

describe('English money columns (publication review 11: 124.38 in the text, 1,243.8 in the table)', () => {
  it('give a column of 亿元 in the scale of its largest amount, adding the decimals the scale needs', () => {
    expect(englishMoneyColumn(units, '亿元', [1243.8, 5.5], 'en')).toEqual({ multiply: 0.1, extraDecimals: 1, unit: 'RMB billion' });
    // Largest under a billion: RMB million would be a scale below the published 亿元 (600 million for
    // 6.0 亿元 claims a precision the figure has not), so the column keeps the published unit.
    expect(englishMoneyColumn(units, '亿元', [6, 1.9], 'en')).toBeUndefined();
    expect(englishMoneyColumn(units, '亿元', [1243.8], 'zh-CN')).toBeUndefined();
    expect(englishMoneyColumn(units, '%', [58.6], 'en')).toBeUndefined();
  });
});
