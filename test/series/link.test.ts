import { describe, expect, it } from 'vitest';
import type { ValidEdition } from '../../src/dataset/edition.js';
import { editionSeries, previousEdition } from '../../src/dataset/series.js';
import { buildSeries, type SeriesFigure } from '../../src/model/series.js';

/** An edition with only what the link reads: district, city and years. */
const edition = (id: string, reviewYear: number, district = '雾瑶区', city = '禾湾市'): ValidEdition =>
  ({
    folder: id,
    data: { edition: { id, district: { zh: district }, city: { zh: city }, reviewYear, planYear: reviewYear + 1 } },
  }) as unknown as ValidEdition;

describe('the series an edition closes', () => {
  const y22 = edition('w-2022', 2022);
  const y23 = edition('w-2023', 2023);
  const y24 = edition('w-2024', 2024);
  const y25 = edition('w-2025', 2025);
  const other = edition('x-2023', 2023, '澜亭区');

  it('follows the previous edition of the same district and city back, oldest first, in any folder order', () => {
    expect(editionSeries(y24, [y24, other, y22, y25, y23]).map((e) => e.folder)).toEqual(['w-2022', 'w-2023', 'w-2024']);
    expect(previousEdition(y23, [other, y22, y23])?.folder).toBe('w-2022');
    // Another district of the same year, or the same district name in another city, is no previous edition.
    expect(previousEdition(edition('x-2024', 2024, '澜亭区'), [y23, other])?.folder).toBe('x-2023');
    expect(previousEdition(edition('w-2024b', 2024, '雾瑶区', '别的市'), [y23])).toBeUndefined();
  });

  it('ends where a year is missing, and holds no later edition', () => {
    expect(editionSeries(y24, [y22, y24]).map((e) => e.folder)).toEqual(['w-2024']);
    expect(editionSeries(y23, [y22, y23, y24, y25]).map((e) => e.folder)).toEqual(['w-2022', 'w-2023']);
  });
});

describe('buildSeries', () => {
  const figure = (id: string, value: number, unit = '亿元', extra: Partial<SeriesFigure<string>> = {}): SeriesFigure<string> => ({
    id,
    label: { zh: id, en: id },
    value,
    unit,
    decimals: 1,
    display: { zh: `${value}`, en: `${value}` },
    estimate: false,
    ...extra,
  });
  const member = (id: string, reviewYear: number, headline: SeriesFigure<string>[]) => ({
    edition: { id, reviewYear, title: { zh: id, en: id }, source: { zh: `${id}源`, en: `${id} source` } } as never,
    headline,
  });

  it("takes the later report where two give a figure for one year (by the figure's own year), and keeps an indicator of another unit apart", () => {
    const series = buildSeries([
      member('a', 2022, [figure('gdp', 100)]),
      // The next report gives an earlier year's figure (its own year's is not out yet): the final 2022 figure.
      member('b', 2023, [figure('gdp', 101, '亿元', { year: 2022 }), figure('jobs', 3, '万人')]),
      member('c', 2024, [figure('gdp', 120), figure('jobs', 31000, '人')]),
    ]);
    const gdp = series.indicators.find((i) => i.id === 'gdp')!;
    expect(gdp.points.map((p) => [p.year, p.value, p.edition])).toEqual([
      [2022, 101, 'b'],
      [2024, 120, 'c'],
    ]);
    expect(series.indicators.filter((i) => i.id === 'jobs').map((i) => [i.unit, i.points.length])).toEqual([
      ['人', 1],
      ['万人', 1],
    ]);
    expect(series.years).toEqual([2022, 2023, 2024]);
    expect(series.editions.map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });
});
