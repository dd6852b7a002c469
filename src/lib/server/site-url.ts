// Where the site is published, read at build time: SITE_URL (an origin, e.g. https://news.example.org)
// and the base path (BASE_PATH, through svelte.config.js). Canonical links, og:url, og:image and the
// embed snippets are absolute when SITE_URL is set; without it they stay root-relative. Pure: the
// build's own location comes from site-location.ts (which reads the base path from SvelteKit).

/** The published site: its origin ('' when SITE_URL is unset) and its base path. */
export interface SiteLocation {
	origin: string;
	base: string;
}

/** Reads SITE_URL: an http(s) origin with no path, query or hash; '' when unset. */
export function parseSiteUrl(value: string | undefined): string {
	if (!value) return '';
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new Error(
			`SITE_URL "${value}" is not a URL; give an origin like https://news.example.org`
		);
	}
	if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash) {
		throw new Error(
			`SITE_URL "${value}" must be an http(s) origin with no path, like https://news.example.org; put the path in BASE_PATH (e.g. /graphics/last-towns)`
		);
	}
	return url.origin;
}

/** A path on the site (`/data/x.png`) as the public will use it: absolute with SITE_URL, else under the base path. */
export function publicUrl(path: string, at: SiteLocation): string {
	return `${at.origin}${at.base}${path}`;
}
