import type { MessageText } from './messages.js';
import { rules, ruleUrl, type RuleId, type Severity } from './rules.js';

/** Where in a file a problem is: 1-based line and column. */
export interface Place {
  readonly line: number;
  readonly column: number;
}

/** A problem found in the data, as data (after vfile-message). */
export interface Diagnostic {
  readonly ruleId: RuleId;
  readonly severity: Severity;
  /** Path relative to the repository root, with forward slashes. */
  readonly file: string;
  readonly place: Place;
  /** The message in English (CI annotations, JSON) … */
  readonly message: string;
  /** … and in Chinese, for editors (`--lang zh-CN`). */
  readonly messageZh: string;
  readonly expected?: string;
  readonly actual?: string;
  /** Expected and actual in Chinese, where they hold words (not only figures). */
  readonly expectedZh?: string;
  readonly actualZh?: string;
  readonly url: string;
  /** The data path of the value the problem is at, inside `file`, where a rule knows it. */
  readonly path?: readonly (string | number)[];
  /**
   * For problems that readers see in the notes of a brief or workbook: what the problem is about,
   * in both languages, and which wording applies, so that the note can be written in each language.
   */
  readonly reader?: {
    readonly subject: { readonly zh: string; readonly en: string };
    readonly variant: 'within' | 'beyond';
    readonly note?: { readonly zh: string; readonly en: string };
  };
}

export type DiagnosticInput = Omit<Diagnostic, 'severity' | 'url' | 'message' | 'messageZh' | 'expected' | 'expectedZh'> & {
  severity?: Severity;
  /** In both languages where it holds words; a plain string (a figure) serves both. */
  expected?: MessageText | string;
  /** Both languages from the messages module; a plain string (e.g. a library's own error) serves both. */
  message: MessageText | string;
};

/** Severities chosen by the project for some rules (data/validation.yaml), replacing the defaults. */
export type SeverityOverrides = Readonly<Partial<Record<RuleId, Severity>>>;

/** Collects diagnostics; passed explicitly to every stage that can find problems. */
export class DiagnosticSink {
  #items: Diagnostic[] = [];
  #overrides: SeverityOverrides = {};

  add(input: DiagnosticInput): void {
    const { message, ...rest } = input;
    const expected = input.expected;
    this.#items.push({
      // `expected` keeps its place among the fields (plan.json lists diagnostics as they are).
      ...(rest as Omit<DiagnosticInput, 'message' | 'expected'>),
      ...(typeof expected === 'object' ? { expected: expected.en, expectedZh: expected.zh } : {}),
      message: typeof message === 'string' ? message : message.en,
      // A diagnostic passed on whole (from a render worker) keeps its Chinese.
      messageZh: typeof message === 'string' ? ((input as Partial<Diagnostic>).messageZh ?? message) : message.zh,
      severity: overridden(this.#overrides, { ...input, severity: input.severity ?? rules[input.ruleId].severity }),
      url: ruleUrl(input.ruleId),
    });
  }

  /** Applies the project's severity choices, to what was found so far and to what comes. */
  setOverrides(overrides: SeverityOverrides): void {
    this.#overrides = overrides;
    this.#items = this.#items.map((d) => ({ ...d, severity: overridden(overrides, d) }));
  }

  get items(): readonly Diagnostic[] {
    return this.#items;
  }

  get errorCount(): number {
    return this.#items.filter((d) => d.severity === 'error').length;
  }

  get warningCount(): number {
    return this.#items.filter((d) => d.severity === 'warning').length;
  }

  get noteCount(): number {
    return this.#items.filter((d) => d.severity === 'note').length;
  }
}

/**
 * The project's severity for a finding. A difference the data acknowledges (knownDiscrepancies) stays
 * a note: the project's choice is about the rule's other findings, within rounding or beyond.
 */
function overridden(overrides: SeverityOverrides, d: Pick<Diagnostic, 'ruleId' | 'severity' | 'reader'>): Severity {
  return d.severity === 'note' && d.reader?.note ? d.severity : (overrides[d.ruleId] ?? d.severity);
}

/** Stable order: file, line, column, rule. */
export function sortDiagnostics(items: readonly Diagnostic[]): Diagnostic[] {
  return [...items].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.place.line - b.place.line || a.place.column - b.place.column || a.ruleId.localeCompare(b.ruleId),
  );
}
