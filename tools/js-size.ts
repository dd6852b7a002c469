// How much JavaScript a browser loads for a prerendered page of the static build.
//
// First view: every script the HTML references (<script src>, <link rel="modulepreload">,
// <link rel="preload" as="script">, the import("…") calls in SvelteKit's inline bootstrap script,
// the code part of inline scripts), plus their static imports (import … from / import "…" /
// export … from), transitively.
// Full scroll: first view plus every chunk reachable through dynamic import() from it, transitively,
// except the route loaders of SvelteKit's client router (dynamic imports made by
// _app/immutable/entry/app.*.js), which only load on client-side navigation to another page; those are
// listed under `navigation`.
// Sizes: raw bytes and gzip (zlib level 9) bytes per file, summed per file as a CDN serves them.
// Used by tests/build/budgets.test.ts and the benchmark.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

export interface JsFile {
	/** Path relative to the build directory (posix separators), or `inline:<html>#<n>`. */
	file: string;
	raw: number;
	gzip: number;
	/** How the file was first reached. */
	via: 'html' | 'inline' | 'static' | 'dynamic';
}

export interface JsSet {
	files: JsFile[];
	raw: number;
	gzip: number;
}

export interface RouteJs {
	/** The HTML file, relative to the build directory. */
	html: string;
	htmlRaw: number;
	htmlGzip: number;
	firstView: JsSet;
	fullScroll: JsSet;
	/** Router chunks (other routes, error page) that load only on client-side navigation; not counted. */
	navigation: string[];
	/** Absolute URLs the page references (other origins); not counted. */
	external: string[];
}

export function gzipSize(data: Buffer | string): number {
	return gzipSync(typeof data === 'string' ? Buffer.from(data) : data, { level: 9 }).length;
}

const NON_JS_SCRIPT_TYPES =
	/^(application\/(ld\+)?json|importmap|speculationrules|text\/template)$/i;

export interface HtmlScripts {
	/** URLs of external scripts and script preloads, in document order. */
	urls: string[];
	/** Code of inline scripts (SvelteKit's serialized page data, after `node_ids:`, left out). */
	inline: string[];
	/** URLs passed to import("…") in inline scripts. */
	inlineImports: string[];
	/** SvelteKit's `node_ids` for the page: the route nodes its bootstrap starts, loaded right away. */
	nodeIds: number[];
}

/** Finds the scripts an HTML document loads. */
export function scanHtml(html: string): HtmlScripts {
	const doc = parse(html, { blockTextElements: { script: true, style: true } });
	const urls: string[] = [];
	const inline: string[] = [];
	const inlineImports: string[] = [];
	const nodeIds: number[] = [];
	for (const script of doc.querySelectorAll('script')) {
		const type = script.getAttribute('type');
		if (type && NON_JS_SCRIPT_TYPES.test(type.trim())) continue;
		const src = script.getAttribute('src');
		if (src !== undefined) {
			urls.push(src);
			continue;
		}
		const body = script.rawText;
		if (!body.trim()) continue;
		const imports = parseImports(body);
		inlineImports.push(...imports.static, ...imports.dynamic);
		// SvelteKit's bootstrap: code, then `start(…, { node_ids: […], data: […], … })`. The data is
		// page content (counted in the HTML size), not code.
		const dataAt = body.search(/\bnode_ids\s*:/);
		const ids = /\bnode_ids\s*:\s*\[([\d,\s]*)\]/.exec(body);
		if (ids)
			nodeIds.push(
				...ids[1]
					.split(',')
					.filter((s) => s.trim())
					.map(Number)
			);
		inline.push(dataAt === -1 ? body : body.slice(0, dataAt));
	}
	for (const link of doc.querySelectorAll('link')) {
		const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
		const as = (link.getAttribute('as') ?? '').toLowerCase();
		const href = link.getAttribute('href');
		if (href && (rel.includes('modulepreload') || (rel.includes('preload') && as === 'script'))) {
			urls.push(href);
		}
	}
	return { urls, inline, inlineImports, nodeIds };
}

