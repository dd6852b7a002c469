// The iframe-only snippet's fixed height per chart (src/lib/embed/frame-heights.json) still holds each
// chart at every width from 320 to 960 px, and is not far taller than it needs to be.
import { describe, it, expect } from 'vitest';
import { useBrowser } from './fixtures.ts';
import {
	FRAME_MARGIN,
	FRAME_WIDTHS,
	fixedHeight,
	measureFrameHeights
} from '../../tools/frame-heights.ts';
import frameHeights from '../../src/lib/embed/frame-heights.json';

const b = useBrowser();
const charts: { id: string; embed_url: string }[] = await (
	await fetch(`${b.site()}/data/charts.json`)
).json();
const recorded = frameHeights as Record<string, number>;
const RERUN =
	'run `npm run build && npx tsx scripts/measure-frame-heights.ts` and commit src/lib/embed/frame-heights.json';

describe('fixed frame heights', () => {
	it('has one for every chart, and none for a chart that is gone', () => {
		expect(Object.keys(recorded).sort(), RERUN).toEqual(charts.map((c) => c.id).sort());
	});

	for (const chart of charts) {
		it(`${chart.id}: fits from ${FRAME_WIDTHS[0]} to ${FRAME_WIDTHS.at(-1)} px`, async () => {
			const url = new URL(chart.embed_url, b.site()).href;
			const measured = await measureFrameHeights(b.browser(), url);
			const tallest = Math.max(...measured);
			const info = `${chart.id}: recorded ${recorded[chart.id]} px, measured ${measured.join(' ')} px; ${RERUN}`;
			expect(recorded[chart.id], info).toBeGreaterThanOrEqual(tallest);
			expect(recorded[chart.id], info).toBeLessThanOrEqual(
				fixedHeight(measured) + FRAME_MARGIN + 40
			);
		});
	}
});
