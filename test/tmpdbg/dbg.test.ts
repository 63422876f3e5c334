import { it } from 'vitest';
import path from 'node:path';
import { renderEditionCharts } from '../../src/charts/charts.js';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { buildPlan } from '../../src/model/plan.js';
import { loadUiStrings } from '../../src/present/strings.js';
import { defaultDataDir, makeDataDir, repoRoot, validateDir } from '../helpers.js';
it('dbg', async () => {
  const { dataset } = validateDir(makeDataDir([path.join(defaultDataDir, 'editions', 'binjiang-2025')]));
  const plan = buildPlan(dataset.editions[0]!, dataset.units!, dataset.glossary!, []);
  const sink = new DiagnosticSink();
  const charts = await renderEditionCharts(repoRoot, plan, 'en', loadUiStrings(repoRoot, 'en', sink)!, dataset.units!, sink);
  for (const c of charts) { console.log(c.id, c.svgHeight); for (const t of c.texts) console.log(JSON.stringify(t)); }
});
