// Vite config of the benchmark's empty SvelteKit page (see svelte.config.js next to it).
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
	plugins: [sveltekit()],
	cacheDir: '../out/empty-app/.vite',
	logLevel: 'warn'
});
