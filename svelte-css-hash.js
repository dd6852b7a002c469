// Scoped-class names from the file's path in the project, so the server build (Vite) and the chart
// islands' client bundle (esbuild, src/lib/server/client-bundle.ts) name them alike.
import { relative } from 'node:path';

/** @param {{ filename?: string, css: string, hash: (s: string) => string }} input */
export const cssHash = ({ filename, css, hash }) =>
	`svelte-${hash(filename ? relative(process.cwd(), filename).split('\\').join('/') : css)}`;
