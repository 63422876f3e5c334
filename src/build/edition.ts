import type { UiStrings } from '../present/strings.js';
import type { DiagnosticSink } from '../diagnostics/diagnostic.js';
import { locales, type Locale } from '../model/format.js';
import type { Plan } from '../model/plan.js';
import type { UnitsFile } from '../dataset/schema.js';
import { createRenderCaches, type RenderCaches } from './caches.js';
import { formats, prepareLocale } from './formats.js';

export { createRenderCaches, type RenderCaches } from './caches.js';

/** One file the build produces, before it is written. */
export interface Artifact {
  /** Path under the output folder, with forward slashes. */
  readonly path: string;
  readonly edition: string;
  readonly bytes: Uint8Array | string;
}

export interface RenderContext {
  readonly rootDir: string;
  readonly units: UnitsFile;
  readonly strings: ReadonlyMap<Locale, UiStrings>;
  readonly buildDate: Date;
  /** Kept for the next edition; absent: each edition starts with fresh caches. */
  readonly caches?: RenderCaches;
  /** Also write each chart as a PNG with its title and source line (build --png). */
  readonly chartImages?: boolean;
}

/**
 * The artifacts of one edition: the plan model, then every output format (formats.ts) in the given
 * locales (all by default; a worker may render one locale of an edition while another renders
 * the other). The plan model goes with the first locale.
 */
export async function renderEdition(
  plan: Plan,
  context: RenderContext,
  sink: DiagnosticSink,
  only: readonly Locale[] = locales,
): Promise<Artifact[]> {
  const id = plan.edition.id;
  const services = { sink, caches: context.caches ?? createRenderCaches(), chartImages: context.chartImages === true };
  const model = { buildDate: context.buildDate.toISOString(), ...plan };
  const artifacts: Artifact[] = only.includes(locales[0])
    ? [{ path: `${id}/plan.json`, edition: id, bytes: `${JSON.stringify(model, null, 2)}\n` }]
    : [];
  const chosen = locales.filter((locale) => only.includes(locale));
  // Both locales' charts at once: with --png, their PNG encoding runs off the main thread and overlaps.
  const prepared = await Promise.all(
    chosen.map((locale) => prepareLocale(plan, locale, { ...context, strings: context.strings.get(locale)! }, services)),
  );
  for (const locale of prepared)
    for (const format of formats)
      for (const file of await format.render(locale, services))
        artifacts.push({ path: `${id}/${file.path}`, edition: id, bytes: file.bytes });
  return artifacts;
}
