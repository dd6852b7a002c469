// A static host for build/ on sirv: clean URLs (/embed/x → embed/x.html), the build's precompressed
// .br / .gz files when the browser accepts them (as a CDN serves them), 404.html for misses, and
// the _headers file applied as Netlify or Cloudflare Pages apply it. With
// `base: '/graphics/last-towns'` it mounts root under that path, as a newsroom's server would, and
// answers 404 for anything outside it. With `gzip: true` it also gzips (level 9) what has no
// precompressed copy, for the benchmark's builds that have none. Used by the browser tests, the
// preview and the benchmark.
import {
	createServer,
	type OutgoingHttpHeaders,
	type Server,
	type ServerResponse
} from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from './headers-file.ts';

/** Text types with their charset, as hosts send them (sirv names the type alone). */
const TEXT_TYPES: Record<string, string> = {
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8'
};

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

/**
 * Gzips (level 9) the file sirv is about to send when it sends it whole and not precompressed
 * (sirv serves precompressed copies only): sirv writes the head, then pipes the file into `res`.
 */
function gzipWhatIsNotEncoded(res: ServerResponse) {
	const writeHead = res.writeHead.bind(res) as (s: number, h?: OutgoingHttpHeaders) => unknown;
	const write = res.write.bind(res) as (chunk: Buffer) => boolean;
	const end = res.end.bind(res) as () => ServerResponse;
	res.writeHead = ((status: number, headers: OutgoingHttpHeaders = {}) => {
		const type = String(headers['Content-Type'] ?? res.getHeader('content-type') ?? '');
		if (status !== 200 || headers['Content-Encoding'] || type === 'image/png') {
			return writeHead(status, headers);
		}
		const gzip = createGzip({ level: 9 });
		gzip.on('data', (chunk: Buffer) => write(chunk));
		gzip.on('end', () => end());
		// The gzip stream buffers what it is given, so the file's pipe never waits on it.
		res.write = ((chunk: Buffer) => gzip.write(chunk) || true) as ServerResponse['write'];
		res.end = ((chunk?: Buffer) => {
			if (chunk) gzip.end(chunk);
			else gzip.end();
			return res;
		}) as ServerResponse['end'];
		const zipped: OutgoingHttpHeaders = { ...headers, 'Content-Encoding': 'gzip' };
		delete zipped['Content-Length'];
		return writeHead(status, zipped);
	}) as ServerResponse['writeHead'];
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
	const notFoundPage = join(resolve(root), '404.html');
	const notFound = (res: ServerResponse) => {
		const page = existsSync(notFoundPage) ? readFileSync(notFoundPage) : null;
		res.writeHead(404, { 'content-type': `text/${page ? 'html' : 'plain'}; charset=utf-8` });
		res.end(page ?? 'Not found.\n');
	};
	// `dev`: look each request up on disk, so that files written after the start are served.
	const files = sirv(root, {
		dev: true,
		extensions: ['html'],
		brotli: true,
		gzip: true,
		setHeaders: (res, pathname) => {
			const type = TEXT_TYPES[extname(pathname)];
			if (type) res.setHeader('content-type', type);
		}
	});
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		const inside = pathUnderBase(url.pathname, base);
		if (inside === null) {
			res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
			res.end(`Not found: this server holds the site under ${base}/ only.\n`);
			return;
		}
		// _headers (below) makes hashed files immutable.
		res.setHeader('cache-control', 'no-cache');
		const fromFile: Record<string, string[]> = {};
		for (const [name, value] of headersFor(rules, url.pathname)) {
			(fromFile[name.toLowerCase()] ??= []).push(value);
		}
		for (const [name, values] of Object.entries(fromFile)) res.setHeader(name, values);
		const accepts = String(req.headers['accept-encoding'] ?? '');
		if (gzip && req.method !== 'HEAD' && /\bgzip\b/.test(accepts)) {
			gzipWhatIsNotEncoded(res);
		}
		req.url = `${inside}${url.search}`;
		files(req, res, () => notFound(res));
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
