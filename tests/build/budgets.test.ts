// Size budgets (issue 5), checked on the static build: bytes, not times, so they are deterministic.
// Run after `npm run build`: npx vitest run --project build tests/build/budgets.test.ts
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	PROJECT_ROOT,
	biggest,
	clientJsFiles,
	embedPages,
	kb,
	measureRoute,
	type RouteJs
} from '../../tools/js-size.ts';

const BUILD = join(PROJECT_ROOT, process.env.BUILD_DIR ?? 'build');
const KB = 1024;

export const BUDGETS = {
	storyFirstViewJsGzip: 45 * KB,
	storyFullScrollJsGzip: 60 * KB,
	embedJsGzip: 35 * KB,
	storyHtmlGzip: 30 * KB
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

function describeSet(route: RouteJs, which: 'firstView' | 'fullScroll', budget: number) {
	const set = route[which];
	return (
		`${route.html} ${which === 'firstView' ? 'first-view' : 'full-scroll'} JS is ${kb(set.gzip)} gz ` +
		`(${set.gzip} B), budget ${kb(budget)} (${budget} B); biggest files:\n${biggest(set)}`
	);
}

describe('build exists', () => {
	test('build/index.html and build/_app/immutable are present', () => {
		requireBuild();
		expect(clientJsFiles(BUILD).length).toBeGreaterThan(0);
	});
});

describe('JS size helper', () => {
	test('finds the SvelteKit entry and a plausible total on the story page', () => {
		requireBuild();
		const story = measureRoute(BUILD, 'index.html');
		const names = story.firstView.files.map((f) => f.file);
		expect(
			names.some((n) => /_app\/immutable\/(entry\/start\.|bundle\.)[^/]*\.js$/.test(n)),
			`no SvelteKit entry (entry/start.*.js or bundle.*.js) among: ${names.join(', ')}`
		).toBe(true);
		expect(
			names.some((n) => /_app\/immutable\/nodes\/2\.[^/]*\.js$/.test(n)),
			`the story's own route node (nodes/2) is missing from its first view: ${names.join(', ')}`
		).toBe(true);
		expect(story.firstView.gzip, 'first-view JS total is implausibly small').toBeGreaterThan(10 * KB);
		expect(story.fullScroll.gzip).toBeGreaterThanOrEqual(story.firstView.gzip);
	});

	test('throws a clear error when a page or a referenced file is missing', () => {
		expect(() => measureRoute(BUILD, 'no-such-page.html')).toThrow(/does not exist/);
		const dir = mkdtempSync(join(tmpdir(), 'js-size-'));
		try {
			mkdirSync(join(dir, '_app', 'immutable', 'entry'), { recursive: true });
			writeFileSync(
				join(dir, '_app', 'immutable', 'entry', 'start.js'),
				'import{a}from"../chunks/gone.js";export{a};'
			);
			writeFileSync(
				join(dir, 'index.html'),
				'<link rel="modulepreload" href="./_app/immutable/entry/start.js">'
			);
			expect(() => measureRoute(dir, 'index.html')).toThrow(
				/_app\/immutable\/entry\/start\.js references _app\/immutable\/chunks\/gone\.js, which is missing/
			);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('size budgets', () => {
	test(`story first-view JS ≤ ${kb(BUDGETS.storyFirstViewJsGzip)} gz`, () => {
		requireBuild();
		const story = measureRoute(BUILD, 'index.html');
		expect(
			story.firstView.gzip,
			describeSet(story, 'firstView', BUDGETS.storyFirstViewJsGzip)
		).toBeLessThanOrEqual(BUDGETS.storyFirstViewJsGzip);
	});

	test(`story full-scroll JS ≤ ${kb(BUDGETS.storyFullScrollJsGzip)} gz`, () => {
		requireBuild();
		const story = measureRoute(BUILD, 'index.html');
		expect(
			story.fullScroll.gzip,
			describeSet(story, 'fullScroll', BUDGETS.storyFullScrollJsGzip)
		).toBeLessThanOrEqual(BUDGETS.storyFullScrollJsGzip);
	});

	test(`story index.html ≤ ${kb(BUDGETS.storyHtmlGzip)} gz`, () => {
		requireBuild();
		const story = measureRoute(BUILD, 'index.html');
		expect(
			story.htmlGzip,
			`index.html is ${kb(story.htmlGzip)} gz (${story.htmlGzip} B, ${kb(story.htmlRaw)} raw), ` +
				`budget ${kb(BUDGETS.storyHtmlGzip)}`
		).toBeLessThanOrEqual(BUDGETS.storyHtmlGzip);
	});

	test('there are embed pages to check', () => {
		requireBuild();
		expect(embedPages(BUILD).length).toBeGreaterThan(0);
	});

	const embeds = existsSync(BUILD) ? embedPages(BUILD) : [];
	test.each(embeds)(`%s JS ≤ ${kb(BUDGETS.embedJsGzip)} gz (full scroll)`, (page) => {
		const embed = measureRoute(BUILD, page);
		expect(
			embed.fullScroll.gzip,
			describeSet(embed, 'fullScroll', BUDGETS.embedJsGzip)
		).toBeLessThanOrEqual(BUDGETS.embedJsGzip);
	});
});

describe('no map geometry code on the client', () => {
	test('no client chunk contains d3-geo or topojson-client', () => {
		requireBuild();
		const hits: string[] = [];
		for (const file of clientJsFiles(BUILD)) {
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
