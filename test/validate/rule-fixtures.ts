import { existsSync } from 'node:fs';
import path from 'node:path';
import { ruleDefinitions, type RuleId } from '../../src/diagnostics/rules.js';

/**
 * Every rule has a passing fixture (the invented demo edition, which must be clean) and at least
 * one failing fixture: an edit of the demo that must produce that rule, in that file, at that line.
 * A rule's failing fixtures sit in their own file, test/validate/fixtures/<prefix>/<name>.fixtures.ts
 * for the id <prefix>:<name> (beside nothing in src/: the rule's definition says `demo-edition`,
 * and production code never carries them); the list is assembled here from the rule table.
 */
export interface RuleFixture {
  readonly name: string;
  readonly severity?: 'error' | 'warning' | 'note';
  /** File (relative to the data folder) where the diagnostic must point. */
  readonly file: string;
  readonly line?: number;
  readonly edit: (edition: string, dataDir: string) => void;
}

/** A fixture with the rule its file is for. */
export interface FailingFixture extends RuleFixture {
  readonly rule: RuleId;
}

/** A file of the demo edition, as the diagnostic names it. */
export const ed = (name: string) => `editions/demo-2026/${name}`;

export const fixturesDir = path.join(import.meta.dirname, 'fixtures');

/** Where a rule's failing fixtures are: fixtures/<prefix>/<name>.fixtures.ts. */
export const fixtureFile = (id: RuleId): string => path.join(fixturesDir, `${id.replace(':', '/')}.fixtures.ts`);

/**
 * Every failing fixture, in the order of the rule table: the fixture file of each rule whose
 * definition says `demo-edition`. A rule without its file has none here (rules.test.ts and
 * rule-units.test.ts report it).
 */
export async function loadFixtures(): Promise<FailingFixture[]> {
  const lists = await Promise.all(
    ruleDefinitions
      .filter((rule) => rule.fixtures === 'demo-edition' && existsSync(fixtureFile(rule.id)))
      .map(async (rule) => {
        const { fixtures } = (await import(fixtureFile(rule.id))) as { fixtures: readonly RuleFixture[] };
        return fixtures.map((fixture) => ({ ...fixture, rule: rule.id }));
      }),
  );
  return lists.flat();
}
