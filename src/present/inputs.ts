import type { UiStrings } from './strings.js';
import type { Locale } from '../model/format.js';
import type { Plan } from '../model/plan.js';
import type { UnitsFile } from '../dataset/schema.js';

/** A chart as the brief (vector SVG) and the workbook (PNG) place it, with its reader text. */
export interface ChartImage {
  readonly id: string;
  readonly title: string;
  readonly source: string;
  readonly alt: string;
  readonly svg: string;
  /** Empty when no PNG was made (see ChartOutputs). */
  readonly png: Buffer;
  /** Size of the PNG in SVG units (its pixels are pngPixelRatio times more); the PNG carries the title and source line. Without a PNG, the SVG's size. */
  readonly width: number;
  readonly height: number;
  /** Size of the SVG, which has no title or source line (the brief sets them as caption and source line). */
  readonly svgWidth: number;
  readonly svgHeight: number;
  /**
   * The same chart from the same spec laid out for a phone's width (narrowChartWidth), for the HTML
   * edition's narrow screens; absent when not made.
   */
  readonly narrowSvg?: string;
  /** The spec it was drawn from (templates/charts/…), for messages about it. */
  readonly specFile?: string;
}

/** What a brief or a workbook of one edition in one locale is made from. */
export interface LocaleRenderInput {
  readonly rootDir: string;
  readonly plan: Plan;
  readonly locale: Locale;
  readonly strings: UiStrings;
  readonly units: UnitsFile;
  readonly charts: readonly ChartImage[];
  readonly buildDate: Date;
  /**
   * The brief's numbered captions of the tables whose data a workbook sheet holds, by the sheet's
   * dataset key ("table-projects-by-sector" → "Table 15. 2025 city key …"), from the typeset brief:
   * one numbering across brief, HTML edition and workbook. Absent before the brief is typeset.
   */
  readonly briefTables?: ReadonlyMap<string, string>;
}
