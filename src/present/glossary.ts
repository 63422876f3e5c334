import type { GlossaryFile } from '../dataset/schema.js';

type Term = GlossaryFile['terms'][number];

/**
 * The glossary terms that occur in a text of one language: a Chinese text must hold the term,
 * an English text its rendering (or an accepted form), whole words and in any case.
 */
export function glossaryInUse(terms: readonly Term[], text: string, lang: 'zh' | 'en'): Term[] {
  if (lang === 'zh') return terms.filter((term) => text.includes(term.zh));
  const lower = text.toLowerCase();
  const literal = (word: string) => word.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return terms.filter((term) =>
    [term.en, ...(term.accept ?? [])].some((form) => new RegExp(`(^|[^a-z])${literal(form)}($|[^a-z])`).test(lower)),
  );
}
