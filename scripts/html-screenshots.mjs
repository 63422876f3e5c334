// Screenshots of the built HTML briefs in Chromium, for reviewing the layout by eye:
//   node scripts/html-screenshots.mjs [output folder] [screenshot folder]
// writes <edition>-<locale>-<width>.png (first screen) and …-full.png at 1280 and 390 px.
import { mkdirSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const outDir = path.resolve(process.argv[2] ?? 'output');
const shots = path.resolve(process.argv[3] ?? path.join(outDir, '.screenshots'));
mkdirSync(shots, { recursive: true });
const browser = await puppeteer.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const edition of readdirSync(outDir, { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith('.'))) {
    for (const locale of ['zh-CN', 'en']) {
      const file = path.join(outDir, edition.name, locale, 'brief.html');
      if (!existsSync(file)) continue;
      for (const width of [1280, 390]) {
        const page = await browser.newPage();
        await page.setViewport({ width, height: 900 });
        await page.goto(pathToFileURL(file).href);
        const name = `${edition.name}-${locale}-${width}`;
        await page.screenshot({ path: path.join(shots, `${name}.png`) });
        await page.screenshot({ path: path.join(shots, `${name}-full.png`), fullPage: true });
        console.log(path.join(shots, `${name}.png`));
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
}
