import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageServerLoad } from './$types';
import { CHART_META } from '$lib/charts';
import { siteContent } from '$lib/server/content';
import { pickEvidence } from '$lib/server/page-evidence';

// Embeds ship no framework: the chart is prerendered, and /embed-client.js (about 3 KB) does the rest.
export const csr = false;

export const entries: EntryGenerator = () => CHART_META.map((c) => ({ chart: c.id }));

export const load: PageServerLoad = ({ params }) => {
	const content = siteContent();
	const { charts, map, derived, story } = content;
	const chart = charts.find((c) => c.id === params.chart);
	if (!chart) {
		error(
			404,
			`There is no chart "${params.chart}". Charts: ${charts.map((c) => c.id).join(', ')}.`
		);
	}
	const section = story.sections.find((s) => s.chart === chart.id);
	const ids = [...chart.claim_ids, ...derived.map((d) => d.id)];
	return {
		chart,
		map: chart.map ? map : undefined,
		sectionId: section?.id ?? '',
		evidence: pickEvidence(ids, content)
	};
};
