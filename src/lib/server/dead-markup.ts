// Markup only a SvelteKit client would read, on pages that never load one (every page here is
// prerendered with csr = false; only the chart islands hydrate):
// - Svelte's block markers (<!--[-->, <!--]-->, <!---->, <!--[0-->…), which hydration reads: dead
//   outside the islands (about 600 on the story);
// - the disabled <link rel="stylesheet"> tags Kit writes beside inlined CSS for its client router.

const TOKENS = /<div\b[^>]*\bdata-island\b[^>]*>|<div\b|<\/div>|<!--(?:\[-?\d*|\]|[a-z0-9]*)-->/g;

/** The page without hydration markers outside its islands; everything inside an island is kept. */
export function stripDeadHydrationMarkers(html: string): string {
	let out = '';
	let last = 0;
	let depth = 0;
	for (const match of html.matchAll(TOKENS)) {
		const token = match[0];
		if (depth > 0) {
			if (token.startsWith('<div')) depth++;
			else if (token === '</div>') depth--;
		} else if (token.startsWith('<div') && token.includes('data-island')) {
			depth = 1;
		} else if (token.startsWith('<!--')) {
			out += html.slice(last, match.index);
			last = match.index! + token.length;
		}
	}
	if (depth !== 0) throw new Error('stripDeadHydrationMarkers: an island <div> is never closed');
	return out + html.slice(last);
}

const ROUTER_STYLESHEET =
	/\s*<link href="[^"]*" rel="stylesheet" disabled media="\(max-width: 0\)">/g;

/** A page with no SvelteKit client, without the markup only that client reads. */
export function stripDeadMarkup(html: string): string {
	if (html.includes('__sveltekit')) return html;
	return stripDeadHydrationMarkers(html).replace(ROUTER_STYLESHEET, '');
}
