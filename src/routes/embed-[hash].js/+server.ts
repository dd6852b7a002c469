// The parent-side resizer under its content-hashed name, which the Embed snippet loads with SRI.
import { error } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';
import { embedParent } from '$lib/server/embed-parent';

export const prerender = true;

export const entries: EntryGenerator = () => [
	{ hash: embedParent().file.slice('embed-'.length, -'.js'.length) }
];

export const GET: RequestHandler = ({ params }) => {
	const parent = embedParent();
	if (`embed-${params.hash}.js` !== parent.file) error(404, `No script embed-${params.hash}.js`);
	return new Response(parent.body, {
		headers: { 'content-type': 'text/javascript; charset=utf-8' }
	});
};
