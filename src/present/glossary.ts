import type { GlossaryFile } from '../dataset/schema.js';

type Term = GlossaryFile['terms'][number];

/**
 * The glossary terms that occur in a text of one language: a Chinese text must hold the term,
 * an English text its rendering (in the singular or the plural: "the special cooperation zones"
 * uses "special cooperation zone") or an accepted form, whole words and in any case.
 */
export function glossaryInUse(terms: readonly Term[], text: string, lang: 'zh' | 'en'): Term[] {
  if (lang === 'zh') return terms.filter((term) => text.includes(term.zh));
  const lower = text.toLowerCase();
  const literal = (word: string) => word.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // The rendering in the singular or the plural; an accepted form as it is ("billions" is not "billion").
  const found = (form: string, plural: boolean) =>
    new RegExp(`(^|[^a-z])${literal(form)}${plural ? '(?:s|es)?' : ''}($|[^a-z])`).test(lower);
  return terms.filter((term) => found(term.en, true) || (term.accept ?? []).some((form) => found(form, false)));
}
