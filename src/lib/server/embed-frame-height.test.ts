// The iframe-only frame's height, as the build computes it: text that wraps onto more lines at the
// narrowest frame makes it taller, never shorter; it holds the chart's own drawing at that width.
import { describe, it, expect } from 'vitest';
import { testSite } from '../../../tests/setup/site';
import { chartBody } from './images/chart-images';
import { FONT_SLACK, FRAME_MIN_WIDTH, frameHeight } from './embed-frame-height';

const site = testSite();

describe.each(site.charts.map((c) => [c.id, c] as const))('frame height of %s', (id, chart) => {
	const height = frameHeight(chart);

	it('is whole tens of px, and holds the chart drawn at the narrowest frame plus its text', () => {
		expect(height % 10).toBe(0);
		const body = chartBody(chart, (FRAME_MIN_WIDTH - 24) / FONT_SLACK).height;
		// Title, description, source line and the links under the chart: at least four lines.
		expect(height).toBeGreaterThanOrEqual(body + 4 * 18);
	});

	it('grows with a description that wraps onto more lines, and with a longer title', () => {
		const longer = `${chart.description} ${chart.description}`;
		expect(frameHeight({ ...chart, description: longer })).toBeGreaterThan(height);
		expect(frameHeight({ ...chart, title: `${chart.title} ${chart.title}` })).toBeGreaterThan(
			height
		);
		expect(frameHeight({ ...chart, description: 'Short.' })).toBeLessThanOrEqual(height);
	});

	it('grows with more sources to list', () => {
		const more = [...chart.sources, ...chart.sources, ...chart.sources];
		expect(frameHeight({ ...chart, sources: more })).toBeGreaterThan(height);
	});
});
