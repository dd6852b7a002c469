// The parent-side resizer at its unversioned address, for snippets pasted before names were hashed.
import type { RequestHandler } from './$types';
import { embedParent } from '$lib/server/embed-parent';

export const prerender = true;

export const GET: RequestHandler = () =>
	new Response(embedParent().body, {
		headers: { 'content-type': 'text/javascript; charset=utf-8' }
	});
