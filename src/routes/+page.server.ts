import type { PageServerLoad } from './$types';
import { siteContent } from '$lib/server/content';
import { pickEvidence } from '$lib/story/citations.svelte';
import { chartForPage } from '$lib/charts';

export const load: PageServerLoad = () => {
	const { story, charts, map, derived, evidence } = siteContent();
	const cited = [
		...story.citedIds,
		...charts.flatMap((c) => c.claim_ids),
		...derived.map((d) => d.id)
	];
	return {
		story,
		charts: charts.map(chartForPage),
		map,
		evidence: pickEvidence(cited, evidence.claims, derived, evidence.articles, '/sources')
	};
};
