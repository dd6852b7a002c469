// The parent-side resizer for our iframes: @newswire/frames (pym.js-compatible), auto-initialised.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () => {
	const require = createRequire(import.meta.url);
	// The package exports only its ES module; the UMD build sits beside it.
	const dist = dirname(require.resolve('@newswire/frames'));
	const umd = readFileSync(join(dist, 'frames.umd.js'), 'utf8');
	const body = `${umd.replace(/\/\/# sourceMappingURL=.*$/m, '')}\n;window.newswireFrames.autoInitFrames();\n`;
	return new Response(body, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};
