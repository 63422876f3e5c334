import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../helpers.js';
import { numberUnitSpans } from '../../src/present/typography.js';
import { breakLines, breakOpportunities, breakParagraphs, kinsokuViolations } from '../../src/brief/line-break.js';

/** Every character 10 wide: widths in tests are counts of characters. */
const measure = (s: string) => [...s].length * 10;

/** The offsets in `text` where `lines` (joined without anything between them, or by one space) break it. */
function breaksOf(text: string, lines: readonly string[]): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const line of lines.slice(0, -1)) {
    at = text.indexOf(line, at) + line.length;
    offsets.push(at);
  }
  return offsets;
}

describe('line breaking on UAX #14 with kinsoku rules', () => {
  it('breaks after a full-width mark before a signed number (clreq), but never inside an English word', () => {
    // UAX #14 keeps "）−11%" whole (CL × PR), which left a justified line to be stretched.
    expect(breakOpportunities('固定资产投资（区内）−11%；另有三项')).toContain('−11%；');
    expect(breakOpportunities('新增学位−69%；“两新”−3%')).toEqual(['新', '增', '学', '位', '−69%；', '“两', '新”', '−3%']);
    expect(breakOpportunities('the plan’s −3% target')).toEqual(['the ', 'plan’s ', '−3% ', 'target']);
  });

  it('never parts a number from its digits or its unit, in English or Chinese', () => {
    const english = 'GDP reached RMB 1,288.78 billion, up 5.0% on the previous year.';
    const chinese = '全区实现地区生产总值2887.8亿元,增长5.0%,服务人次达42.8万人次。';
    // From the width of the widest piece that must stay whole, "RMB 1,288.78 billion," (21 characters).
    for (let width = 210; width <= 700; width += 10) {
      const en = breakLines(english, width, measure);
      expect(en.join(' '), `width ${width}`).toBe(english);
      for (const line of en) expect(line, `width ${width}: ${en.join(' | ')}`).not.toMatch(/(^|\s)(1,|1,288\.78|RMB)$/);
      const zh = breakLines(chinese, width, measure);
      expect(zh.join(''), `width ${width}`).toBe(chinese);
      const breaks = breaksOf(chinese, zh);
      const protectedSpans = ['2887.8亿元', '5.0%', '42.8万人次'].map((s) => [chinese.indexOf(s), chinese.indexOf(s) + s.length] as const);
      for (const at of breaks)
        for (const [from, to] of protectedSpans) expect(at > from && at < to, `width ${width}: ${zh.join(' | ')}`).toBe(false);
    }
  });

  it('keeps a number with the whole of its unit, however many characters or words the unit has (units.yaml)', () => {
    const registry = parse(readFileSync(path.join(defaultDataDir, 'units.yaml'), 'utf8')) as { units: { zh: string; en: string }[] };
    const zhUnits = registry.units.map((u) => u.zh);
    const enUnits = registry.units.map((u) => u.en);
    // The registry's unit of a change of rate is four characters long.
    const points = zhUnits.find((u) => u.endsWith('百分点'))!;
    expect(points.length).toBeGreaterThan(2);
    const chinese = `增速相差−0.6${points}，服务80.73万人次。`;
    const whole = [`0.6${points}`, '80.73万人次'];
    const pieces = breakOpportunities(chinese, { units: zhUnits });
    for (const unit of whole)
      expect(
        pieces.some((p) => p.includes(unit)),
        pieces.join('|'),
      ).toBe(true);
    const english = 'a gap of −0.6 percentage points against 2023';
    expect(breakOpportunities(english, { units: enUnits })).toContain('−0.6 percentage points ');
    // A Latin unit name is a whole word: "mu" does not glue "3 museums".
    expect(numberUnitSpans('3 museums; 3 mu', enUnits)).toEqual([[11, 15]]);
  });

  it('cuts a piece wider than the line wherever it occurs, also in mid-paragraph', () => {
    const long = 'x'.repeat(57);
    const text = `One two ${long} three four`;
    const lines = breakLines(text, 100, measure);
    expect(lines.every((l) => measure(l) <= 100)).toBe(true);
    expect(lines.join(' ').replace(/x (?=x)/g, 'x')).toBe(text);
    expect(lines[0]).toBe('One two');
    expect(lines.length).toBeGreaterThan(6);
  });

  it('is linear in time and memory: a word of 100,000 characters breaks in well under a second', () => {
    const word = 'a'.repeat(100_000);
    const before = process.memoryUsage().heapUsed;
    const started = performance.now();
    const lines = breakLines(`Label ${word} end`, 200, measure);
    const elapsed = performance.now() - started;
    const grown = process.memoryUsage().heapUsed - before;
    expect(lines.slice(1, -1).every((l) => l.length === 20)).toBe(true);
    expect(lines.join('').length).toBe(100_000 + 'Labelend'.length);
    expect(elapsed).toBeLessThan(1500);
    expect(grown).toBeLessThan(200 * 1024 * 1024);
  });

  it('keeps a word that the segmenter splits into lone characters whole when breaking between words (增|速)', () => {
    const pieces = breakOpportunities('85734元；增速3.0%', { words: true });
    expect(
      pieces.some((p) => p.includes('增速')),
      pieces.join('|'),
    ).toBe(true);
  });

  it('breaks titles only between words: the cover title never splits 计划 or 草案', () => {
    const title = '杭州市滨江区2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划(草案)';
    for (let width = 60; width <= 400; width += 10) {
      const lines = breakLines(title, width, measure, { words: true });
      expect(lines.join('')).toBe(title);
      expect(kinsokuViolations(lines)).toEqual([]);
      for (const line of lines.slice(0, -1))
        expect(line, `width ${width}: ${lines.join(' | ')}`).not.toMatch(/计$|经$|社$|发$|执$|情$|草$/);
    }
  });

  it('marks the last line of each paragraph', () => {
    const lines = breakParagraphs('一二三四五六七八九十\n甲乙', 50, measure);
    expect(lines.map((l) => l.end)).toEqual([false, true, true]);
  });
});

