// The pages' scripts (src/lib/server/client-bundle.ts), content-hashed, served as static files.
import { error } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';
import { clientBundle } from '$lib/server/client-bundle';

export const prerender = true;

export const entries: EntryGenerator = async () =>
	[...(await clientBundle()).files.keys()].map((file) => ({ file }));

export const GET: RequestHandler = async ({ params }) => {
	const body = (await clientBundle()).files.get(params.file);
	if (body === undefined) error(404, `No script "${params.file}"`);
	return new Response(body, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};
