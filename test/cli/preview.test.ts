/**
 * `npm run preview` in a real browser: the page follows saves without a manual reload, shows a
 * diagnostic while the data is broken and the brief again once repaired; paths leaving the output
 * folder are refused; closing leaves no file behind. Skipped without Chromium (required in CI).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safeRequestPath, startPreview, type PreviewServer } from '../../src/cli/preview-server.js';
import { demoEditionDir, editText, filesUnder, makeDataDir, rawGet, repoRoot } from '../helpers.js';
import { browserAvailable, launchChromium } from '../html/browser.js';

/** A GET with the path sent exactly as written (fetch and URL would normalise `..` away). */
describe('request paths of the preview', () => {
  it('refuses any path that leaves the output folder', () => {
    for (const p of ['/../package.json', '/%2e%2e/package.json', '/a/../../x', '/a\\..\\x', '/%00', '/%E0%A4%A'])
      expect([p, safeRequestPath(p)]).toEqual([p, undefined]);
    expect(safeRequestPath('/binjiang-2025/en/brief.pdf?x=1')).toEqual(['binjiang-2025', 'en', 'brief.pdf']);
  });
});

const run = browserAvailable();

describe.skipIf(!run)('npm run preview, in Chromium', () => {
  const dataDir = makeDataDir([demoEditionDir]);
  const edition = path.join(dataDir, 'editions', 'demo-2026');
  let server: PreviewServer;
  let browser: Browser;
  const before = filesUnder(dataDir, () => true);

  beforeAll(async () => {
    server = await startPreview({ rootDir: repoRoot, dataDir, port: 0, buildDate: new Date('2025-01-15T00:00:00Z'), debounceMs: 10 });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('binds to 127.0.0.1 and lists every edition and locale', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const index = await (await fetch(server.url)).text();
    expect(index).toContain('href="/demo-2026/zh-CN/"');
    expect(index).toContain('href="/demo-2026/en/"');
    const refused = await rawGet(server.url, '/../package.json');
    expect(refused.status).toBe(403);
    expect(refused.body).not.toContain('"name"');
  });

  it('shows a changed figure without a manual reload; a broken file shows its diagnostic, the repaired one the brief', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}demo-2026/en/`, { waitUntil: 'load' });
    const text = () => page.evaluate(() => document.body.innerText);
    expect(await text()).toContain('4.0%');
    expect(await text()).not.toContain('4.6%');
    // The PDF and the workbook of the shown edition are one click away.
    const pdfHref = await page.$eval('.preview-bar a[href$="brief.pdf"]', (a) => (a as HTMLAnchorElement).href);
    const pdf = await fetch(pdfHref);
    expect([pdf.status, pdf.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    // Change a figure: the value, the phrase that cites it, and the source document.
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    editText(path.join(edition, 'source.txt'), '增长4.0%、增速列全市第三', '增长4.6%、增速列全市第三');
    const headline = path.join(edition, 'headline.yaml');
    writeFileSync(
      headline,
      readFileSync(headline, 'utf8')
        .replace('growth: 4.0\n', 'growth: 4.6\n')
        .replace('增长4.0%、增速列全市第三', '增长4.6%、增速列全市第三'),
    );
    await page.waitForFunction(() => document.body.innerText.includes('4.6%'), { timeout: 30_000 });
    // The page reloaded itself (the marker set on the old page is gone).
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBeUndefined();

    // Break the file: the page lists the problem, with file:line:column, the rule and a link.
    const good = readFileSync(headline, 'utf8');
    writeFileSync(headline, good.replace('indicators:\n', 'indicators: [\n'));
    await page.waitForFunction(() => document.querySelector('.diagnostic') !== null, { timeout: 30_000 });
    const diagnostic = await page.$eval('.diagnostic', (li) => (li as HTMLElement).innerText);
    expect(diagnostic).toMatch(/editions\/demo-2026\/headline\.yaml:\d+:\d+/);
    expect(diagnostic).toContain('plan:yaml-syntax');
    expect(await page.$eval('.diagnostic a', (a) => (a as HTMLAnchorElement).href)).toMatch(/CONTRIBUTING\.md#planyaml-syntax$/);
    expect(await text()).not.toContain('4.6%');

    // Repair it: the brief is back.
    writeFileSync(headline, good);
    await page.waitForFunction(() => document.querySelector('.diagnostic') === null && document.body.innerText.includes('4.6%'), {
      timeout: 30_000,
    });
    await page.close();
  }, 120_000);

  it('writes nothing: the data folder holds only what it held, and no output folder is made', async () => {
    await server.idle();
    expect(Object.keys(filesUnder(dataDir, () => true)).sort()).toEqual(Object.keys(before).sort());
    expect(readdirSync(dataDir).sort()).toEqual(['editions', 'glossary.yaml', 'units.yaml']);
  });
});

describe('npm run preview, as a process', () => {
  it('prints its 127.0.0.1 URL, serves the index, and stops cleanly on Ctrl-C (SIGINT)', async () => {
    const { spawn } = await import('node:child_process');
    const dataDir = makeDataDir([demoEditionDir]);
    const before = filesUnder(dataDir, () => true);
    const child = spawn(process.execPath, [path.join(repoRoot, 'scripts', 'run.mjs'), 'preview', '--port', '0', '--data', dataDir], {
      cwd: repoRoot,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const started = Date.now();
    while (!/Preview on (http:\/\/127\.0\.0\.1:\d+\/)/.test(stdout) && Date.now() - started < 60_000)
      await new Promise((r) => setTimeout(r, 50));
    const url = /Preview on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout)?.[1];
    expect(url, stderr).toBeDefined();
    expect(await (await fetch(url!)).text()).toContain('href="/demo-2026/en/"');
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(stdout).toContain('Preview stopped.');
    expect(stderr).toBe('');
    expect(Object.keys(filesUnder(dataDir, () => true)).sort()).toEqual(Object.keys(before).sort());
  }, 90_000);
});
