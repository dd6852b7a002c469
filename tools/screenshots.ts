// `npm run shots`: screenshots of the built story as a reader sees it, for reviews. Serves build/
// (or BUILD_DIR), opens the story in Chromium at each width (360, 390, 768, 1280, 1920 px), light
// and dark, and at 200% zoom, and saves the first screen, every step (once its chart has reached the
// step's state and its card is the active one) and the closing picture to shots/ (or OUT).
// WIDTHS=390,1280 and SCHEMES=light narrow the set.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { serveStatic } from './static-server.ts';

const root = resolve(process.env.BUILD_DIR ?? 'build');
const out = resolve(process.env.OUT ?? 'shots');
const widths = (process.env.WIDTHS ?? '360,390,768,1280,1920').split(',').map(Number);
const schemes = (process.env.SCHEMES ?? 'light,dark').split(',') as ('light' | 'dark')[];
const heights: Record<number, number> = { 360: 740, 390: 844, 768: 1024, 1280: 800, 1920: 1080 };

mkdirSync(out, { recursive: true });
const site = await serveStatic(root, { port: 0 });
const browser = await launchChromium(chromium);

/** The views: each width in each scheme, and 200% zoom (a 1280 px window at scale 2 is 640 CSS px). */
const views = widths.flatMap((w) =>
	schemes.map((scheme) => ({
		name: `${w}-${scheme}`,
		width: w,
		height: heights[w] ?? 900,
		scale: 1,
		scheme
	}))
);
if (!process.env.WIDTHS)
	views.push({ name: '1280-zoom200', width: 640, height: 400, scale: 2, scheme: 'light' });

for (const view of views) {
	const page = await browser.newPage({
		viewport: { width: view.width, height: view.height },
		deviceScaleFactor: view.scale,
		colorScheme: view.scheme,
		reducedMotion: 'reduce'
	});
	await page.goto(`${site.site}/`, { waitUntil: 'load' });
	await page.waitForSelector('html[data-scripted]', { state: 'attached' });
	await page.screenshot({ path: `${out}/${view.name}-00-top.png` });
	const steps = await page.$$eval('.step[id]', (els) => els.map((e) => e.id));
	let n = 1;
	for (const id of steps) {
		await page.evaluate((stepId) => {
			// The step just past the trigger line, where the page changes the state and the step's card
			// is read (the scroll-driven sections' --trigger, a share of the screen's height).
			const step = document.getElementById(stepId)!;
			const trigger = parseFloat(
				getComputedStyle(step.closest('.scrolly')!).getPropertyValue('--trigger')
			);
			window.scrollBy(0, step.getBoundingClientRect().top - innerHeight * trigger + 4);
		}, id);
		await page
			.waitForFunction(
				(stepId) => {
					const step = document.getElementById(stepId)!;
					const chart = step.closest('.scrolly')!.querySelector('.chart');
					return (
						chart?.getAttribute('data-state') === step.getAttribute('data-state') &&
						step.classList.contains('active')
					);
				},
				id,
				{ timeout: 5000 }
			)
			.catch(() => console.warn(`${view.name}: ${id} did not reach its state`));
		await page.screenshot({
			path: `${out}/${view.name}-${String(n++).padStart(2, '0')}-${id}.png`
		});
	}
	// The closing picture, a chart drawn still, in the middle of the screen.
	const picture = page.locator('[data-picture]').first();
	if (await picture.count()) {
		await picture.evaluate((el) => el.scrollIntoView({ block: 'center' }));
		await page.screenshot({ path: `${out}/${view.name}-99-closing-picture.png` });
		n++;
	}
	await page.close();
	console.log(`${view.name}: ${n} screenshots`);
}
await browser.close();
await site.close();
console.log(`Saved in ${out}`);
