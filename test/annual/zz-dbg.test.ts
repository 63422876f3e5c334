import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { readReport } from '../../src/annual/read-report.js';
import { knownUnits } from '../../src/annual/draft.js';
it('dbg', () => {
  const r = readReport(readFileSync(process.env.SRC!, 'utf8'), knownUnits('/work/wt-annual/data'));
  console.log(JSON.stringify({ y: [r.reviewYear, r.planYear, r.district, r.city, r.titleLine], main: r.mainTargets, rows: r.reviewRows, head: r.headline, sec: r.planSections.map((s) => s.title), rsec: r.reviewSections.map((s)=>s.title) }, null, 1));
});
