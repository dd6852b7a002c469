// The two floors every figure is compared with, measured in the same run as the story:
// - the no-JS floor: a copy of build/ in which every HTML file has lost its <script> elements
//   (inline data blocks included) and its <link rel="modulepreload"> / <link rel="preload" as="script">;
//   the other files are copied as they are, so that CSS, images and fonts still resolve;
// - the empty SvelteKit page (bench/empty-app, built by bench/build-time.ts).
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { EMPTY_BUILD, NOJS_BUILD, SITE_BUILD } from './paths.ts';

/** The source ranges of the elements that load or carry script, found with node-html-parser. */
function scriptRanges(html: string): Array<[number, number]> {
	const doc = parse(html, {
		comment: true,
		blockTextElements: { script: true, style: true, noscript: true, pre: true, textarea: true }
	});
	const links = doc.querySelectorAll('link').filter((link) => {
		const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
		const as = (link.getAttribute('as') ?? '').toLowerCase();
		return rel.includes('modulepreload') || (rel.includes('preload') && as === 'script');
	});
	return [...doc.querySelectorAll('script'), ...links].map((el) => {
		const [start, end] = el.range;
		const source = html.slice(start, end).toLowerCase();
		const tag = el.tagName.toLowerCase();
		const whole = source.startsWith(`<${tag}`) && (tag === 'link' || source.endsWith('</script>'));
		if (!whole)
			throw new Error(`could not locate a <${tag}> in the HTML (got "${source.slice(0, 60)}…")`);
		return [start, end];
	});
}

/** The same HTML without its scripts; every other byte is kept as it was. */
export function stripScripts(html: string): { html: string; removed: number } {
	const ranges = scriptRanges(html).sort((a, b) => b[0] - a[0]);
	let out = html;
	for (const [start, end] of ranges) out = out.slice(0, start) + out.slice(end);
	return { html: out, removed: ranges.length };
}

function htmlFiles(dir: string, prefix = ''): string[] {
	return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
		const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
		if (entry.isDirectory()) return htmlFiles(dir, rel);
		return entry.name.endsWith('.html') ? [rel] : [];
	});
}

/** Writes the no-JS floor of build/ to bench/out/nojs; returns the elements removed per file. */
export function writeNoJsFloor(from = SITE_BUILD, to = NOJS_BUILD): Record<string, number> {
	rmSync(to, { recursive: true, force: true });
	cpSync(from, to, { recursive: true });
	const removed: Record<string, number> = {};
	for (const rel of htmlFiles(to)) {
		const stripped = stripScripts(readFileSync(join(to, rel), 'utf8'));
		writeFileSync(join(to, rel), stripped.html);
		// The precompressed copies a host serves must be the stripped page too, compressed alike.
		const file = join(to, rel);
		if (existsSync(`${file}.br`)) writeFileSync(`${file}.br`, brotliCompressSync(stripped.html));
		if (existsSync(`${file}.gz`))
			writeFileSync(`${file}.gz`, gzipSync(stripped.html, { level: 9 }));
		removed[rel] = stripped.removed;
	}
	return removed;
}

/** Throws with what to run if a build the bench measures is missing. */
export function assertBuilt() {
	for (const [dir, how] of [
		[SITE_BUILD, 'npm run build'],
		[EMPTY_BUILD, 'npm run bench (without --skip-build) once']
	]) {
		if (!existsSync(join(dir, 'index.html'))) {
			throw new Error(`${dir}/index.html is missing: run ${how}`);
		}
	}
}
