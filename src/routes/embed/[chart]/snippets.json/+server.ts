// Each chart's embed snippets, built at build time and fetched by the Embed control when a reader
// opens it (src/lib/embed/embed-tools.ts): both variants, the theme left as a slot.
import { error } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';
import { site } from '$lib/server/site';
import { siteLocation } from '$lib/server/site-location';
import { chartSnippets } from '$lib/server/embed-snippets';

export const prerender = true;

export const entries: EntryGenerator = () => site().charts.map((c) => ({ chart: c.id }));

export const GET: RequestHandler = ({ params }) => {
	const chart = site().charts.find((c) => c.id === params.chart);
	if (!chart) error(404, `No chart "${params.chart}"`);
	return new Response(JSON.stringify(chartSnippets(site(), chart, siteLocation())), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
};
