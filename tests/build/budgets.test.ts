// Size budgets (issue 9), checked on the static build: bytes, not times, so they are deterministic.
// Run after `npm run build`: npx vitest run --project build tests/build/budgets.test.ts
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	PROJECT_ROOT,
	biggest,
	embedPages,
	kb,
	measurePage,
	parseImports,
	type PageJs
} from '../../tools/js-size.ts';

const BUILD = join(PROJECT_ROOT, process.env.BUILD_DIR ?? 'build');
const BASE = process.env.BASE_PATH ?? '';
const KB = 1024;

/** Issue 9's targets: script bytes with the data the charts hydrate from, and the HTML. */
export const BUDGETS = {
	storyFirstViewJsGzip: 32 * KB,
	storyFullScrollJsGzip: 40 * KB,
	embedJsGzip: 2 * KB,
	/** So the first view arrives in one round trip (about ten TCP segments). */
	storyHtmlBrotli: 14.3 * KB
};

/**
 * Code of d3-geo and topojson-client that survives minification (names like geoPath do not):
 * d3-geo's stream dispatch (`Sphere: function`, `.sphere()`), projection and path methods;
 * topojson-client's arc transform (`t.scale[0] … t.translate[0]`). Checked against a minified
 * bundle of both libraries in the last test, so a renamed marker cannot silently pass.
 */
export const GEO_MARKERS: Record<string, RegExp> = {
	'd3-geo stream (Sphere:function)': /\bSphere:function\b/,
	'd3-geo stream (.sphere())': /\.sphere\(\)/,
	'd3-geo projection (postclip)': /\bpostclip\b/,
	'd3-geo projection (clipAngle)': /\bclipAngle\b/,
	'd3-geo path (pointRadius)': /\bpointRadius\b/,
	'topojson-client transform (scale[0]…translate[0])': /\.scale\[0\][^;]{0,80}\.translate\[0\]/
};

function requireBuild() {
	if (!existsSync(join(BUILD, 'index.html'))) {
		throw new Error(`${BUILD}/index.html is missing: run \`npm run build\` before the build tests.`);
	}
}

function describeSet(page: PageJs, which: 'firstView' | 'fullScroll', budget: number) {
	const set = page[which];
	return (
		`${page.html} ${which === 'firstView' ? 'first-view' : 'full-scroll'} script and data is ${kb(set.gzip)} gz ` +
		`(${set.gzip} B), budget ${kb(budget)} (${budget} B); biggest files:\n${biggest(set)}`
	);
}

/** Every script file in the build's /client/. */
function clientJsFiles(): string[] {
	return readdirSync(join(BUILD, 'client'))
		.filter((f) => f.endsWith('.js'))
		.map((f) => `client/${f}`);
}

