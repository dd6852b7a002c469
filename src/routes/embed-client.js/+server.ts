// The embed pages' script (src/lib/embed-client.ts), bundled and minified at build time.
import { buildSync } from 'esbuild';
import { resolve } from 'node:path';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () => {
	// Prerendering runs from the project root.
	const lib = resolve('src/lib');
	const result = buildSync({
		entryPoints: [`${lib}/embed/embed-client.ts`],
		alias: { $lib: lib },
		bundle: true,
		minify: true,
		format: 'iife',
		target: 'es2020',
		write: false,
		legalComments: 'none'
	});
	return new Response(result.outputFiles[0].text, {
		headers: { 'content-type': 'text/javascript; charset=utf-8' }
	});
};
