// How many bytes of script a prerendered page of the static build makes a reader download.
//
// A page loads its <script src> entries and their static imports at once. Its chart islands each
// load their component (a dynamic import the entry names by chart) and their data (the JSON file
// `data-props` names) when they near the screen. Inline scripts, JSON blocks included, count too.
// First view: the entries, their static imports, inline scripts, and the first island's component
// and data (it sits within a screen of the top). Full scroll: every island's as well, and the code
// loaded on first use (the citation dialog's renderer, the Embed control).
// Sizes are summed per file as a CDN serves them: gzip level 9 (and brotli for the HTML).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

export interface JsFile {
	/** Path relative to the build directory, or `inline:<what>`. */
	file: string;
	raw: number;
	gzip: number;
}

export interface JsSet {
	files: JsFile[];
	raw: number;
	gzip: number;
}

export interface PageJs {
	html: string;
	htmlRaw: number;
	htmlGzip: number;
	htmlBrotli: number;
	firstView: JsSet;
	fullScroll: JsSet;
}

export const gzipSize = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;
export const brotliSize = (data: Buffer | string) =>
	brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Relative specifiers of static and dynamic imports in (minified) ES module code; any quote. */
export function parseImports(code: string): { static: string[]; dynamic: string[] } {
	const pick = (re: RegExp) => [...new Set([...code.matchAll(re)].map((m) => m[1]))];
	return {
		static: pick(
			/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g
		),
		dynamic: pick(/\bimport\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g)
	};
}

/** The chart component each island loads: `"../charts/<id>/<Name>.svelte":()=>import("./chunk.js")`. */
export function islandChunks(code: string): Map<string, string> {
	const found = new Map<string, string>();
	for (const m of code.matchAll(
		/["'`]\.\.\/charts\/([^/"'`]+)\/([^/"'`]+)\.svelte["'`]\s*:\s*\(\)\s*=>\s*import\(\s*["'`]([^"'`]+)["'`]\s*\)/g
	)) {
		found.set(`${m[1]}/${m[2]}`, m[3]);
	}
	return found;
}

const sum = (files: JsFile[]): JsSet => ({
	files: [...files].sort((a, b) => b.gzip - a.gzip),
	raw: files.reduce((s, f) => s + f.raw, 0),
	gzip: files.reduce((s, f) => s + f.gzip, 0)
});

/** Measures one page (`index.html`, `embed/fighters.html`) of the build, made for `base` (BASE_PATH). */
export function measurePage(
	buildDir: string,
	htmlFile: string,
	base = '',
	siteUrl = process.env.SITE_URL ?? ''
): PageJs {
	const root = resolve(buildDir);
	const htmlPath = join(root, htmlFile);
	if (!existsSync(htmlPath)) {
		throw new Error(`${htmlPath} does not exist: run \`npm run build\` first.`);
	}
	const html = readFileSync(htmlPath);
	const doc = parse(html.toString('utf8'), { blockTextElements: { script: true, style: true } });
	const file = (rel: string, referrer: string): JsFile & { code: string } => {
		const abs = join(root, rel);
		if (!existsSync(abs) || !statSync(abs).isFile()) {
			throw new Error(`${referrer} loads ${rel}, which is missing from ${root}.`);
		}
		const buf = readFileSync(abs);
		return { file: rel, raw: buf.length, gzip: gzipSize(buf), code: buf.toString('utf8') };
	};
	const toRel = (url: string, from: string) =>
		url.startsWith('/')
			? posix.normalize(url.slice(url.startsWith(`${base}/`) ? base.length + 1 : 1))
			: posix.normalize(posix.join(posix.dirname(from), url));
	/** A file and its static imports, not counting those already in `seen`. */
	const dynamic: [string, string][] = [];
	const closure = (start: string, referrer: string, seen: Set<string>): JsFile[] => {
		const out: JsFile[] = [];
		const stack = [[start, referrer]];
		while (stack.length) {
			const [rel, from] = stack.pop()!;
			if (seen.has(rel)) continue;
			seen.add(rel);
			const f = file(rel, from);
			out.push({ file: f.file, raw: f.raw, gzip: f.gzip });
			const imports = parseImports(f.code);
			for (const spec of imports.static) stack.push([toRel(spec, rel), rel]);
			for (const spec of imports.dynamic) dynamic.push([toRel(spec, rel), rel]);
		}
		return out;
	};

	const seen = new Set<string>();
	const first: JsFile[] = [];
	const islandsByComponent = new Map<string, string>();
	for (const script of doc.querySelectorAll('script')) {
		const src = script.getAttribute('src');
		if (src) {
			const rel = toRel(src.replace(/[?#].*$/, ''), htmlFile);
			first.push(...closure(rel, htmlFile, seen));
			for (const [k, v] of islandChunks(file(rel, htmlFile).code))
				islandsByComponent.set(k, toRel(v, rel));
		} else if (script.rawText.trim()) {
			const code = script.rawText;
			first.push({
				file: `inline:${script.getAttribute('type') ?? 'script'}`,
				raw: Buffer.byteLength(code),
				gzip: gzipSize(code)
			});
		}
	}
	const islandFiles = doc.querySelectorAll('[data-island]').map((el) => {
		const id = el.getAttribute('data-island');
		const chunk = islandsByComponent.get(`${id}/${el.getAttribute('data-component')}`);
		if (!chunk) throw new Error(`${htmlFile}: no script loads the component of island ${id}`);
		const data = file(toRel(el.getAttribute('data-props')!, htmlFile), htmlFile);
		return [...closure(chunk, htmlFile, seen), { file: data.file, raw: data.raw, gzip: data.gzip }];
	});
	// Code loaded on first use (a citation, the Embed control): counted over a full scroll.
	const onUse: JsFile[] = [];
	for (let i = 0; i < dynamic.length; i++)
		onUse.push(...closure(dynamic[i][0], dynamic[i][1], seen));
	const firstView = sum([...first, ...(islandFiles[0] ?? [])]);
	// The page's own weight, as built for the root of a domain: a deployer's base path and site URL
	// prefix every link by the same few bytes, which are theirs, not the page's.
	const own = Buffer.from(
		html
			.toString('utf8')
			.split(siteUrl + base)
			.join('')
			.split(base + '/')
			.join('/')
	);
	return {
		html: htmlFile,
		htmlRaw: html.length,
		htmlGzip: gzipSize(own),
		htmlBrotli: brotliSize(own),
		firstView,
		fullScroll: sum([...first, ...islandFiles.flat(), ...onUse])
	};
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
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The n largest files of a set, by gzip size. */
export function biggest(set: JsSet, n = 8): string {
	return set.files
		.slice(0, n)
		.map((f) => `  ${f.file}  ${kb(f.gzip)} gz (${kb(f.raw)} raw)`)
		.join('\n');
}

/** The project root (one level up from tools/). */
export const PROJECT_ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
