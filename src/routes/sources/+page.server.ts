import { base } from '$app/paths';
import type { PageServerLoad } from './$types';
import { site } from '$lib/server/site';
import { citedBy } from '$lib/figures/figure';
import { storyPage } from '$lib/server/pages';

// Static: no framework.
export const csr = false;

export const load: PageServerLoad = () => {
	const s = site();
	const onPage = new Set([...citedBy(storyPage(s)).claims, ...s.charts.flatMap((c) => c.claims)]);
	return {
		base,
		articles: s.evidence.articles.map((a) => ({
			...a,
			claims: s.evidence.claims
				.filter((c) => c.article === a.file)
				.sort((x, y) => x.paragraph - y.paragraph)
				.map((c) => ({ ...c, shown: onPage.has(c.claim_id) }))
		}))
	};
};
