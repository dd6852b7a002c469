import type { Handle } from '@sveltejs/kit';

/** Marks the bootstrap we rewrote, so a build test notices if SvelteKit's bootstrap changes shape. */
export const DEFERRED_START = '/* hydrate after first paint */';

/**
 * The story reads without JavaScript, so its scripts need not compete with the text for the first
 * paint: no <link rel="modulepreload"> in the head, and SvelteKit's bootstrap imports its entry
 * scripts only after the first frame has been painted.
 */
export function deferHydration(html: string): string {
	const start = 'Promise.all([';
	const then = ']).then(([kit, app]) => {';
	if (!html.includes(start) || !html.includes(then)) return html;
	return html
		.replace(
			start,
			`${DEFERRED_START} new Promise((r) => requestAnimationFrame(() => setTimeout(r))).then(() => Promise.all([`
		)
		.replace(then, '])).then(([kit, app]) => {');
}

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		preload: ({ type }) => type !== 'js',
		transformPageChunk: ({ html }) => deferHydration(html)
	});
