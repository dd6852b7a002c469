// The _headers file (Netlify, Cloudflare Pages and others read it): what a <meta> CSP cannot say.
// Several CSP headers on one response are all enforced, so each rule adds to the one before.

/** The policy every response carries. It names no default-src: both policies are enforced, and
 * styles and images are each page's meta policy's to allow (it holds the hashes of its styles). */
export const HEADER_CSP = "script-src 'self'; object-src 'none'; base-uri 'self'";

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
		rule('/', ["Content-Security-Policy: frame-ancestors 'self'"]),
		rule('/sources', ["Content-Security-Policy: frame-ancestors 'self'"]),
		// The snippet loads the parent script from another origin with SRI, which needs CORS.
		rule('/embed-*', ['Access-Control-Allow-Origin: *']),
		rule('/client/*', ['Cache-Control: public, max-age=31536000, immutable']),
		rule('/map/*', ['Cache-Control: public, max-age=31536000, immutable']),
		rule('/_app/immutable/*', ['Cache-Control: public, max-age=31536000, immutable'])
	].join('\n');
}
