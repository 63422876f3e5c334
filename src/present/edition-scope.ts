import type { Plan } from '../model/plan.js';
import type { UiStrings } from './strings.js';

/**
 * What an edition holds: the review of the past year, the plan for the next, or both. An edition
 * is named, run-headed and described for what it holds: a review-only edition is no "plan brief".
 */
export type EditionContents = 'review-and-plan' | 'review' | 'plan';

/** The parts the plan model has: review (results, Table 1, review sections) and plan (targets, plan sections, projects). */
export function editionContents(plan: Plan): EditionContents {
  const review =
    plan.headline.length > 0 ||
    plan.achievements.length > 0 ||
    (plan.reviewTargets?.rows.length ?? 0) > 0 ||
    plan.sections.review.length > 0;
  const planned =
    plan.planTargets.main.length > 0 ||
    plan.planTargets.work.length > 0 ||
    plan.sections.plan.length > 0 ||
    plan.projects.pipeline !== undefined ||
    plan.projects.reserves.length > 0;
  return review && !planned ? 'review' : planned && !review ? 'plan' : 'review-and-plan';
}

/**
 * The interface strings for an edition of these contents: the strings under `editionScope.<contents>`
 * of templates/strings/<locale>.yaml replace those of the same path (brief.subtitle, brief.running,
 * the workbook cover's coverage, …). An edition with both parts reads the strings as they are.
 */
export function stringsForContents(strings: UiStrings, contents: EditionContents | 'results'): UiStrings {
  if (contents === 'review-and-plan') return strings;
  const tree = strings.tree as Record<string, unknown>;
  const scopes = tree.editionScope as Record<string, unknown> | undefined;
  const overrides = scopes && Object.hasOwn(scopes, contents) ? scopes[contents] : undefined;
  if (overrides === undefined) return strings;
  return { ...strings, tree: merged(tree, overrides) };
}

const isMapping = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function merged(base: unknown, over: unknown): unknown {
  if (!isMapping(base) || !isMapping(over)) return over;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = Object.hasOwn(base, key) ? merged(base[key], value) : value;
  return out;
}

/**
 * The interface strings for this edition: stringsForContents of what the plan holds. A review that
 * judges no targets reports a year's results (a statistics bureau's bulletin), not a plan's
 * execution: `editionScope.results` is laid over `editionScope.review` for it.
 */
export function stringsForEdition(strings: UiStrings, plan: Plan): UiStrings {
  const contents = editionContents(plan);
  const scoped = stringsForContents(strings, contents);
  return contents === 'review' && (plan.reviewTargets?.rows.length ?? 0) === 0 ? stringsForContents(scoped, 'results') : scoped;
}
