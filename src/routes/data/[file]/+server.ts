import { error } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';
import { site } from '$lib/server/site';
import { siteLocation } from '$lib/server/site-location';
import { dataFiles } from '$lib/server/downloads';

export const prerender = true;

export const entries: EntryGenerator = () =>
	[...dataFiles(site(), siteLocation()).keys()].map((file) => ({ file }));

export const GET: RequestHandler = async ({ params }) => {
	const files = dataFiles(site(), siteLocation());
	const file = files.get(params.file);
	if (!file) {
		error(404, `No data file "${params.file}". Files: ${[...files.keys()].join(', ')}`);
	}
	return new Response((await file.body()) as BodyInit, { headers: { 'content-type': file.type } });
};
