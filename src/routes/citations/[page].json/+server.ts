// Each page's citation data: exactly the claims and derived figures it shows, fetched on first use.
import { base } from '$app/paths';
import { error } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';
import { site } from '$lib/server/site';
import { citationFile } from '$lib/server/citations';
import { citedBy } from '$lib/figures/figure';
import { storyPage } from '$lib/server/pages';

export const prerender = true;

export const entries: EntryGenerator = () => [
	{ page: 'story' },
	...site().charts.map((c) => ({ page: `embed-${c.id}` }))
];

/** What a page shows: the story (copy and its charts), or one embedded chart. */
function shownOn(page: string) {
	const s = site();
	if (page === 'story') return citedBy(storyPage(s));
	const chart = s.charts.find((c) => `embed-${c.id}` === page);
	if (!chart) error(404, `No citations for "${page}"`);
	return { claims: chart.claims, derived: chart.derived };
}

export const GET: RequestHandler = ({ params }) => {
	const body = citationFile(site(), shownOn(params.page), `${base}/sources`);
	return new Response(JSON.stringify(body), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
};
