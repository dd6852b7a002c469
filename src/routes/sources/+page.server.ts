import type { PageServerLoad } from './$types';
import { siteContent } from '$lib/server/content';

export const load: PageServerLoad = () => {
	const { evidence, story, charts } = siteContent();
	const onPage = new Set([...story.citedIds, ...charts.flatMap((c) => c.claim_ids)]);
	return {
		articles: evidence.articles.map((a) => ({
			...a,
			claims: evidence.claims
				.filter((c) => c.article === a.file)
				.sort((x, y) => x.paragraph - y.paragraph)
				.map((c) => ({ ...c, shown: onPage.has(c.claim_id) }))
		}))
	};
};