describe('a piece kept whole that is wider than the line', () => {
  it('breaks at its spaces before it cuts a word', () => {
    // "RMB 33.71 billion" is one piece (a figure keeps its currency and its word); in a column
    // 13 characters wide it breaks before "billion", not inside it.
    expect(breakLines('RMB 33.71 billion', 130, measure)).toEqual(['RMB 33.71', 'billion']);
    // A single word wider than the line is still cut between characters.
    expect(breakLines('Supercalifragilistic', 100, measure)).toEqual(['Supercalif', 'ragilistic']);
  });
});

describe('justified Chinese lines set tighter rather than loose (BreakOptions.tighten)', () => {
  // Every character 10 wide; a line of 20 characters' width; "12.5亿元；" is one piece of 7 characters.
  const measure = (s: string) => [...s].length * 10;
  const gaps = (line: string) => [...line].length - 1;
  const text = `${'甲'.repeat(14)}12.5亿元；${'乙'.repeat(10)}`;

  it('takes the next piece when spreading the line would pass the cap and a slightly tighter setting fits it', () => {
    // Without it: 14 characters and a gap of 60 (4.6 per gap, over the cap of 1); with it, 21 characters
    // (210) in 200: 10 over 20 gaps, 0.5 tighter per gap, within the 0.5 allowed (and not within 0.4).
    const loose = breakParagraphs(text, 200, measure);
    expect(loose[0]!.text).toBe('甲'.repeat(14));
    const tight = breakParagraphs(text, 200, measure, { tighten: { most: 0.5, loosest: 1, gaps } });
    expect(tight[0]!.text).toBe(`${'甲'.repeat(14)}12.5亿元；`);
  });

  it('leaves the line as it is when tightening would not fit the piece, or when the line is not loose', () => {
    expect(breakParagraphs(text, 200, measure, { tighten: { most: 0.4, loosest: 1, gaps } })[0]!.text).toBe('甲'.repeat(14));
    expect(breakParagraphs(text, 200, measure, { tighten: { most: 0.5, loosest: 5, gaps } })[0]!.text).toBe('甲'.repeat(14));
  });
});
