// Each chart island's data: exactly the props its component draws, fetched when it nears the screen.
import { error } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';
import { site } from '$lib/server/site';

export const prerender = true;

export const entries: EntryGenerator = () => site().charts.map((c) => ({ chart: c.id }));

export const GET: RequestHandler = ({ params }) => {
	const s = site();
	const chart = s.charts.find((c) => c.id === params.chart);
	if (!chart) error(404, `No chart "${params.chart}"`);
	return new Response(JSON.stringify(chart.props), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
};
