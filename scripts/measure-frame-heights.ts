// Writes src/lib/embed/frame-heights.json: each chart's fixed iframe height (tools/frame-heights.ts),
// measured in Chromium on build/. Run after `npm run build` when a chart's layout changes or a chart
// is added; tests/e2e/frame-heights.test.ts fails until you do.
//   npm run build && npx tsx scripts/measure-frame-heights.ts
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { launchChromium } from '../tools/chromium.ts';
import { serveStatic } from '../tools/static-server.ts';
import { fixedHeight, measureFrameHeights } from '../tools/frame-heights.ts';

const site = await serveStatic('build');
const browser = await launchChromium(chromium);
try {
	const charts: { id: string; embed_url: string }[] = await (
		await fetch(`${site.origin}/data/charts.json`)
	).json();
	const heights: Record<string, number> = {};
	for (const chart of charts) {
		const measured = await measureFrameHeights(browser, site.origin + chart.embed_url);
		heights[chart.id] = fixedHeight(measured);
		console.log(`${chart.id}: ${measured.join(' ')} px → ${heights[chart.id]} px`);
	}
	writeFileSync('src/lib/embed/frame-heights.json', JSON.stringify(heights, null, '\t') + '\n');
	console.log('wrote src/lib/embed/frame-heights.json; rebuild to put it in the snippets');
} finally {
	await browser.close();
	await site.close();
}
