/**
 * The editions of the golden corpus: the default one and the invented ones under test/fixtures,
 * among them a district's series of three years. Tests that check a rule over every edition shape
 * take them from here.
 */
import path from 'node:path';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { locales, type Locale } from '../../src/model/format.js';
import { buildPlan } from '../../src/model/plan.js';
import { loadUiStrings, type UiStrings } from '../../src/present/strings.js';
import { defaultDataDir, demoEditionDir, makeDataDir, minimalEditionDir, repoRoot, reviewOnlyEditionDir, validateDir } from '../helpers.js';
import { wuyaoEditionDirs } from '../series/fixtures.js';

export const goldenEditionDirs: readonly string[] = [
  path.join(defaultDataDir, 'editions', 'binjiang-2025'),
  demoEditionDir,
  reviewOnlyEditionDir,
  minimalEditionDir,
  ...wuyaoEditionDirs,
];

/** Every golden edition validated and modelled on its own (no series), with each language's interface strings. */
export function goldenPlans() {
  const { dataset } = validateDir(makeDataDir(goldenEditionDirs));
  const plans = dataset.editions.map((e) => [e.folder, buildPlan(e, dataset.units!, dataset.glossary!, [])] as const);
  const strings = new Map<Locale, UiStrings>(locales.map((l) => [l, loadUiStrings(repoRoot, l, new DiagnosticSink())!]));
  return { dataset, plans, strings };
}
