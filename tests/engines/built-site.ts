// Where a build says it lives, read from its own files: the base path its manifest's URLs carry and
// the origin its canonical link names (SITE_URL; none when it was built without one). The browser
// tests serve the build there, so every page is fetched at the address the build was made for.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface BuiltSite {
	/** The build folder. */
	root: string;
	/** '' at a domain root, or e.g. '/graphics/last-towns'. */
	base: string;
	/** SITE_URL's origin, when the build was given one. */
	origin: string | null;
}

const NPM_TEST = 'npm test builds it (`npm run build` builds build/ at the root)';

export function builtSite(dir = process.env.BUILD_DIR ?? 'build'): BuiltSite {
	const root = resolve(dir);
	const file = (path: string) => {
		const at = join(root, path);
		if (!existsSync(at)) throw new Error(`${at} is missing: build the site first; ${NPM_TEST}.`);
		return readFileSync(at, 'utf8');
	};
	const charts = JSON.parse(file('data/charts.json')) as { id: string; embed_url: string }[];
	const embed = /^(.*)\/embed\/[^/]+$/.exec(charts[0]?.embed_url ?? '');
	if (!embed) throw new Error(`${root}/data/charts.json: no chart with an embed_url`);
	const canonical = /<link rel="canonical" href="([^"]+)"/.exec(file('index.html'))?.[1];
	const site: BuiltSite = {
		root,
		base: embed[1],
		origin: canonical ? new URL(canonical).origin : null
	};
	// A build made for other settings than the ones this run was given is a stale build.
	const want = { base: process.env.BASE_PATH, origin: process.env.SITE_URL };
	if (
		(want.base !== undefined && want.base !== site.base) ||
		(want.origin !== undefined && new URL(want.origin).origin !== site.origin)
	)
		throw new Error(
			`${root} was built for ${site.origin ?? '(no SITE_URL)'}${site.base || '/'}, not for ` +
				`${want.origin ?? '(no SITE_URL)'}${want.base ?? ''}: build it again; ${NPM_TEST}.`
		);
	return site;
}

/** The loopback port a build made for SITE_URL must be served on, or 0 (any) without one. */
export function servingPort(site: BuiltSite): number {
	if (!site.origin) return 0;
	const url = new URL(site.origin);
	if (url.protocol !== 'http:' || !['127.0.0.1', 'localhost'].includes(url.hostname) || !url.port)
		throw new Error(
			`${site.root} was built for SITE_URL ${site.origin}; the browser tests serve it on this ` +
				'machine, so build it with SITE_URL=http://127.0.0.1:<port> (npm test does).'
		);
	return Number(url.port);
}
