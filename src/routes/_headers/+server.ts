// _headers: security and caching headers for hosts that read one (see security-headers.ts).
import { base } from '$app/paths';
import type { RequestHandler } from './$types';
import { headersFile } from '$lib/server/security-headers';

export const prerender = true;

export const GET: RequestHandler = () =>
	new Response(headersFile(base), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
