// The headers a static host applies from the build's _headers file (read as Netlify and Cloudflare
// Pages read it, tools/headers-file.ts), checked for every HTML page of the build at every path a
// host serves it at: a page made to be framed (it loads the embed script, which tells its frame its
// height) carries no frame-ancestors; every other page carries frame-ancestors 'self'. And what an
// embed page loads may be read from any origin, the opaque one of a sandboxed frame too.
import { beforeAll, describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile, servedAt } from '../../tools/headers-file.ts';
import { BASE, fileOf, html, htmlFiles, read, requireBuild } from './built-site';

beforeAll(requireBuild);

const EMBED_SCRIPT = /\/client\/embed-[\w-]+\.js$/;
/** True when the page loads the embed script: it is made to sit in another site's frame. */
const madeToBeFramed = (file: string) =>
	html(file)
		.querySelectorAll('script[type="module"][src]')
		.some((s) => EMBED_SCRIPT.test(s.getAttribute('src')!));

/** The frame-ancestors directives a host sends with a path. */
function frameAncestors(path: string): string[] {
	return headersFor(parseHeadersFile(read('_headers')), path)
		.filter(([name]) => name.toLowerCase() === 'content-security-policy')
		.flatMap(([, value]) => value.split(';').map((d) => d.trim()))
		.filter((d) => d.startsWith('frame-ancestors'));
}

describe('the frame policy a host applies', () => {
	const pages = htmlFiles();

	it('has pages of both kinds to check', () => {
		expect(pages.filter(madeToBeFramed).length).toBeGreaterThan(0);
		expect(pages.filter((p) => !madeToBeFramed(p)).length).toBeGreaterThan(0);
	});

	it.each(pages)('%s carries its frame policy at every path a host serves it at', (file) => {
		const framed = madeToBeFramed(file);
		for (const path of servedAt(file, BASE)) {
			expect(frameAncestors(path), `${file} served at ${path}`).toEqual(
				framed ? [] : ["frame-ancestors 'self'"]
			);
		}
	});
});

describe('what an embed page loads, read from any origin', () => {
	const embeds = htmlFiles().filter(madeToBeFramed);

	it.each(embeds)('%s: its scripts and the JSON it fetches allow any origin', (file) => {
		const page = html(file);
		const urls = [
			...page.querySelectorAll('script[type="module"][src]').map((s) => s.getAttribute('src')!),
			...page
				.querySelectorAll('[data-citations],[data-embed-snippets]')
				.flatMap((el) => [el.getAttribute('data-citations'), el.getAttribute('data-embed-snippets')])
				.filter((u): u is string => !!u)
		];
		expect(urls.length, file).toBeGreaterThan(0);
		const rules = parseHeadersFile(read('_headers'));
		for (const url of urls) {
			// The file is in the build (so the URL is one the page really loads).
			expect(() => read(fileOf(url)), url).not.toThrow();
			const allow = headersFor(rules, url).filter(
				([name]) => name.toLowerCase() === 'access-control-allow-origin'
			);
			expect(allow, `${file} loads ${url}`).toEqual([['Access-Control-Allow-Origin', '*']]);
		}
	});
});
