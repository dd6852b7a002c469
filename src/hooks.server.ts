import type { Handle } from '@sveltejs/kit';
import { stripDeadMarkup } from '$lib/server/dead-markup';

// Pages are prerendered whole (no streaming), so each page arrives here as one chunk.
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html, done }) => (done ? stripDeadMarkup(html) : html)
	});
