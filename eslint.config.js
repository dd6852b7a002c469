import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

/**
 * The layers keep apart: a chart and the story share only the leaf modules (src/lib/figures/,
 * format, site paths); the story reaches a chart through its built data and ChartView, never a
 * chart's own files; nothing that runs in the browser (a page, an island or an embed) imports the
 * build's server code. One rule per file, each naming what it forbids and why.
 */
const LAYERS = {
	server: {
		group: ['$lib/server', '$lib/server/**', '**/server/**'],
		message:
			'this code runs in the browser too (a page, an island or an embed): it cannot import the build’s server code'
	},
	story: {
		group: ['$lib/story', '$lib/story/**', '**/story/**'],
		message: 'a chart draws from its props and src/lib/figures/, not from the story'
	},
	chartInternals: {
		group: ['$lib/charts/*/**', '**/charts/*/**'],
		message:
			"the story shows a chart through ChartView and its built data, not the chart's own files"
	}
};
const restrict = (...layers) => ({
	'no-restricted-imports': ['error', { patterns: layers.map((l) => LAYERS[l]) }]
});
const inFolder = (dir) => [`${dir}/**/*.ts`, `${dir}/**/*.svelte`];

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			// No rule here reads types, so no TypeScript program (svelte-check type-checks).
			parserOptions: {
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			// Links here are plain hrefs of a prerendered static site, not client-side routes.
			'svelte/no-navigation-without-resolve': 'off',
			// Maps and Sets here are built inside a derivation and never mutated afterwards.
			'svelte/prefer-svelte-reactivity': 'off'
		}
	},
	{ files: inFolder('src/lib/charts'), rules: restrict('story', 'server') },
	{ files: inFolder('src/lib/story'), rules: restrict('chartInternals') },
	{
		// What the browser runs: every component, and the modules of the page and embed scripts.
		// (Build-time modules outside src/lib/server, such as the copy checks, may use it.)
		files: [
			'src/**/*.svelte',
			...['client', 'embed', 'islands', 'citations', 'figures'].flatMap((d) =>
				inFolder(`src/lib/${d}`)
			),
			'src/lib/story/scroll-steps.ts',
			'src/lib/story/section-share.ts',
			'src/lib/*.ts'
		],
		ignores: [
			...inFolder('src/lib/server'),
			...inFolder('src/lib/charts'),
			...inFolder('src/lib/story')
		],
		rules: restrict('server')
	},
	{
		files: [
			'src/lib/story/**/*.svelte',
			'src/lib/story/scroll-steps.ts',
			'src/lib/story/section-share.ts'
		],
		rules: restrict('chartInternals', 'server')
	},
	{
		ignores: [
			'build/',
			'.test-build/',
			'.svelte-kit/',
			'node_modules/',
			'bench/out/',
			'bench/empty-app/',
			'.dbg/',
			'test-results/'
		]
	}
);
