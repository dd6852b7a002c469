// The _headers file (Netlify, Cloudflare Pages and others read it): what a <meta> CSP cannot say.
// Several CSP headers on one response are all enforced, so each rule adds to the one before.

/** The policy every response carries. It names no default-src: both policies are enforced, and
 * styles and images are each page's meta policy's to allow (it holds the hashes of its styles). */
export const HEADER_CSP = "script-src 'self'; object-src 'none'; base-uri 'self'";

const IMMUTABLE = 'Cache-Control: public, max-age=31536000, immutable';
const SHORT = 'Cache-Control: public, max-age=300';

/** The _headers file for a site at `base` ('' at a domain root). */
export function headersFile(base: string): string {
	const rule = (path: string, headers: string[]) =>
		`${base}${path}\n${headers.map((h) => `  ${h}`).join('\n')}\n`;
	return [
		rule('/*', [
			`Content-Security-Policy: ${HEADER_CSP}`,
			'X-Content-Type-Options: nosniff',
			'Referrer-Policy: strict-origin-when-cross-origin'
		]),
		// The story and the sources page are not for framing; the embeds (and the 404 a snippet
		// with a wrong id shows) are, anywhere, so they get no frame-ancestors.
		// The story is at `${base}/`, and at `${base}` too when the site has a base path.
		...(base ? [rule('', ["Content-Security-Policy: frame-ancestors 'self'"])] : []),
		rule('/', ["Content-Security-Policy: frame-ancestors 'self'"]),
		rule('/sources', ["Content-Security-Policy: frame-ancestors 'self'"]),
		// The snippet loads the parent script from another origin with SRI, which needs CORS. Its
		// name carries its content hash, like every file under /client/ and /_app/immutable/.
		rule('/embed-*', ['Access-Control-Allow-Origin: *', IMMUTABLE]),
		rule('/client/*', [IMMUTABLE]),
		rule('/map/*', [IMMUTABLE]),
		rule('/_app/immutable/*', [IMMUTABLE]),
		// Data and images keep their names when a claim is corrected: caches hold them briefly.
		// Pages keep the host's default (revalidate every time). No two rules set one header.
		rule('/data/*', [SHORT]),
		rule('/embed.js', ['Access-Control-Allow-Origin: *', SHORT])
	].join('\n');
}
