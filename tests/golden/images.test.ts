// Golden image editions: each chart's SVG, drawn from fixture data in its final state, must match
// its committed file (tests/golden/__snapshots__/<id>.image.svg). The diff is reviewable text.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import type { PageChart } from '$lib/charts/page-chart';
import { chartImage } from '$lib/server/images/chart-images';

const fixture = JSON.parse(readFileSync('tests/fixtures/charts.json', 'utf8')) as {
	charts: PageChart[];
};
const at = { origin: 'https://news.example.org', base: '/graphics/last-towns' };

describe('golden image editions', () => {
	it.each(fixture.charts.map((c) => [c.id, c] as const))('%s matches its golden SVG', async (id, chart) => {
		await expect(chartImage(chart, at).svg).toMatchFileSnapshot(`./__snapshots__/${id}.image.svg`);
	});

	it('draws different images for different data (the comparison is not vacuous)', () => {
		const chart = structuredClone(fixture.charts.find((c) => c.id === 'held-shares')!);
		const before = chartImage(chart, at).svg;
		(chart.props.bars as { percent: number }[])[0].percent += 10;
		expect(chartImage(chart, at).svg).not.toBe(before);
	});
});
