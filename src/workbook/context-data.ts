import type { UnitsFile } from '../dataset/schema.js';
import { textKey, type Locale } from '../model/format.js';
import type { Plan } from '../model/plan.js';
import { contextTexts } from '../present/context.js';
import { basisWords } from '../present/growth-basis.js';
import { lookup, type UiStrings } from '../present/strings.js';
import { quantityCells, sideBySideCells, type Row } from './row.js';

/**
 * The workbook's "in context" datasets: each comparison (share of the area's total, growth against
 * the area's at the same prices) and each figure per resident with both inputs. Figures are the
 * model's (src/model/context.ts), with their decimals; absent cells are the not-applicable shorthand.
 * Both lists are empty without comparison figures, and their sheets and CSV files are then left out.
 */
export function contextDatasets(plan: Plan, locale: Locale, strings: UiStrings, units: UnitsFile): { context: Row[]; perCapita: Row[] } {
  const context = plan.context;
  const text = contextTexts(plan, strings, locale);
  if (context === undefined || text === undefined) return { context: [], perCapita: [] };
  const lang = textKey(locale);
  const t = (key: string) => lookup(strings, key) ?? key;
  const title = (id: string) => context.documents.find((d) => d.id === id)?.title[lang] ?? plan.edition.source.title[lang];
  const blank = (key: string, value: unknown) => (value === null || value === undefined ? { [`${key}__blank`]: 'z' } : {});
  const number = (key: string, n: { value: number; decimals: number } | undefined): Row => ({
    [key]: n?.value ?? null,
    [`${key}__decimals`]: n?.decimals ?? 0,
    ...blank(key, n),
  });

  // A figure with its unit, in the unit the reader's language gives it (./row.ts quantityCells).
  const shown = (key: string, unitKey: string, q: { value: number; unit: string; decimals: number }): Row =>
    quantityCells(key, unitKey, q, units, locale);

  const rows = context.comparisons.map((c, i): Row => {
    const f = c.figure;
    return {
      indicator: f.label[lang],
      area: text.rows[i]!.area,
      year: c.year,
      // The district's figure and the area's in one unit (./row.ts sideBySideCells).
      ...sideBySideCells(
        [
          ['districtValue', 'districtUnit', f],
          ['areaValue', 'areaUnit', c.value],
        ],
        units,
        locale,
      ),
      ...number('areaShare', c.share),
      ...number('districtGrowth', f.growth),
      ...number('areaGrowth', c.growth),
      growthBasis: c.growth ? basisWords(strings, c.growth.basis) : null,
      ...blank('growthBasis', c.growth),
      ...number('growthGap', c.growthGap),
      document: title(c.document),
      id: c.id,
      figureId: f.id,
    };
  });
  const perCapita = context.perCapita.map(
    (p): Row => ({
      indicator: p.figure.label[lang],
      area: text.perCapita[context.perCapita.indexOf(p)]!.area,
      year: p.year,
      ...shown('total', 'totalUnit', p.total),
      ...shown('population', 'populationUnit', p.population),
      // Which population: the annual average (as bulletins divide) or the count at year-end.
      populationBasis: p.population.basis ? t(`context.populationBasis.${p.population.basis}`) : null,
      populationBasis__blank: 'z',
      ...shown('perCapitaValue', 'perCapitaUnit', p.perCapita),
      // Derived from an estimate: an estimate too.
      basis: p.estimate ? t('workbook.basis.estimate') : null,
      basis__blank: 'z',
      document: p.documents.map(title).join(lang === 'zh' ? '；' : '; '),
      id: p.population.id,
      figureId: p.figure.id,
    }),
  );
  return { context: rows, perCapita };
}
