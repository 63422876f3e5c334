/**
 * The project's severity settings (data/validation.yaml) as changes to the rules' defaults: which
 * are stricter, which milder, and which of those the data may make. One list, read by validation
 * (which applies the allowed ones and reports the others), the validate command's output, the job
 * summary and the reports' notes.
 */
import type { SeverityOverrides } from './diagnostic.js';
import { both, type MessageText } from './messages.js';
import { rules, type RuleId, type Severity } from './rules.js';

/** How much a severity stops: a build stops on errors only. */
const weight: Readonly<Record<Severity, number>> = { note: 0, warning: 1, error: 2 };

/**
 * One rule whose severity the project sets. A setting equal to the default still counts: it applies
 * to every finding of the rule, also those the rule reports milder (a total within rounding is a
 * note of plan:sum-matches-total; set to error, it stops the build; an acknowledged one stays a note).
 */
export interface SeverityChange {
  readonly ruleId: RuleId;
  /** The rule's default. */
  readonly from: Severity;
  readonly to: Severity;
  readonly direction: 'stricter' | 'milder' | 'same';
  /** Stricter (or every finding an error) is always allowed; anything else only for a rule declared adjustable. */
  readonly allowed: boolean;
}

/** Every setting as a change of the default, in the order of the rule table. */
export function severityChanges(settings: SeverityOverrides): SeverityChange[] {
  return (Object.keys(rules) as RuleId[]).flatMap((ruleId) => {
    const to = settings[ruleId];
    if (to === undefined) return [];
    const from = rules[ruleId].severity;
    const direction = weight[to] > weight[from] ? 'stricter' : weight[to] < weight[from] ? 'milder' : 'same';
    const allowed = rules[ruleId].adjustable === true || direction === 'stricter' || to === 'error';
    return [{ ruleId, from, to, direction, allowed }];
  });
}

/** The settings validation applies: the allowed changes only (a refused one leaves the rule at its default). */
export function appliedOverrides(changes: readonly SeverityChange[]): SeverityOverrides {
  return Object.fromEntries(changes.filter((c) => c.allowed).map((c) => [c.ruleId, c.to]));
}

const severityZh: Readonly<Record<Severity, string>> = { error: '错误', warning: '警告', note: '提示' };

/**
 * One line per change, for readers of the validate output, the job summary and the reports' notes:
 * "plan:sum-matches-total: warning → error (stricter than the default)".
 */
export function describeSeverityChange(change: SeverityChange): MessageText {
  const { ruleId, from, to } = change;
  if (!change.allowed)
    return both(
      `${ruleId}: ${from} → ${to} refused (the rule protects a published figure; it stays ${from})`,
      `${ruleId}：${severityZh[from]} → ${severityZh[to]} 未采纳（该规则保护公布数，仍为${severityZh[from]}）`,
    );
  if (change.direction === 'same')
    return both(
      `${ruleId}: ${to} for every finding (the default is ${from})`,
      `${ruleId}：所有发现均为${severityZh[to]}（默认为${severityZh[from]}）`,
    );
  return change.direction === 'stricter'
    ? both(`${ruleId}: ${from} → ${to} (stricter than the default)`, `${ruleId}：${severityZh[from]} → ${severityZh[to]}（比默认更严）`)
    : both(`${ruleId}: ${from} → ${to} (milder than the default)`, `${ruleId}：${severityZh[from]} → ${severityZh[to]}（比默认更宽）`);
}

/** The heading over the list: where the changes come from. */
export const severityChangesHeading: MessageText = both(
  'Rule severities changed by data/validation.yaml',
  'data/validation.yaml 调整的规则级别',
);
