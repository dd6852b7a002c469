import { base } from '$app/paths';
import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageServerLoad } from './$types';
import { site } from '$lib/server/site';
import { pageChart } from '$lib/server/pages';
import { entryScript } from '$lib/server/client-bundle';
import { embedParent } from '$lib/server/embed-parent';

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
	return {
		chart: pageChart(s, chart),
		sectionId: section?.id ?? '',
		base,
		citations: `${base}/citations/embed-${chart.id}.json`,
		script: await entryScript(base, 'embed'),
		embedParent: { file: embedParent().file, integrity: embedParent().integrity }
	};
};
