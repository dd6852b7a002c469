// The iframe-only snippet's fixed height per chart, as the build computed it
// (src/lib/server/embed-frame-height.ts), holds the chart's page (`?fit`) at widths from 320 to
// 960 px: nothing scrolls or is clipped; and the height is not far
// taller than the page needs when it flows freely.
import { describe, it, expect } from 'vitest';
import { runs, useBrowser } from './fixtures.ts';
import { fitsFixed, frameInside } from '../engines/frame-fit.ts';

const b = useBrowser();
/** From a small phone to the embed page's widest column (60rem). */
// The narrowest phones, where the fixed height is tightest, then steps to a wide column.
const WIDTHS = [320, 360, 414, 560, 800, 960];
const charts: { id: string; embed_url: string }[] = await (
	await fetch(`${b.site()}/data/charts.json`)
).json();

/** The iframe-only snippet's URL (its theme slot filled) and fixed height. */
async function iframeOnly(id: string) {
	const snippets = await (await fetch(`${b.site()}/embed/${id}/snippets.json`)).json();
	const code = (snippets.iframe as string).replaceAll('{origin}', new URL(b.site()).origin);
	const [, src, height] = / src="([^"]+)"[^>]* height="(\d+)"/.exec(code) ?? [];
	expect(src, code).toBeDefined();
	return { url: src.replaceAll('&amp;', '&').replace('{theme}', 'light'), height: Number(height) };
}

/** A rendering frame after the viewport changed: the page has laid itself out again. */
const nextFrame = () =>
	new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));

describe('the iframe-only snippet’s fixed height', () => {
	for (const chart of charts) {
		it(`${chart.id}: holds it from ${WIDTHS[0]} to ${WIDTHS.at(-1)} px, and is not far too tall`, async () => {
			const { url, height } = await iframeOnly(chart.id);
			expect(new URL(url).searchParams.has('fit'), url).toBe(true);
			const page = await b.open(url, { viewport: { width: WIDTHS[0], height } });
			const frame = runs(page);
			await page.waitForFunction(() => document.readyState === 'complete');
			for (const width of WIDTHS) {
				await page.setViewportSize({ width, height });
				await frame.evaluate(nextFrame);
				const inside = await frame.evaluate(frameInside);
				fitsFixed(inside, `${chart.id} at ${width}×${height} px: ${JSON.stringify(inside)}`);
			}
			// The same page flowing freely (as in the responsive frame): its tallest is what a fixed
			// frame would need without fitting; the build's height is not far above it.
			await page.goto(url.replace(/&fit\b/, ''));
			const natural: number[] = [];
			for (const width of WIDTHS) {
				await page.setViewportSize({ width, height: 800 });
				await frame.evaluate(nextFrame);
				natural.push(await frame.evaluate(() => document.documentElement.offsetHeight));
			}
			expect(height, `${chart.id}: flowing freely ${natural.join(' ')} px`).toBeLessThanOrEqual(
				Math.max(...natural) * 1.1 + 20
			);
		});
	}
});
