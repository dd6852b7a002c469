// The _headers file (Netlify, Cloudflare Pages and others read it): what a <meta> CSP cannot say.
// Several CSP headers on one response are all enforced, so each rule adds to the one before.

/** The policy every response carries. It names no default-src: both policies are enforced, and
 * styles and images are each page's meta policy's to allow (it holds the hashes of its styles). */
export const HEADER_CSP = "script-src 'self'; object-src 'none'; base-uri 'self'";

const IMMUTABLE = 'Cache-Control: public, max-age=31536000, immutable';
const SHORT = 'Cache-Control: public, max-age=300';

/** The pages not made to be framed: the story and the sources page, by their path under the base. */
const UNFRAMED_PAGES = ['/', '/sources'];

/**
 * Every path a static host serves a page at, under `base`: the story (`/`) at `/`, `/index.html`
 * and, with a base path, the base itself; any other page (`/x`, the file x.html) at `/x`, `/x.html`
 * and `/x/`. A host applies a _headers rule to the path asked for, so each needs its own rule.
 */
export function pagePaths(base: string, page: string): string[] {
	if (page === '/') return [...(base ? [base] : []), `${base}/`, `${base}/index.html`];
	return [`${base}${page}`, `${base}${page}.html`, `${base}${page}/`];
}

/** The _headers file for a site at `base` ('' at a domain root). */
export function headersFile(base: string): string {
	const rule = (path: string, headers: string[]) =>
		`${path}\n${headers.map((h) => `  ${h}`).join('\n')}\n`;
	return [
		// Everything on the site is public and asks for no credentials: any origin may read it. An
		// embed framed with sandbox="allow-scripts" alone has an opaque origin ("null"), so its module
		// script and the JSON it fetches are cross-origin requests; the snippet's parent script is
		// loaded from another origin with SRI; data users' pages fetch the CSV files.
		rule(`${base}/*`, [
			`Content-Security-Policy: ${HEADER_CSP}`,
			'X-Content-Type-Options: nosniff',
			'Referrer-Policy: strict-origin-when-cross-origin',
			'Access-Control-Allow-Origin: *'
		]),
		// The story and the sources page are not for framing, at any path a host serves them at; the
		// embeds (and the 404 a snippet with a wrong id shows) are, anywhere, so they get no
		// frame-ancestors.
		...UNFRAMED_PAGES.flatMap((page) =>
			pagePaths(base, page).map((path) =>
				rule(path, ["Content-Security-Policy: frame-ancestors 'self'"])
			)
		),
		// The snippet's parent script's name carries its content hash, like every file under /client/
		// and /map/.
		rule(`${base}/embed-*`, [IMMUTABLE]),
		rule(`${base}/client/*`, [IMMUTABLE]),
		rule(`${base}/map/*`, [IMMUTABLE]),
		// Data and images keep their names when a claim is corrected: caches hold them briefly.
		// Pages keep the host's default (revalidate every time). No two rules set one header.
		rule(`${base}/data/*`, [SHORT]),
		rule(`${base}/embed.js`, [SHORT])
	].join('\n');
}
