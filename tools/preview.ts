// `npm run preview`: serves build/ the way a static host would (clean URLs, the designed 404 page,
// precompressed files, the _headers file), so what you see is what a reader gets.
import { resolve } from 'node:path';
import { serveStatic } from './static-server.ts';

const root = resolve(process.env.BUILD_DIR ?? 'build');
const port = Number(process.env.PORT ?? 4173);
const site = await serveStatic(root, { port });
console.log(
	`\n  The last towns, built in ${root}:\n\n  ➜  ${site.origin}/\n\n  (Ctrl+C to stop)\n`
);
