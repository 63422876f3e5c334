import puppeteer from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const b = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const out = process.argv[2] ?? '/tmp/shots';
for (const loc of ['en','zh-CN']) for (const w of [1280, 390]) {
  const p = await b.newPage();
  await p.setViewport({ width: w, height: 900 });
  await p.goto(`file://${process.cwd()}/output/binjiang-2025/${loc}/brief.html`);
  await p.screenshot({ path: `${out}/${loc}-${w}.png`, fullPage: false });
  await p.screenshot({ path: `${out}/${loc}-${w}-full.png`, fullPage: true });
  const over = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await p.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'),'utf8') });
  const v = await p.evaluate(async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa','best-practice'] } })).violations.map(v => `${v.id} ${v.nodes.length} ${v.nodes[0].target} ${v.nodes[0].failureSummary}`));
  console.log(loc, w, 'overflow', over, v);
  await p.close();
}
await b.close();
