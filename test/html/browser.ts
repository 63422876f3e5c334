/**
 * Chromium for the browser tests: Debian's /usr/bin/chromium (or CHROMIUM_PATH), driven by
 * puppeteer-core, which never downloads a browser. Without it the tests skip with a message,
 * unless REQUIRE_INTEROP=1 (CI), where a missing browser fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'puppeteer-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const haveChromium = existsSync(chromiumPath);
export const requireBrowser = process.env.REQUIRE_INTEROP === '1';
export const browserMissing = `Chromium not found at ${chromiumPath}: the browser tests are skipped (apt-get install chromium, or set CHROMIUM_PATH; bash .ci/run requires them)`;

/** Whether to run browser tests here; fails loudly in CI when the browser is missing. */
export function browserAvailable(): boolean {
  if (haveChromium) return true;
  if (requireBrowser) throw new Error(browserMissing);
  console.warn(browserMissing);
  return false;
}

export async function launchChromium(): Promise<Browser> {
  const puppeteer = await import('puppeteer-core');
  return puppeteer.default.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--allow-file-access-from-files'],
  });
}

const require = createRequire(import.meta.url);
const axeSource = () => readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { target: readonly string[]; failureSummary?: string }[];
}

/** axe-core's violations on the open page, for WCAG 2.0–2.2 A and AA and best practice. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource() });
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } })
      .axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

/** How far the page scrolls sideways at its current width (0: it fits). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
