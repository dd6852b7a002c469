// Where the benchmark reads its builds and writes its output.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The site, as `npm run build` writes it. */
export const SITE_BUILD = join(ROOT, 'build');
export const OUT = join(ROOT, 'bench', 'out');
/** The no-JS floor: build/ with every script removed from its HTML (bench/floors.ts). */
export const NOJS_BUILD = join(OUT, 'nojs');
export const EMPTY_APP = join(ROOT, 'bench', 'empty-app');
/** The empty SvelteKit page's output (see bench/empty-app/svelte.config.js). */
export const EMPTY_OUT = join(OUT, 'empty-app');
export const EMPTY_BUILD = join(EMPTY_OUT, 'build');
export const RESULTS = join(ROOT, 'bench', 'results.json');