const QUOTED = String.raw`(?:"([^"\n]+)"|'([^'\n]+)'|\x60([^\x60$\n]+)\x60)`;
const STATIC_IMPORT = new RegExp(
	String.raw`(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?` + QUOTED,
	'g'
);
const DYNAMIC_IMPORT = new RegExp(
	String.raw`(?:^|[^\w$.])import\s*\(\s*` + QUOTED + String.raw`\s*\)`,
	'g'
);

/**
 * Relative module specifiers (./x.js, ../x.js, /x.js) in (minified) ES module code.
 * Bare specifiers (which a browser cannot load without an import map) are ignored.
 */
export function parseImports(code: string): { static: string[]; dynamic: string[] } {
	const pick = (re: RegExp) => {
		const found = new Set<string>();
		for (const m of code.matchAll(re)) {
			const spec = m[1] ?? m[2] ?? m[3];
			if (/^(\.{1,2}\/|\/)/.test(spec) && /\.m?js(\?.*)?$/.test(spec)) found.add(spec);
		}
		return [...found];
	};
	return { static: pick(STATIC_IMPORT), dynamic: pick(DYNAMIC_IMPORT) };
}

function toPosix(path: string) {
	return path.split(sep).join('/');
}

function isRouterEntry(rel: string) {
	return /(^|\/)_app\/immutable\/entry\/app\.[^/]+\.js$/.test(rel);
}

/**
 * Measures the JS of one prerendered page.
 * @param buildDir the static build (e.g. build/)
 * @param htmlFile the page's HTML, absolute or relative to buildDir (e.g. "index.html")
 */
