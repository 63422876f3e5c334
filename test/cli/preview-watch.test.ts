/**
 * The preview follows saves that replace the file (a temporary file renamed over it, as sed -i, vim
 * and JetBrains "safe write" save), three in a row: Node 20's recursive fs.watch lost the file after
 * the first; chokidar follows it. And a taken port ends the command with a clear message and exit 2.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type PreviewServer } from '../../src/cli/preview-server.js';
import { demoEditionDir, makeDataDir, repoRoot } from '../helpers.js';

describe('the preview follows replacing saves', () => {
  const dataDir = makeDataDir([demoEditionDir]);
  const sections = path.join(dataDir, 'editions', 'demo-2026', 'sections.yaml');
  const lines: string[] = [];
  let server: PreviewServer;

  beforeAll(async () => {
    server = await startPreview({
      rootDir: repoRoot,
      dataDir,
      port: 0,
      buildDate: new Date('2025-01-15T00:00:00Z'),
      debounceMs: 10,
      log: (line) => lines.push(line),
    });
  }, 60_000);
  afterAll(async () => {
    await server?.close();
  });

  it('three rename-over saves in a row each rebuild the page', async () => {
    const page = async () => (await fetch(`${server.url}demo-2026/en/`)).text();
    expect(await page()).toContain('The economy ran steadily.');
    const original = readFileSync(sections, 'utf8');
    let previous = 'The economy ran steadily.';
    for (const n of [1, 2, 3]) {
      // A letter, not the save's number: English may state only numbers its Chinese states (plan:english-states-chinese).
      const text = `The economy grew steadily in save ${'ABC'[n - 1]}.`;
      const rebuilt = lines.length;
      // As sed -i does: write a temporary file beside it, then rename it over the original.
      const temporary = path.join(path.dirname(sections), `.sed${n}tmp`);
      writeFileSync(temporary, original.replace('The economy ran steadily.', text));
      renameSync(temporary, sections);
      const started = Date.now();
      while (lines.length === rebuilt && Date.now() - started < 20_000) await new Promise((r) => setTimeout(r, 20));
      await server.idle();
      expect([n, lines.length > rebuilt]).toEqual([n, true]);
      const body = await page();
      expect([n, body.includes(text), body.includes(previous)]).toEqual([n, true, false]);
      previous = text;
    }
  }, 90_000);
});

describe('a taken port', () => {
  let blocker: http.Server;
  let port = 0;
  beforeAll(async () => {
    blocker = http.createServer((_, response) => response.end());
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    port = (blocker.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => blocker.close(() => resolve())));

  it('ends the command with a clear message and exit 2 (it does not keep running)', async () => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'scripts', 'run.mjs'), 'preview', '--port', String(port)], {
      cwd: repoRoot,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => {
      const timeout = setTimeout(() => {
        child.kill('SIGKILL');
        resolve(null);
      }, 60_000);
      child.on('exit', (c) => {
        clearTimeout(timeout);
        resolve(c);
      });
    });
    expect(code).toBe(2);
    expect(stderr).toContain(`Port ${port} is taken`);
    expect(stderr).toContain('--port');
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 90_000);
});

// Issue 28 (links under attachments/, closing12): chokidar followed links, so a link under
// data/attachments/ to a large folder out of data/ (/ in the hostile case) had the preview walk and
// watch all of it before answering: 9 s for /usr/share (58,000 entries), the whole disk for /.
describe('a link out of data/ under attachments/', () => {
  it('is not followed by the watcher: the preview is ready at once', async () => {
    const dataDir = makeDataDir([demoEditionDir]);
    mkdirSync(path.join(dataDir, 'attachments'));
    symlinkSync('/usr/share', path.join(dataDir, 'attachments', 'elsewhere'));
    // CPU time of this process, not the clock, so a busy machine does not fail it: walking
    // /usr/share to watch it took 9.9 s of CPU; the preview without it starts in a few milliseconds.
    const started = process.cpuUsage();
    const server = await startPreview({ rootDir: repoRoot, dataDir, port: 0, buildDate: new Date('2025-01-15T00:00:00Z'), debounceMs: 10 });
    const { user, system } = process.cpuUsage(started);
    await server.close();
    expect((user + system) / 1000).toBeLessThan(5000);
  }, 120_000);
});
