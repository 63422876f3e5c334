import type { RenderedChart } from '../charts/render.js';
import type { UiStrings } from '../charts/strings.js';
import type { Locale } from '../model/format.js';
import type { Plan } from '../model/plan.js';
import type { UnitsFile } from '../validate/schema.js';

/** What a brief or a workbook of one edition in one locale is made from. */
export interface LocaleRenderInput {
  readonly rootDir: string;
  readonly plan: Plan;
  readonly locale: Locale;
  readonly strings: UiStrings;
  readonly units: UnitsFile;
  readonly charts: readonly RenderedChart[];
  readonly buildDate: Date;
}
