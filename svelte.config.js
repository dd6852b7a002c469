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
		adapter: adapter({
			pages: 'build',
			assets: 'build',
			fallback: undefined,
			strict: true,
			// .br and .gz beside every file, for hosts that serve precompressed files.
			precompress: true
		}),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail', handleUnseenRoutes: 'fail' }
	}
};

export default config;
