import { it } from 'vitest';
import { buildReports } from '../../src/build/pipeline.js';
import { repoRoot } from '../helpers.js';
import { wuyaoDataDir } from './fixtures.js';

it('scratch', async () => {
  const r = await buildReports({
    rootDir: repoRoot,
    dataDir: wuyaoDataDir(3),
    outDir: '/tmp/series-out',
    buildDate: new Date('2025-01-15T00:00:00Z'),
    jobs: 1,
    chartImages: true,
  });
  console.log(
    r.ok,
    r.diagnostics.map((d) => d.message),
  );
}, 120000);
