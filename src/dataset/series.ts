import type { ValidEdition } from './edition.js';

/**
 * Editions of one district form a series: each year's report reviews the year the report before it
 * planned. The link is the one the check across editions (plan:target-carried) judges carried
 * targets by; the series, the workbook's series sheet and the brief's trend figure follow it too.
 */

/**
 * The edition of the same district and city whose plan year is `edition`'s review year: the report
 * whose main targets `edition`'s review judges. Undefined when the data holds none.
 */
export function previousEdition(edition: ValidEdition, editions: readonly ValidEdition[]): ValidEdition | undefined {
  const { district, city, reviewYear } = edition.data.edition;
  return editions.find(
    (e) =>
      e !== edition &&
      e.data.edition.planYear === reviewYear &&
      e.data.edition.district.zh === district.zh &&
      e.data.edition.city.zh === city.zh,
  );
}

/**
 * The series an edition closes: the editions before it, each the previous of the next, oldest
 * first, then the edition itself. A later edition is not part of it, so an edition's outputs do not
 * change when next year's is added; a year missing from the data ends the series there.
 */
export function editionSeries(edition: ValidEdition, editions: readonly ValidEdition[]): ValidEdition[] {
  const series = [edition];
  for (let e = previousEdition(edition, editions); e && !series.includes(e); e = previousEdition(e, editions)) series.unshift(e);
  return series;
}

/**
 * The files of an edition that its place in a series and its headline figures are read from
 * (editionFiles.edition and .headline of ./schema.ts, named here so that the build's input hash
 * needs no schema): every edition's outputs depend on these files of the editions of its series.
 */
export const seriesInputFiles = ['edition.yaml', 'headline.yaml'] as const;
