// The map's geography, served once under a content-hashed name (src/lib/server/geo/geography-svg.ts).
import { error } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';
import { site } from '$lib/server/site';
import { geographySvg } from '$lib/server/geo/geography-svg';

export const prerender = true;

export const entries: EntryGenerator = () => [{ file: geographySvg(site().map).file }];

export const GET: RequestHandler = ({ params }) => {
	const svg = geographySvg(site().map);
	if (params.file !== svg.file) error(404, `No map file "${params.file}"`);
	return new Response(svg.body, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
};
