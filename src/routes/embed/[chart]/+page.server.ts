import { base } from '$app/paths';
import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageServerLoad } from './$types';
import { site } from '$lib/server/site';
import { pageChart } from '$lib/server/pages';

// Embeds ship no framework: the chart is prerendered, and /embed-client.js (about 3 KB) does the rest.
export const csr = false;

export const entries: EntryGenerator = () => site().charts.map((c) => ({ chart: c.id }));

export const load: PageServerLoad = ({ params }) => {
	const s = site();
	const chart = s.charts.find((c) => c.id === params.chart);
	if (!chart) {
		error(
			404,
			`There is no chart "${params.chart}". Charts: ${s.charts.map((c) => c.id).join(', ')}.`
		);
	}
	const section = s.story.sections.find((sec) => sec.chart === chart.id);
	return {
		chart: pageChart(s, chart),
		sectionId: section?.id ?? '',
		base,
		citations: `${base}/citations/embed-${chart.id}.json`
	};
};
