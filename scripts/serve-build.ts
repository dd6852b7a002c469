// Serves a built site the way a static host does (tools/static-server.ts: clean URLs, 404.html,
// the precompressed files, _headers), under its base path, for a look before deploying.
//   BASE_PATH=/graphics/last-towns npm run build && BASE_PATH=/graphics/last-towns npx tsx scripts/serve-build.ts
import { serveStatic } from '../tools/static-server.ts';

const port = Number(process.env.PORT ?? 4173);
const site = await serveStatic(process.env.BUILD_DIR ?? 'build', {
	port,
	base: process.env.BASE_PATH ?? ''
});
console.log(`serving ${process.env.BUILD_DIR ?? 'build'}/ at ${site.site}/ (Ctrl+C to stop)`);
