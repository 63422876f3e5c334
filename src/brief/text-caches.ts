/**
 * What setting text keeps from one brief to the next: a word measures the same in every brief
 * (each brief embeds its own subsets of the same faces), and the words of one brief recur in the
 * next. The build owns these caches (src/build/caches.ts RenderCaches): one set for a whole build,
 * or a fresh set per edition when caches are not shared; a test or the preview server starts
 * afresh by making a new set. Without one, a brief starts with empty caches.
 */
export interface TextCaches {
  /** Widths by face, font, size and text. */
  readonly widths: Map<string, number>;
}

export const createTextCaches = (): TextCaches => ({ widths: new Map() });

/** Bound: a long-running process (the preview server, a build of many editions) starts the cache afresh past it. */
export const maxCachedWidths = 200_000;
