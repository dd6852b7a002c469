// The floor for the benchmark: the smallest prerendered SvelteKit page, built with the repo's
// node_modules (bench/build-time.ts runs vite with cwd = bench/empty-app). Output goes to bench/out/.
import adapter from '@sveltejs/adapter-static';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({
			pages: '../out/empty-app/build',
			assets: '../out/empty-app/build',
			fallback: undefined,
			strict: true
		}),
		outDir: '../out/empty-app/.svelte-kit'
	}
};

export default config;
