import { describe, expect, it } from 'vitest';
import type { UnitsFile } from '../../src/dataset/schema.js';
import { findUnit, unitOf } from '../../src/dataset/units.js';

// One lookup of the unit registry for the model (which may assume validated data) and validation
// (which may not).

const units: UnitsFile = {
  units: [
    { id: '人', zh: '人', en: 'people', quantity: 'people', factor: 1, inline: false },
    { id: '万人', zh: '万人', en: '10,000 people', quantity: 'people', factor: 10000 },
  ],
};

describe('the unit registry', () => {
  it('gives the entry of a registered unit by its id', () => {
    expect(findUnit(units, '万人')).toMatchObject({ quantity: 'people', factor: 10000 });
    expect(unitOf(units, '人').en).toBe('people');
  });

  it('gives nothing for an unregistered unit to validation, and an error naming it to the model', () => {
    expect(findUnit(units, '亿圆')).toBeUndefined();
    expect(() => unitOf(units, '亿圆')).toThrow('Unit "亿圆" is not registered');
  });
});
