import { base } from '$app/paths';
import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageServerLoad } from './$types';
import { site } from '$lib/server/site';
import { drawnChart } from '$lib/charts/chart-spec';
import { entryScript } from '$lib/server/client-bundle';
import { siteLocation } from '$lib/server/site-location';
import { chartImages } from '$lib/server/images/chart-images';

// Embeds ship no framework: the chart is prerendered in its final state, and a small script
// (src/lib/embed/embed-client.ts) sizes the frame and opens citations.
export const csr = false;

export const entries: EntryGenerator = () => site().charts.map((c) => ({ chart: c.id }));

export const load: PageServerLoad = async ({ params }) => {
	const s = site();
	const chart = s.charts.find((c) => c.id === params.chart);
	if (!chart) {
		error(
			404,
			`There is no chart "${params.chart}". Charts: ${s.charts.map((c) => c.id).join(', ')}.`
		);
	}
	const section = s.story.sections.find((sec) => sec.chart === chart.id);
	const image = chartImages(s, siteLocation()).get(chart.id)!;
	return {
		/** Its own image edition is the page's social image. */
		image: {
			path: `/data/${chart.id}.png`,
			width: image.png.width,
			height: image.png.height,
			alt: image.alt
		},
		chart: drawnChart(chart),
		sectionId: section?.id ?? '',
		base,
		citations: `${base}/citations/embed-${chart.id}.json`,
		script: await entryScript(base, 'embed'),
		themeScript: await entryScript(base, 'embed-theme')
	};
};
