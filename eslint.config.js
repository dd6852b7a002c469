import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

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
			parserOptions: {
				projectService: true,
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
