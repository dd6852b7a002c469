// Golden image editions: each chart's SVG, drawn by its component from the pipeline's own output in
// its final state, must match its file (tests/golden/__snapshots__/<id>.image.svg). The diff is
// reviewable text; the PNG is this SVG drawn by resvg.
import { describe, it, expect } from 'vitest';
import { chartImage } from '$lib/server/images/chart-images';
import { testSite } from '../setup/site';

const { charts } = testSite();
const at = { origin: 'https://news.example.org', base: '/graphics/last-towns' };

describe('golden image editions', () => {
	it.each(charts.map((c) => [c.id, c] as const))('%s matches its golden SVG', async (id, chart) => {
		await expect(chartImage(chart, at).svg).toMatchFileSnapshot(`./__snapshots__/${id}.image.svg`);
	});

	it('draws different images for different data (the comparison is not vacuous)', () => {
		const chart = structuredClone(charts.find((c) => c.id === 'held-shares')!);
		const before = chartImage(chart, at).svg;
		(chart.props.bars as { percent: number }[])[0].percent += 10;
		expect(chartImage(chart, at).svg).not.toBe(before);
	});
});
