import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { cssHash } from './svelte-css-hash.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true, cssHash },
	kit: {
		// Root-relative asset paths, so 404.html works when a host serves it at any depth.
		paths: { relative: false },
		// Inline the CSS: one round trip fewer before the first paint.
		inlineStyleThreshold: Infinity,
		// BUILD_DIR lets `npm test` build into its own folder, so a running preview is never disturbed.
		adapter: adapter({
			pages: process.env.BUILD_DIR ?? 'build',
			assets: process.env.BUILD_DIR ?? 'build',
			fallback: undefined,
			strict: true,
			// .br and .gz beside every file, for hosts that serve precompressed files.
			precompress: true
		}),
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
