import type { PageServerLoad } from './$types';
import { siteContent } from '$lib/server/content';
import { pickEvidence } from '$lib/server/page-evidence';
import { chartForPage } from '$lib/charts';

export const load: PageServerLoad = () => {
	const content = siteContent();
	const { story, charts, map, derived } = content;
	const cited = [
		...story.citedIds,
		...charts.flatMap((c) => c.claim_ids),
		...derived.map((d) => d.id)
	];
	return {
		story,
		charts: charts.map(chartForPage),
		map,
		evidence: pickEvidence(cited, content)
	};
};
