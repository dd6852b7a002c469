export {};
import { chromium } from 'playwright-core';
import { serveStatic } from '/work/main/tests/static-server.ts';
const s = await serveStatic('/work/main/build');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const id of ['territory-lost', 'town-sequence', 'fighters']) for (const w of [704, 328]) {
  const p = await b.newPage({ viewport: { width: w, height: 400 } });
  await p.goto(`${s.origin}/embed/${id}`, { waitUntil: 'networkidle' });
  console.log(id, w, await p.evaluate(() => [document.documentElement.offsetHeight, document.documentElement.scrollHeight]));
  await p.screenshot({ path: `/tmp/${id}-${w}.png`, fullPage: true });
  await p.close();
}
await b.close(); await s.close();
