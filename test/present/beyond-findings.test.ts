import { describe, expect, it } from 'vitest';
import { beyondFindings } from '../../src/present/key-messages.js';

describe('the key messages in full leave out what the findings above them say (publication review 11)', () => {
  const findings = ['GDP was RMB 288.78 billion in 2024, up 5.0% (target: growth of 6%; not met); No. 2 in the city by size.'];
  it('an item of three figures or more, every one stated in the findings, is left out', () => {
    expect(beyondFindings(['In 2024, GDP reached RMB 288.78 billion, up 5.0% (No. 2 in the city by size).'], findings)).toEqual([]);
  });
  it('an item with one figure the findings do not state stays, and so does an item of fewer than three figures', () => {
    const kept = [
      'In 2024, GDP reached RMB 288.78 billion, up 5.0% (No. 3 in the city by size).',
      'Not met: GDP growth, 5.0% (target: 6%).',
    ];
    expect(beyondFindings(kept, findings)).toEqual(kept);
  });
  it('reads years as years and Chinese ranks as figures', () => {
    const zh = ['2024年地区生产总值2887.8亿元，比上年增长5.0%；总量列全市第二。'];
    expect(beyondFindings(['2024年，地区生产总值2887.8亿元，比上年增长5.0%（总量列全市第二）。'], zh)).toEqual([]);
    expect(beyondFindings(['2024年，地区生产总值2887.8亿元，比上年增长5.0%（总量列全市第三）。'], zh)).toHaveLength(1);
    expect(beyondFindings(['In 2024 and 2025: 2023, 2022 and 5.0.'], findings)).toHaveLength(1);
  });
});
