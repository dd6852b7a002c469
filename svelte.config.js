import { fileURLToPath } from 'node:url';
import { cssHash } from './src/lib/scope-class.js';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { contentVersion } from './tools/content-version.js';
import { pruneClientRouter } from './tools/prune-client-router.js';

/**
 * Where the site is served, read at build time (see docs/deploying.md): BASE_PATH is the path it
 * lives under ('' at a domain root, or e.g. '/graphics/last-towns'); BUILD_DIR is where the static
 * site is written; SVELTEKIT_OUT_DIR lets a second build (a test's) run beside the first.
 */
const BASE_PATH = process.env.BASE_PATH ?? '';
if (BASE_PATH && !/^(\/[\w.~-]+)+$/.test(BASE_PATH)) {
	throw new Error(
		`BASE_PATH "${BASE_PATH}" must start with "/" and not end with one, e.g. /graphics/last-towns`
	);
}
const BUILD_DIR = process.env.BUILD_DIR ?? 'build';

// Static files, precompressed (.br and .gz beside every file, for hosts that serve them); then the
// client router's files, which no page loads (csr = false), are removed: two builds of one tree
// are then byte-identical.
const staticAdapter = adapter({
	pages: BUILD_DIR,
	assets: BUILD_DIR,
	fallback: undefined,
	strict: true,
	precompress: true
});

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		runes: true,
		// Short scoped class names: the page's HTML and CSS repeat them (src/lib/scope-class.js).
		cssHash
	},
	kit: {
		// Root-relative asset paths, so 404.html works when a host serves it at any depth.
		paths: { base: BASE_PATH, relative: false },
		outDir: process.env.SVELTEKIT_OUT_DIR ?? '.svelte-kit',
		// Inline the CSS: one round trip fewer before the first paint.
		inlineStyleThreshold: Infinity,
		// BUILD_DIR lets `npm test` build into its own folder, so a running preview is never disturbed.
		adapter: {
			name: staticAdapter.name,
			async adapt(builder) {
				await staticAdapter.adapt(builder);
				pruneClientRouter(BUILD_DIR);
			}
		},
		// _app/version.json names the content the site is built from, not the time (SvelteKit's default).
		version: { name: contentVersion(fileURLToPath(new URL('.', import.meta.url))) },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail', handleUnseenRoutes: 'fail' },
		// Every page carries this as a <meta http-equiv>, with the hashes of its inlined <style>
		// blocks; _headers (src/lib/server/security-headers.ts) adds what a meta tag cannot say.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Browsers without style-src-elem/-attr fall back to this.
				'style-src': ['self', 'unsafe-inline'],
				'style-src-elem': ['self'],
				// Prerendered charts place labels and bars with inline style attributes.
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'data:'],
				'connect-src': ['self'],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