export function measureRoute(buildDir: string, htmlFile: string): RouteJs {
	const root = resolve(buildDir);
	if (!existsSync(root) || !statSync(root).isDirectory()) {
		throw new Error(`Build directory ${root} does not exist: run \`npm run build\` first.`);
	}
	const htmlPath = resolve(root, htmlFile);
	if (!existsSync(htmlPath)) {
		throw new Error(
			`HTML file ${htmlPath} does not exist in the build: run \`npm run build\` first.`
		);
	}
	const htmlRel = toPosix(relative(root, htmlPath));
	const htmlBuf = readFileSync(htmlPath);
	const scan = scanHtml(htmlBuf.toString('utf8'));
	const external: string[] = [];

	/** Resolves a URL found in `fromFile` (a path relative to root) to a path relative to root. */
	const resolveUrl = (url: string, fromFile: string): string | null => {
		if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) {
			if (!url.startsWith('data:')) external.push(url);
			return null;
		}
		const path = url.replace(/[?#].*$/, '');
		const rel = path.startsWith('/')
			? posix.normalize(path.slice(1))
			: posix.normalize(posix.join(posix.dirname(fromFile), path));
		if (rel.startsWith('..')) {
			throw new Error(`${fromFile} references ${url}, which resolves outside the build directory.`);
		}
		return rel;
	};

	const cache = new Map<
		string,
		{ raw: number; gzip: number; imports: ReturnType<typeof parseImports> }
	>();
	const load = (rel: string, referrer: string) => {
		let entry = cache.get(rel);
		if (!entry) {
			const abs = join(root, rel);
			if (!existsSync(abs) || !statSync(abs).isFile()) {
				throw new Error(`${referrer} references ${rel}, which is missing from ${root}.`);
			}
			const buf = readFileSync(abs);
			entry = { raw: buf.length, gzip: gzipSize(buf), imports: parseImports(buf.toString('utf8')) };
			cache.set(rel, entry);
		}
		return entry;
	};

	const firstView = new Map<string, JsFile>();
	const dynamicQueue: Array<{ rel: string; from: string }> = [];
	const navigation = new Set<string>();

	/** Adds a file and its static imports to `set`; queues its dynamic imports. */
	const addClosure = (
		set: Map<string, JsFile>,
		start: string,
		referrer: string,
		via: JsFile['via']
	) => {
		const stack: Array<{ rel: string; referrer: string; via: JsFile['via'] }> = [
			{ rel: start, referrer, via }
		];
		while (stack.length) {
			const item = stack.pop()!;
			if (set.has(item.rel) || (set !== firstView && firstView.has(item.rel))) continue;
			const info = load(item.rel, item.referrer);
			set.set(item.rel, { file: item.rel, raw: info.raw, gzip: info.gzip, via: item.via });
			for (const spec of info.imports.static) {
				const rel = resolveUrl(spec, item.rel);
				if (rel) stack.push({ rel, referrer: item.rel, via: 'static' });
			}
			for (const spec of info.imports.dynamic) {
				const rel = resolveUrl(spec, item.rel);
				if (!rel) continue;
				if (isRouterEntry(item.rel)) navigation.add(rel);
				else dynamicQueue.push({ rel, from: item.rel });
			}
		}
	};

	scan.inline.forEach((code, i) => {
		const name = `inline:${htmlRel}#${i + 1}`;
		firstView.set(name, {
			file: name,
			raw: Buffer.byteLength(code),
			gzip: gzipSize(code),
			via: 'inline'
		});
	});
	for (const url of [...scan.urls, ...scan.inlineImports]) {
		const rel = resolveUrl(url, htmlRel);
		if (rel) addClosure(firstView, rel, htmlRel, 'html');
	}
	// The route nodes the bootstrap starts (`node_ids`) load at once, even without a modulepreload.
	const nodesDir = join(root, '_app/immutable/nodes');
	for (const id of scan.nodeIds) {
		const file = existsSync(nodesDir)
			? readdirSync(nodesDir).find((f) => f.startsWith(`${id}.`) && f.endsWith('.js'))
			: undefined;
		if (!file)
			throw new Error(
				`${htmlRel} starts route node ${id}, but no nodes/${id}.*.js is in the build.`
			);
		addClosure(firstView, `_app/immutable/nodes/${file}`, htmlRel, 'html');
	}

	const later = new Map<string, JsFile>();
	for (let i = 0; i < dynamicQueue.length; i++) {
		const { rel, from } = dynamicQueue[i];
		addClosure(later, rel, from, 'dynamic');
	}
	for (const rel of [...navigation]) {
		if (firstView.has(rel) || later.has(rel)) navigation.delete(rel);
	}

	const total = (files: JsFile[]): JsSet => ({
		files: [...files].sort((a, b) => b.gzip - a.gzip),
		raw: files.reduce((s, f) => s + f.raw, 0),
		gzip: files.reduce((s, f) => s + f.gzip, 0)
	});
	const first = [...firstView.values()];
	return {
		html: htmlRel,
		htmlRaw: htmlBuf.length,
		htmlGzip: gzipSize(htmlBuf),
		firstView: total(first),
		fullScroll: total([...first, ...later.values()]),
		navigation: [...navigation].sort(),
		external: [...new Set(external)]
	};
}

/** Every .js file under the build's _app/immutable (relative to buildDir). */
export function clientJsFiles(buildDir: string): string[] {
	const root = resolve(buildDir, '_app', 'immutable');
	if (!existsSync(root)) {
		throw new Error(`${root} does not exist: run \`npm run build\` first.`);
	}
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const abs = join(dir, entry.name);
			if (entry.isDirectory()) walk(abs);
			else if (/\.m?js$/.test(entry.name)) out.push(toPosix(relative(resolve(buildDir), abs)));
		}
	};
	walk(root);
	return out.sort();
}

/** The embed pages of the build: embed/<chart>.html. */
export function embedPages(buildDir: string): string[] {
	const dir = join(resolve(buildDir), 'embed');
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => name.endsWith('.html'))
		.sort()
		.map((name) => `embed/${name}`);
}

/** "12.3 KB" (1 KB = 1024 bytes). */
export function kb(bytes: number): string {
	return `${(bytes / 1024).toFixed(1)} KB`;
}

/** The n largest files of a set, by gzip size, as "name 12.3 KB gz (40.1 KB raw)" lines. */
export function biggest(set: JsSet, n = 6): string {
	return set.files
		.slice(0, n)
		.map((f) => `  ${f.file}  ${kb(f.gzip)} gz (${kb(f.raw)} raw)`)
		.join('\n');
}

/** The project root (one level up from tools/). */
export const PROJECT_ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