describe('the byte counter', () => {
	test('counts the story’s entry, its imports, its first island’s component and data', () => {
		requireBuild();
		const story = measurePage(BUILD, 'index.html', BASE);
		const names = story.firstView.files.map((f) => f.file);
		expect(names.some((n) => /^client\/story-[\w-]+\.js$/.test(n)), names.join(', ')).toBe(true);
		// The story opens on the map; the charts further down load as the reader scrolls.
		expect(names).toContain('islands/town-sequence.json');
		expect(story.fullScroll.files.map((f) => f.file)).toContain('islands/fighters.json');
		expect(story.firstView.gzip, 'first-view total is implausibly small').toBeGreaterThan(10 * KB);
		expect(story.fullScroll.gzip).toBeGreaterThan(story.firstView.gzip);
	});

	test('reads static and dynamic imports from minified code', () => {
		expect(parseImports('import{a as b}from"./chunk-A.js";const c=()=>import("./chunk-B.js")')).toEqual({
			static: ['./chunk-A.js'],
			dynamic: ['./chunk-B.js']
		});
		// Rolldown (Vite 8) writes strings in backticks.
		expect(parseImports('import{t as e}from`./chunk-A.js`;var c=()=>import(`./chunk-B.js`)')).toEqual({
			static: ['./chunk-A.js'],
			dynamic: ['./chunk-B.js']
		});
	});

	test('throws a clear error when a page or a file it loads is missing', () => {
		expect(() => measurePage(BUILD, 'no-such-page.html')).toThrow(/does not exist/);
		const dir = mkdtempSync(join(tmpdir(), 'js-size-'));
		try {
			mkdirSync(join(dir, 'client'));
			writeFileSync(join(dir, 'client', 'story.js'), 'import{a}from"./gone.js";export{a};');
			writeFileSync(join(dir, 'index.html'), '<script type="module" src="/client/story.js"></script>');
			expect(() => measurePage(dir, 'index.html')).toThrow(/client\/story\.js loads client\/gone\.js, which is missing/);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('size budgets', () => {
	test(`story first view ≤ ${kb(BUDGETS.storyFirstViewJsGzip)} gz of script and data`, () => {
		requireBuild();
		const story = measurePage(BUILD, 'index.html', BASE);
		expect(story.firstView.gzip, describeSet(story, 'firstView', BUDGETS.storyFirstViewJsGzip)).toBeLessThanOrEqual(
			BUDGETS.storyFirstViewJsGzip
		);
	});

	test(`story full scroll ≤ ${kb(BUDGETS.storyFullScrollJsGzip)} gz of script and data`, () => {
		requireBuild();
		const story = measurePage(BUILD, 'index.html', BASE);
		expect(story.fullScroll.gzip, describeSet(story, 'fullScroll', BUDGETS.storyFullScrollJsGzip)).toBeLessThanOrEqual(
			BUDGETS.storyFullScrollJsGzip
		);
	});

	test(`story index.html ≤ ${kb(BUDGETS.storyHtmlBrotli)} brotli`, () => {
		requireBuild();
		const story = measurePage(BUILD, 'index.html', BASE);
		expect(
			story.htmlBrotli,
			`index.html is ${kb(story.htmlBrotli)} br (${story.htmlBrotli} B, ${kb(story.htmlRaw)} raw), budget ${kb(BUDGETS.storyHtmlBrotli)}`
		).toBeLessThanOrEqual(BUDGETS.storyHtmlBrotli);
	});

	test('there are embed pages to check', () => {
		requireBuild();
		expect(embedPages(BUILD).length).toBeGreaterThan(0);
	});

	const embeds = existsSync(BUILD) ? embedPages(BUILD) : [];
	test.each(embeds)(`%s ≤ ${kb(BUDGETS.embedJsGzip)} gz of script, all of it`, (page) => {
		const embed = measurePage(BUILD, page, BASE);
		expect(embed.fullScroll.gzip, describeSet(embed, 'fullScroll', BUDGETS.embedJsGzip)).toBeLessThanOrEqual(
			BUDGETS.embedJsGzip
		);
	});
});

describe('no map geometry code on the client', () => {
	test('no client chunk contains d3-geo or topojson-client', () => {
		requireBuild();
		const hits: string[] = [];
		for (const file of clientJsFiles()) {
			const code = readFileSync(join(BUILD, file), 'utf8');
			for (const [name, re] of Object.entries(GEO_MARKERS)) {
				if (re.test(code)) hits.push(`${file}: ${name}`);
			}
		}
		expect(hits, `geometry code shipped to the browser:\n${hits.join('\n')}`).toEqual([]);
	});

	test('the markers survive minification (control: a minified bundle of both libraries)', async () => {
		// Resolve rolldown (Vite 8's bundler, the one that minifies the client build) from vite.
		const require = createRequire(createRequire(import.meta.url).resolve('vite'));
		const { build } = (await import(require.resolve('rolldown'))) as typeof import('rolldown');
		const probes: Record<string, string> = {
			geoArea: `import { geoArea } from 'd3-geo'; export const f = (g) => geoArea(g);`,
			geoPath: `import { geoPath } from 'd3-geo'; export const f = (p) => geoPath(p);`,
			geoConicConformal: `import { geoConicConformal } from 'd3-geo'; export const f = () => geoConicConformal();`,
			feature: `import { feature } from 'topojson-client'; export const f = (t, o) => feature(t, o);`,
			mesh: `import { mesh } from 'topojson-client'; export const f = (t, o) => mesh(t, o);`
		};
		const missed: string[] = [];
		for (const [name, source] of Object.entries(probes)) {
			const id = join(PROJECT_ROOT, `__geo_probe_${name}.js`);
			const result = await build({
				input: id,
				write: false,
				logLevel: 'silent',
				plugins: [
					{
						name: 'geo-probe',
						resolveId: (spec) => (spec === id ? id : null),
						load: (spec) => (spec === id ? source : null)
					}
				],
				output: { format: 'esm', minify: true }
			});
			const code = result.output[0].code;
			expect(code.length, `probe ${name} did not bundle its library`).toBeGreaterThan(1000);
			expect(code, `probe ${name} kept its import name`).not.toMatch(
				new RegExp(`\\b${name}\\b`)
			);
			if (!Object.values(GEO_MARKERS).some((re) => re.test(code))) missed.push(name);
		}
		expect(missed, `no marker matches the minified ${missed.join(', ')}`).toEqual([]);
	}, 60_000);
});
