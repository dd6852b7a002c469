import { error } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';
import { siteContent } from '$lib/server/content';
import { dataFiles } from '$lib/server/downloads';

export const prerender = true;

export const entries: EntryGenerator = () =>
	[...dataFiles(siteContent()).keys()].map((file) => ({ file }));

export const GET: RequestHandler = ({ params }) => {
	const files = dataFiles(siteContent());
	const file = files.get(params.file);
	if (!file) {
		error(404, `No data file "${params.file}". Files: ${[...files.keys()].join(', ')}`);
	}
	return new Response(file.body, { headers: { 'content-type': file.type } });
};
