/**
 * One validation rule as a unit: its id, default severity, the one-line summary and fix printed
 * with every message, the texts of its messages, and the section the editors' guides show under
 * its heading. Each rule has
 * its own file, src/diagnostics/rules/<prefix>/<name>.ts for the id <prefix>:<name>;
 * src/diagnostics/rules.ts assembles the table from them, and `npm run docs:rules` writes the
 * guides' rule sections (CONTRIBUTING.md, CONTRIBUTING.zh-CN.md) from `docs`.
 */
import type { MessageText } from '../messages.js';

/**
 * `error` fails validation; `warning` fails it with --strict; `note` never fails it: a finding a
 * reader may want to know (a difference within published rounding, one the data acknowledges),
 * printed and listed in the notes.
 */
export type Severity = 'error' | 'warning' | 'note';

/**
 * Which stage reports the rule: `check` a check in src/validate/rules/ registered under the id,
 * `load` reading the files (src/load/), `schema` the schema check (src/validate/check-schema.ts),
 * `settings` the check of the project's severity settings (src/validate/severity-settings.ts),
 * `chart` the chart renderer (src/charts/), `template` the brief and workbook templates.
 */
export type RuleStage = 'check' | 'load' | 'schema' | 'settings' | 'chart' | 'template';

/**
 * Where the rule's failing fixtures are (its passing fixture is the clean demo edition and the
 * committed templates): `demo-edition` edits of the invented demo edition, in
 * test/validate/fixtures/<prefix>/<name>.fixtures.ts and run by test/validate/rules.test.ts;
 * `chart-specs` broken chart specs in test/charts/charts.test.ts; `templates` broken templates in
 * test/brief/brief.test.ts.
 */
export type RuleFixtures = 'demo-edition' | 'chart-specs' | 'templates';

/** A message of the rule in both languages, made from what the check found. */
export type MessageBuilder = (...args: never[]) => MessageText;

/** The rule's messages by name; the rule's check or stage picks one (tests compare against these builders). */
export type RuleMessages = Readonly<Record<string, MessageBuilder>>;

export interface RuleDefinition<Id extends string = string> {
  readonly id: Id;
  readonly severity: Severity;
  /**
   * true where data/validation.yaml may make the rule milder than its default (a rule of wording,
   * not of a published figure). Absent: the rule protects what a report publishes, and the data
   * may only make it stricter (plan:severity-not-adjustable).
   */
  readonly adjustable?: true;
  readonly summary: string;
  /** What to do about it, in both languages; printed after every message. */
  readonly fix: { readonly en: string; readonly zh: string };
  readonly reportedBy: RuleStage;
  readonly fixtures: RuleFixtures;
  /** The texts of the rule's messages, in both languages (none for chart and template rules). */
  readonly messages: RuleMessages;
  /** The Markdown under the rule's heading in CONTRIBUTING.md (en) and CONTRIBUTING.zh-CN.md (zh). */
  readonly docs: { readonly en: string; readonly zh: string };
}

/**
 * A rule's definition, with its messages typed as written. Chart and template rules give none:
 * their messages come from the renderer's own error.
 */
export function defineRule<
  const Id extends `${'plan' | 'chart' | 'template'}:${string}`,
  const Messages extends RuleMessages = Record<never, never>,
>(
  definition: Omit<RuleDefinition<Id>, 'messages'> & { readonly messages?: Messages },
): RuleDefinition<Id> & { readonly messages: Messages } {
  return { ...definition, messages: definition.messages ?? ({} as Messages) };
}
