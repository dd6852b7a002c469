// A minimal static host for build/: clean URLs (/embed/x → embed/x.html), 404.html for misses, and
// the build's precompressed .br / .gz files when the browser accepts them (as a CDN would serve
// them), or gzip on the fly with `gzip: true`. With `base: '/graphics/last-towns'` it mounts root under
// that path, as a newsroom's server would, and answers 404 for anything outside it. Used by the
// browser tests, the preview and the benchmark.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { headersFor, parseHeadersFile } from './headers-file.ts';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.png': 'image/png',
	'.svg': 'image/svg+xml',
	'.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	'.txt': 'text/plain; charset=utf-8'
};

async function isFile(path: string) {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
}

/** Resolves a URL path to a file in root, the way static hosts do. */
async function resolveFile(root: string, urlPath: string): Promise<string | null> {
	const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
	const base = join(root, clean);
	if (!base.startsWith(root)) return null;
	for (const candidate of [base, `${base}.html`, join(base, 'index.html')]) {
		if (await isFile(candidate)) return candidate;
	}
	return null;
}

export interface StaticServer {
	server: Server;
	origin: string;
	/** The site's own URL: the origin and the base path (no trailing slash). */
	site: string;
	close(): Promise<void>;
}

/** The path inside the mounted folder for a URL path, or null when it is outside `base`. */
export function pathUnderBase(urlPath: string, base: string): string | null {
	if (!base) return urlPath;
	if (urlPath === base) return '/';
	return urlPath.startsWith(`${base}/`) ? urlPath.slice(base.length) : null;
}

/** Serves `root` on 127.0.0.1 at `port` (0 picks a free one), under `base` ('' for the root). */
export async function serveStatic(
	root: string,
	{ port = 0, gzip = false, base = '' } = {}
): Promise<StaticServer> {
	if (base && !/^(\/[^/]+)+$/.test(base)) {
		throw new Error(`base "${base}" must start with "/" and not end with one`);
	}
	// Apply the build's _headers as a host would (CSP, CORS for the embed script, caching).
	const headerFile = join(root, '_headers');
	const rules = existsSync(headerFile) ? parseHeadersFile(readFileSync(headerFile, 'utf8')) : [];
	const server = createServer(async (req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		const inside = pathUnderBase(url.pathname, base);
		if (inside === null) {
			res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
			res.end(`Not found: this server holds the site under ${base}/ only.\n`);
			return;
		}
		let file = await resolveFile(root, inside);
		let status = 200;
		if (!file) {
			file = join(root, '404.html');
			status = 404;
		}
		const accepts = String(req.headers['accept-encoding'] ?? '');
		let body: Buffer = await readFile(file);
		const headers: Record<string, string> = {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			// _headers (below) makes hashed files immutable.
			'cache-control': 'no-cache'
		};
		const precompressed =
			(/\bbr\b/.test(accepts) && (await isFile(`${file}.br`)) && 'br') ||
			(/\bgzip\b/.test(accepts) && (await isFile(`${file}.gz`)) && 'gzip');
		if (precompressed) {
			body = await readFile(`${file}.${precompressed === 'br' ? 'br' : 'gz'}`);
			headers['content-encoding'] = precompressed;
			headers['vary'] = 'accept-encoding';
		} else if (gzip && /gzip/.test(accepts) && !file.endsWith('.png')) {
			body = gzipSync(body, { level: 9 });
			headers['content-encoding'] = 'gzip';
		}
		headers['content-length'] = String(body.length);
		const fromFile: Record<string, string[]> = {};
		for (const [name, value] of headersFor(rules, url.pathname)) {
			(fromFile[name.toLowerCase()] ??= []).push(value);
		}
		res.writeHead(status, { ...headers, ...fromFile });
		res.end(req.method === 'HEAD' ? undefined : body);
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => {
			server.off('error', reject);
			resolve();
		});
	});
	const address = server.address();
	const actualPort = typeof address === 'object' && address ? address.port : port;
	return {
		server,
		origin: `http://127.0.0.1:${actualPort}`,
		site: `http://127.0.0.1:${actualPort}${base}`,
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}
