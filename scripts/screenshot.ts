// `npx tsx scripts/screenshot.ts [path ...]`: serves build/ and saves Chromium screenshots at 390 and 1280 px into /tmp/shots.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveStatic } from '../tests/static-server.ts';
import { launchChromium } from '../tests/e2e/browser.ts';

const out = process.env.SHOTS_DIR ?? '/tmp/shots';
mkdirSync(out, { recursive: true });
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/'];
const site = await serveStatic(resolve('build'));
const browser = await launchChromium(chromium);
for (const width of [390, 1280]) {
	const page = await browser.newPage({ viewport: { width, height: width === 390 ? 844 : 900 } });
	for (const path of paths) {
		const [p, scrollTo] = path.split('@');
		await page.goto(site.origin + p, { waitUntil: 'networkidle' });
		if (scrollTo) {
			await page.evaluate(
				(sel) => document.querySelector(sel)?.scrollIntoView({ block: 'center' }),
				scrollTo
			);
			await page.waitForTimeout(1200);
		}
		const name = `${width}-${p.replace(/[^a-z0-9]+/gi, '_')}${scrollTo ? '-' + scrollTo.replace(/[^a-z0-9]+/gi, '_') : ''}.png`;
		await page.screenshot({ path: join(out, name), fullPage: !scrollTo });
		console.log(join(out, name));
	}
	await page.close();
}
await browser.close();
await site.close();
