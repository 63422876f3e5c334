/**
 * What setting text keeps from one brief to the next: the fonts are parsed once per process, so a
 * word shapes and measures the same in every brief, and the words of one brief recur in the next.
 * The build owns these caches (src/build/edition.ts RenderCaches): one set for a whole build, or a
 * fresh set per edition when caches are not shared; a test or the preview server starts afresh by
 * making a new set. Without one, a brief starts with empty caches.
 */
export interface TextCaches {
  /** Widths by face, font, size and text. */
  readonly widths: Map<string, number>;
  /**
   * pdfkit's layout cache of each font (its shaped words, in PDF units), shared by every document
   * instead of one per document: shaping is the main cost of setting text.
   */
  readonly layouts: WeakMap<object, Record<string, unknown>>;
}

export const createTextCaches = (): TextCaches => ({ widths: new Map(), layouts: new WeakMap() });

/** Bounds: a long-running process (the preview server, a build of many editions) starts a cache afresh past these. */
export const maxCachedWidths = 200_000;
const maxCachedLayouts = 100_000;

/** The shared layout cache of a font, started afresh when it has grown past its bound. */
export function layoutCacheFor(caches: TextCaches, font: object): Record<string, unknown> {
  let cache = caches.layouts.get(font);
  if (!cache || Object.keys(cache).length >= maxCachedLayouts) {
    cache = Object.create(null) as Record<string, unknown>;
    caches.layouts.set(font, cache);
  }
  return cache;
}
