import { readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { fill, lookup, type UiStrings } from '../present/strings.js';
import type { DiagnosticSink, Place } from '../diagnostics/diagnostic.js';

/**
 * Handlebars, isolated and strict: a missing field or string is an error naming the template and
 * line, never an empty gap. Prototype access stays off (the default). Data reaches templates only
 * as values, HTML-escaped into the markup, so a "{{" or "<" in a label is printed literally.
 */

export interface Template {
  readonly file: string;
  render(context: { values: Readonly<Record<string, string | number>> }, strings: UiStrings): string;
}

interface RenderData {
  readonly strings: UiStrings;
  readonly values: Readonly<Record<string, string | number>>;
}

function createEnvironment(): typeof Handlebars {
  const env = Handlebars.create();
  // {{t "key" name=value}}: an interface string of the reader's language, placeholders filled.
  env.registerHelper('t', (key: unknown, options: Handlebars.HelperOptions) => {
    const data = options.data as { root: unknown } & Partial<RenderData>;
    const strings = data.strings!;
    const text = lookup(strings, String(key));
    if (text === undefined) throw new Error(`String "${String(key)}" is not in ${strings.file}`);
    return fill(text, { ...data.values, ...(options.hash as Record<string, string>) });
  });
  // {{aside text extra}}: "text (extra)", or when the text ends in brackets of its own, "text (its; extra)":
  // never two sets of brackets in a row. No extra (null): the text alone.
  env.registerHelper('aside', (text: unknown, extra: unknown, options: Handlebars.HelperOptions) => {
    const base = String(text);
    if (extra === null || extra === undefined || extra === '') return base;
    const data = options.data as Partial<RenderData>;
    const separator = lookup(data.strings!, 'brief.asideSeparator') ?? '; ';
    return withAside(base, String(extra), separator);
  });
  return env;
}

/**
 * "text (extra)", or when the text ends in brackets of its own, ASCII or full width ("有效国家高新技术企业（总数）"),
 * the extra inside them ("…（总数,总量居全省第二）"): never two bracket groups side by side.
 */
export function withAside(base: string, extra: string, separator: string): string {
  return /[)）]$/u.test(base) ? `${base.slice(0, -1)}${separator}${extra}${base.slice(-1)}` : `${base} (${extra})`;
}

/** Where in the template an error is, from Handlebars' error properties or message. */
function placeOf(error: unknown): Place {
  const e = error as { lineNumber?: number; column?: number; message?: string };
  if (typeof e.lineNumber === 'number') return { line: e.lineNumber, column: (e.column ?? 0) + 1 };
  const match = /on line (\d+)|- (\d+):(\d+)/.exec(e.message ?? '');
  if (match) return { line: Number(match[1] ?? match[2]), column: Number(match[3] ?? 0) + 1 };
  return { line: 1, column: 1 };
}

/** Compiled templates by path, owned by the build (see build/edition.ts). */
export type TemplateCache = Map<string, Template | undefined>;

/** Parses and compiles a template once per cache; a syntax error is a diagnostic. */
export function loadTemplate(rootDir: string, file: string, sink: DiagnosticSink, cache: TemplateCache = new Map()): Template | undefined {
  const key = path.join(rootDir, file);
  if (cache.has(key)) return cache.get(key);
  let template: Template | undefined;
  try {
    const source = readFileSync(key, 'utf8');
    const env = createEnvironment();
    env.parse(source); // throws on a syntax error, with its line
    const compiled = env.compile(source, { strict: true, noEscape: false });
    template = {
      file,
      render: (context, strings) => compiled(context, { data: { strings, values: context.values } }),
    };
  } catch (error) {
    // Handlebars puts the offending snippet and what it expected on further lines: keep them, on one line.
    const message = (error instanceof Error ? error.message : String(error))
      .split('\n')
      .filter((l) => !/^-+\^$/.test(l))
      .join(' ');
    sink.add({ ruleId: 'template:error', file, place: placeOf(error), message });
  }
  cache.set(key, template);
  return template;
}

/** Renders, turning a runtime error (a missing field or string) into a diagnostic. */
export function renderTemplate(
  template: Template,
  context: { values: Readonly<Record<string, string | number>> },
  strings: UiStrings,
  sink: DiagnosticSink,
): string | undefined {
  try {
    return template.render(context, strings);
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    sink.add({ ruleId: 'template:error', file: template.file, place: placeOf(error), message });
    return undefined;
  }
}
