import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listEditionFolders } from '../load/dataset.js';
import { locales } from '../model/format.js';
import { startPreview } from './preview-server.js';

/**
 * Edit-to-preview latency of `npm run preview`, warm: in a copy of the data, the first edition's
 * data version (printed on the brief's cover) is changed and saved; timed from the save until the
 * page served holds the new text (the save is seen, the quiet period passes, the edition is
 * validated, the shown locale's charts and HTML are rebuilt, the reload event arrives and the page
 * is fetched). The first run warms the server and is not counted.
 */
export async function previewLatency(rootDir: string, dataDir: string, runs: number): Promise<number[]> {
  const copy = mkdtempSync(path.join(os.tmpdir(), 'bench-preview-'));
  cpSync(dataDir, copy, { recursive: true });
  const server = await startPreview({ rootDir, dataDir: copy, port: 0, buildDate: new Date(0) });
  const controller = new AbortController();
  try {
    const edition = listEditionFolders(copy)[0];
    if (!edition) throw new Error('no edition to preview');
    const pageUrl = `${server.url}${edition}/${locales[0]}/`;
    await (await fetch(pageUrl)).text();
    const events = await fetch(`${server.url}events`, { signal: controller.signal });
    const reader = events.body!.getReader();
    const decoder = new TextDecoder();
    let buffered = '';
    const nextReload = async () => {
      for (;;) {
        const index = buffered.indexOf('event: reload');
        if (index !== -1) {
          buffered = buffered.slice(index + 1);
          return;
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('the preview closed its event stream');
        buffered += decoder.decode(value, { stream: true });
      }
    };
    const file = path.join(copy, 'editions', edition, 'edition.yaml');
    const original = readFileSync(file, 'utf8');
    if (!/^dataVersion: .*$/m.test(original)) throw new Error(`${file} has no dataVersion line to change`);
    const samples: number[] = [];
    for (let run = 0; run <= runs; run++) {
      // Letters only, so that the marker is one word on the page.
      const marker = `bench${[...run.toString(26)].map((c) => String.fromCharCode(97 + parseInt(c, 26))).join('')}`;
      const start = performance.now();
      writeFileSync(file, original.replace(/^dataVersion: .*$/m, `dataVersion: "${marker}"`));
      await nextReload();
      const html = await (await fetch(pageUrl)).text();
      if (!html.includes(marker))
        throw new Error(
          `the preview did not show the change (run ${run}): ${/<dl class="meta">.*?<\/dl>/.exec(html)?.[0] ?? html.slice(0, 300)}`,
        );
      if (run > 0) samples.push(performance.now() - start);
    }
    return samples;
  } finally {
    controller.abort();
    await server.close();
    rmSync(copy, { recursive: true, force: true });
  }
}
