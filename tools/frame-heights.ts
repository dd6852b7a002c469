// The fixed height of each chart's iframe-only embed (and the height its responsive frame starts at):
// measured in Chromium on the built embed pages at every width from a phone to the embed's widest,
// as the tallest content height plus a margin for other fonts. scripts/measure-frame-heights.ts
// writes src/lib/embed/frame-heights.json from it; tests/e2e/frame-heights.test.ts checks it holds.
import type { Browser } from 'playwright-core';

/** From a small phone to the embed page's widest column (60rem). */
export const FRAME_WIDTHS = [320, 360, 414, 480, 560, 640, 720, 800, 960];
/** Room for fonts that set taller than Chromium's on Linux. */
export const FRAME_MARGIN = 20;

/** The content height of an embed page (what the frame script reports) at each width. */
export async function measureFrameHeights(browser: Browser, url: string): Promise<number[]> {
	const context = await browser.newContext({ viewport: { width: FRAME_WIDTHS[0], height: 800 } });
	try {
		const page = await context.newPage();
		await page.goto(url, { waitUntil: 'networkidle' });
		const heights: number[] = [];
		for (const width of FRAME_WIDTHS) {
			await page.setViewportSize({ width, height: 800 });
			heights.push(
				await page.evaluate(
					() =>
						new Promise<number>((resolve) =>
							requestAnimationFrame(() => resolve(document.documentElement.offsetHeight))
						)
				)
			);
		}
		return heights;
	} finally {
		await context.close();
	}
}

/** The fixed height for a chart: its tallest measurement plus the margin, up to a multiple of ten. */
export const fixedHeight = (heights: number[]) =>
	Math.ceil((Math.max(...heights) + FRAME_MARGIN) / 10) * 10;
