import puppeteer from 'puppeteer-core';
const b = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const out = process.argv[2] ?? '/tmp/shots';
for (const loc of ['en','zh-CN']) for (const w of [1280, 390]) {
  const p = await b.newPage();
  await p.setViewport({ width: w, height: 900 });
  await p.goto(`file://${process.cwd()}/output/binjiang-2025/${loc}/brief.html`);
  for (const sel of ['.kpis', '#tbl-1', '#tbl-7', 'figure.chart', '#sec-3-1']) {
    const el = await p.$(sel); if (!el) { console.log('missing', sel); continue; }
    await el.screenshot({ path: `${out}/${loc}-${w}-${sel.replace(/[^a-z0-9-]/g,'')}.png` });
  }
  await p.close();
}
await b.close();
