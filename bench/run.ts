// `npm run bench`: builds the site and an empty SvelteKit page from clean, serves both gzipped on
// 127.0.0.1, and measures JS/HTML size, Lighthouse (mobile preset, simulated throttling), CLS and
// scroll frames at 4× CPU slowdown. Prints a table against the targets of issue 5, with every figure
// as a ratio to the empty page, and writes bench/results.json.
//
// Options: --skip-build (measure the existing build/ and bench/out/empty-app/build),
//          --runs=N (Lighthouse runs per page, default 5), --no-lighthouse, --no-scroll.
import { spawn, type ChildProcess } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	writeFileSync,
	createWriteStream
} from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, launchChromium } from '../tools/chromium.ts';
import { serveStatic, type StaticServer } from '../tools/static-server.ts';
import { PROJECT_ROOT, embedPages, kb, measurePage, type PageJs } from '../tools/js-size.ts';

const ROOT = PROJECT_ROOT;
const BUILD = join(ROOT, 'build');
const OUT = join(ROOT, 'bench', 'out');
const EMPTY_APP = join(ROOT, 'bench', 'empty-app');
const EMPTY_OUT = join(OUT, 'empty-app');
const EMPTY_BUILD = join(EMPTY_OUT, 'build');
const RESULTS = join(ROOT, 'bench', 'results.json');

const T0 = performance.now();
const log = (message: string) =>
	console.log(`[${((performance.now() - T0) / 1000).toFixed(0).padStart(3)} s] ${message}`);

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const SKIP_BUILD = flag('skip-build');
const LH_RUNS = Math.max(1, Math.min(15, Number(option('runs') ?? 5)));
const DO_LIGHTHOUSE = !flag('no-lighthouse');
const DO_SCROLL = !flag('no-scroll');

const BUILD_TIMEOUT_MS = 300_000;
const LH_TIMEOUT_MS = 120_000;
const CHROME_START_TIMEOUT_MS = 20_000;
const SCROLL_SPEED_PX_PER_S = 1500;
const SCROLL_MAX_MS = 40_000;
/** Frames are timed for at least this long, also on a page too short to scroll (the floor). */
const SCROLL_MIN_MS = 3000;
const SCROLL_MAX_FRAMES = 4000;
const VIEWPORT = { width: 412, height: 823 };

const KB = 1024;
const TARGETS = {
	firstViewJs: 45 * KB,
	fullScrollJs: 60 * KB,
	embedJs: 35 * KB,
	html: 30 * KB,
	score: 100,
	lcpMs: 1000,
	cls: 0,
	p95FrameMs: 16.7,
	maxFrameMs: 33,
	buildMs: 15_000
};

// ---------------------------------------------------------------------------------------------
// Cleanup: everything started here is registered and torn down, also on error or Ctrl-C.

const cleanups: Array<() => Promise<void> | void> = [];
async function cleanupAll() {
	while (cleanups.length) {
		const fn = cleanups.pop()!;
		try {
			await fn();
		} catch (error) {
			console.error('cleanup failed:', error);
		}
	}
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.once(signal, () => {
		console.error(`\n${signal}: cleaning up`);
		void cleanupAll().finally(() => process.exit(130));
	});
}
for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
	process.once(event, (error: unknown) => {
		console.error(`${event}:`, error);
		void cleanupAll().finally(() => process.exit(1));
	});
}

/** A sleep that does not keep the process alive (for timeouts raced against work). */
function unrefSleep(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/** Rejects if `promise` takes longer than `ms`; the timer never outlives the promise. */
function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`${what} took more than ${ms} ms`)), ms);
	});
	promise.catch(() => {}); // a late rejection after the timeout is not an unhandled one
	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Kills a process group started with detached: true (the child and its children, nothing else). */
async function killGroup(child: ChildProcess, graceMs = 3000) {
	if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	try {
		process.kill(-child.pid, 'SIGTERM');
	} catch {
		return;
	}
	if (
		(await Promise.race([exited, unrefSleep(graceMs).then(() => 'timeout' as const)])) === 'timeout'
	) {
		try {
			process.kill(-child.pid, 'SIGKILL');
		} catch {
			/* already gone */
		}
		await Promise.race([exited, unrefSleep(2000)]);
	}
}

// ---------------------------------------------------------------------------------------------
// Builds

/** Runs a command in its own process group, logging to `log`; returns the wall time in ms. */
async function timedRun(cmd: string, args: string[], cwd: string, log: string): Promise<number> {
	const out = createWriteStream(log);
	const start = performance.now();
	const child = spawn(cmd, args, { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
	const kill = () => killGroup(child);
	cleanups.push(kill);
	child.stdout!.pipe(out, { end: false });
	child.stderr!.pipe(out, { end: false });
	const timer = setTimeout(() => void killGroup(child, 1000), BUILD_TIMEOUT_MS);
	const code = await new Promise<number | null>((resolve, reject) => {
		child.once('error', reject);
		child.once('close', (c) => resolve(c));
	});
	clearTimeout(timer);
	const ms = performance.now() - start;
	cleanups.splice(cleanups.indexOf(kill), 1);
	await new Promise<void>((resolve) => out.end(resolve));
	if (code !== 0) {
		const tail = readFileSync(log, 'utf8').split('\n').slice(-30).join('\n');
		throw new Error(
			`${cmd} ${args.join(' ')} (in ${cwd}) failed with ${code}; see ${log}:\n${tail}`
		);
	}
	return ms;
}

async function buildSite(): Promise<number> {
	rmSync(BUILD, { recursive: true, force: true });
	rmSync(join(ROOT, '.svelte-kit', 'output'), { recursive: true, force: true });
	log('building the site from clean (npm run build)…');
	const ms = await timedRun('npm', ['run', 'build'], ROOT, join(OUT, 'build.log'));
	log(`  ${(ms / 1000).toFixed(1)} s`);
	return ms;
}

async function buildEmpty(): Promise<number> {
	rmSync(EMPTY_OUT, { recursive: true, force: true });
	log('building the empty SvelteKit page from clean (vite build in bench/empty-app)…');
	const vite = join(ROOT, 'node_modules', '.bin', 'vite');
	const ms = await timedRun(vite, ['build'], EMPTY_APP, join(OUT, 'empty-build.log'));
	log(`  ${(ms / 1000).toFixed(1)} s`);
	return ms;
}

// ---------------------------------------------------------------------------------------------
// Lighthouse

interface LighthouseRun {
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
	lcpMs: number;
	fcpMs: number;
	cls: number;
	tbtMs: number;
	speedIndexMs: number;
	/** Weighted audits that did not score 1: "category/audit-id" → score. */
	failing: Record<string, number>;
	warnings: string[];
}

/** Launches Chromium with a DevTools port; returns the port and a closer. */
async function launchDebugChrome(): Promise<{ port: number; close: () => Promise<void> }> {
	const profile = mkdtempSync(join(os.tmpdir(), 'bench-chrome-'));
	const child = spawn(
		chromiumPath(),
		[
			...CHROMIUM_ARGS,
			'--headless=new',
			'--remote-debugging-address=127.0.0.1',
			'--remote-debugging-port=0',
			`--user-data-dir=${profile}`,
			'about:blank'
		],
		{ detached: true, stdio: 'ignore' }
	);
	const close = async () => {
		await killGroup(child);
		rmSync(profile, { recursive: true, force: true });
	};
	cleanups.push(close);
	const done = async () => {
		cleanups.splice(cleanups.indexOf(close), 1);
		await close();
	};
	const portFile = join(profile, 'DevToolsActivePort');
	const deadline = Date.now() + CHROME_START_TIMEOUT_MS;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) break;
		if (existsSync(portFile)) {
			const port = Number(readFileSync(portFile, 'utf8').split('\n')[0]);
			if (port > 0) return { port, close: done };
		}
		await sleep(100);
	}
	await done();
	throw new Error(`Chromium did not open a DevTools port within ${CHROME_START_TIMEOUT_MS} ms`);
}

async function lighthouseOnce(url: string): Promise<LighthouseRun> {
	const { default: lighthouse } = await import('lighthouse');
	const chrome = await launchDebugChrome();
	try {
		const run = lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo']
		});
		const result = await withTimeout(run, LH_TIMEOUT_MS, 'Lighthouse');
		const lhr = result?.lhr;
		if (!lhr) throw new Error('Lighthouse returned no result');
		if (lhr.runtimeError)
			throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
		const score = (id: string) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
		const num = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
		const failing: Record<string, number> = {};
		for (const [categoryId, category] of Object.entries(lhr.categories)) {
			for (const ref of category.auditRefs) {
				const audit = lhr.audits[ref.id];
				if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
					failing[`${categoryId}/${ref.id}`] = audit.score;
				}
			}
		}
		return {
			performance: score('performance'),
			accessibility: score('accessibility'),
			bestPractices: score('best-practices'),
			seo: score('seo'),
			lcpMs: num('largest-contentful-paint'),
			fcpMs: num('first-contentful-paint'),
			cls: num('cumulative-layout-shift'),
			tbtMs: num('total-blocking-time'),
			speedIndexMs: num('speed-index'),
			failing,
			warnings: lhr.runWarnings ?? []
		};
	} finally {
		await chrome.close();
	}
}

interface Spread {
	median: number;
	min: number;
	max: number;
	values: number[];
}

function spread(values: number[]): Spread {
	const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
	if (!sorted.length) return { median: NaN, min: NaN, max: NaN, values };
	const mid = Math.floor(sorted.length / 2);
	const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
	return { median, min: sorted[0], max: sorted[sorted.length - 1], values };
}

interface LighthouseSummary {
	runs: LighthouseRun[];
	errors: string[];
	performance: Spread;
	accessibility: Spread;
	bestPractices: Spread;
	seo: Spread;
	lcpMs: Spread;
	fcpMs: Spread;
	cls: Spread;
	tbtMs: Spread;
	speedIndexMs: Spread;
	/** Weighted audits below 1 in any run: in how many runs, and the lowest score. */
	failing: Record<string, { runs: number; minScore: number }>;
}

async function lighthouseSeries(label: string, url: string): Promise<LighthouseSummary> {
	const runs: LighthouseRun[] = [];
	const errors: string[] = [];
	for (let i = 0; i < LH_RUNS; i++) {
		const start = performance.now();
		try {
			const run = await lighthouseOnce(url);
			runs.push(run);
			log(
				`  lighthouse ${label} ${i + 1}/${LH_RUNS}: perf ${run.performance} a11y ${run.accessibility} ` +
					`bp ${run.bestPractices} seo ${run.seo} LCP ${Math.round(run.lcpMs)} ms ` +
					`CLS ${run.cls.toFixed(3)} TBT ${Math.round(run.tbtMs)} ms ` +
					`(${((performance.now() - start) / 1000).toFixed(0)} s)`
			);
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			errors.push(message);
			console.error(`  lighthouse ${label} ${i + 1}/${LH_RUNS} failed: ${message}`);
		}
	}
	const pick = (key: keyof LighthouseRun) => spread(runs.map((r) => r[key] as number));
	const failing: Record<string, { runs: number; minScore: number }> = {};
	for (const run of runs) {
		for (const [id, score] of Object.entries(run.failing)) {
			const entry = (failing[id] ??= { runs: 0, minScore: 1 });
			entry.runs++;
			entry.minScore = Math.min(entry.minScore, score);
		}
	}
	return {
		runs,
		errors,
		performance: pick('performance'),
		accessibility: pick('accessibility'),
		bestPractices: pick('bestPractices'),
		seo: pick('seo'),
		lcpMs: pick('lcpMs'),
		fcpMs: pick('fcpMs'),
		cls: pick('cls'),
		tbtMs: pick('tbtMs'),
		speedIndexMs: pick('speedIndexMs'),
		failing
	};
}

// ---------------------------------------------------------------------------------------------
// Scroll: frames, layout shifts, long animation frames at 4× CPU slowdown

interface ScrollStats {
	scrollHeight: number;
	scrolledPx: number;
	durationMs: number;
	frames: number;
	reachedBottom: boolean;
	p50FrameMs: number;
	p95FrameMs: number;
	maxFrameMs: number;
	framesOver33ms: number;
	/** Layout-shift score (sum, !hadRecentInput) from navigation until the scroll started. */
	clsLoad: number;
	/** Layout-shift score (sum, !hadRecentInput) during the scroll and 500 ms after it. */
	clsScroll: number;
	loafLoad: number;
	loafScroll: number;
	loafMaxMs: number;
	loafSupported: boolean;
	/** The longest animation frames during the scroll, with their biggest script. */
	loafTop: Array<{ durationMs: number; blockingMs: number; script: string }>;
	shifts: Array<{ value: number; startTime: number; sources: string[] }>;
}

function percentile(sorted: number[], p: number) {
	if (!sorted.length) return NaN;
	const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
	return sorted[Math.max(0, index)];
}

// The page-side scripts are plain JS strings, so that no transpiler helper (tsx adds __name)
// leaks into the page.

/** Records layout shifts and long animation frames from the start of the navigation. */
const OBSERVER_SCRIPT = `(() => {
	const bench = (window.__bench = { shifts: [], loafs: [], loafSupported: false });
	const describe = (node) => {
		if (!node || !node.nodeName) return '?';
		const cls = typeof node.className === 'string' && node.className.trim()
			? '.' + node.className.trim().split(/\\s+/).join('.') : '';
		return node.nodeName.toLowerCase() + (node.id ? '#' + node.id : '') + cls;
	};
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) {
				bench.shifts.push({
					value: e.value,
					hadRecentInput: e.hadRecentInput,
					startTime: e.startTime,
					sources: (e.sources || []).map((s) => describe(s.node))
				});
			}
		}).observe({ type: 'layout-shift', buffered: true });
	} catch {}
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) {
				const top = [...(e.scripts || [])].sort((a, b) => b.duration - a.duration)[0];
				bench.loafs.push({
					startTime: e.startTime,
					duration: e.duration,
					blockingDuration: e.blockingDuration,
					script: top ? top.invoker + ' ' + top.sourceURL + ' ' + Math.round(top.duration) + ' ms' : ''
				});
			}
		}).observe({ type: 'long-animation-frame', buffered: true });
		bench.loafSupported = PerformanceObserver.supportedEntryTypes.includes('long-animation-frame');
	} catch {}
})()`;

/** Scrolls from top to bottom in requestAnimationFrame steps at `speed` px/s, timing frames. */
const SCROLL_SCRIPT = `({ speed, minMs, maxMs, maxFrames }) => new Promise((resolve) => {
	const el = document.scrollingElement || document.documentElement;
	window.scrollTo(0, 0);
	// Layout is read only at the start and when the bottom seems reached, so that the rAF callback
	// does not force a layout on every frame.
	let bottom = el.scrollHeight - window.innerHeight;
	const intervals = [];
	let last = null;
	let start = 0;
	let position = 0;
	const frame = (t) => {
		if (last === null) start = t;
		else intervals.push(t - last);
		const dt = last === null ? 1000 / 60 : t - last;
		last = t;
		if (position < bottom) {
			position = Math.min(bottom, position + (speed * dt) / 1000);
			window.scrollTo(0, position);
		}
		let done = false;
		if (position >= bottom) {
			bottom = el.scrollHeight - window.innerHeight;
			done = position >= bottom && t - start >= minMs;
		}
		if (done || t - start > maxMs || intervals.length >= maxFrames) {
			resolve({ start, end: t, intervals, scrollHeight: el.scrollHeight, scrolled: window.scrollY, reachedBottom: window.scrollY >= bottom - 1 });
		} else requestAnimationFrame(frame);
	};
	requestAnimationFrame(frame);
})`;

async function measureScroll(browser: Browser, url: string): Promise<ScrollStats> {
	const context = await browser.newContext({
		viewport: VIEWPORT,
		deviceScaleFactor: 1.75,
		isMobile: true,
		hasTouch: true
	});
	try {
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		await page.addInitScript({ content: OBSERVER_SCRIPT });
		await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
		await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => {});
		await page.waitForTimeout(1500);
		const options = {
			speed: SCROLL_SPEED_PX_PER_S,
			minMs: SCROLL_MIN_MS,
			maxMs: SCROLL_MAX_MS,
			maxFrames: SCROLL_MAX_FRAMES
		};
		const run = (await withTimeout(
			page.evaluate(`(${SCROLL_SCRIPT})(${JSON.stringify(options)})`),
			SCROLL_MAX_MS + 30_000,
			'The scroll'
		)) as {
			start: number;
			end: number;
			intervals: number[];
			scrollHeight: number;
			scrolled: number;
			reachedBottom: boolean;
		};
		await page.waitForTimeout(500);
		const collected = (await page.evaluate('window.__bench')) as {
			shifts: Array<{
				value: number;
				hadRecentInput: boolean;
				startTime: number;
				sources: string[];
			}>;
			loafs: Array<{
				startTime: number;
				duration: number;
				blockingDuration: number;
				script: string;
			}>;
			loafSupported: boolean;
		};
		const shifts = collected.shifts.filter((s) => !s.hadRecentInput);
		const sum = (xs: Array<{ value: number }>) => xs.reduce((s, x) => s + x.value, 0);
		const loafScroll = collected.loafs.filter((l) => l.startTime + l.duration >= run.start);
		const loafLoad = collected.loafs.filter((l) => l.startTime + l.duration < run.start);
		const sorted = [...run.intervals].sort((a, b) => a - b);
		return {
			scrollHeight: run.scrollHeight,
			scrolledPx: run.scrolled,
			durationMs: run.end - run.start,
			frames: run.intervals.length,
			reachedBottom: run.reachedBottom,
			p50FrameMs: percentile(sorted, 50),
			p95FrameMs: percentile(sorted, 95),
			maxFrameMs: sorted.length ? sorted[sorted.length - 1] : NaN,
			framesOver33ms: sorted.filter((x) => x > TARGETS.maxFrameMs).length,
			clsLoad: sum(shifts.filter((s) => s.startTime < run.start)),
			clsScroll: sum(shifts.filter((s) => s.startTime >= run.start)),
			loafLoad: loafLoad.length,
			loafScroll: loafScroll.length,
			loafMaxMs: Math.max(0, ...loafScroll.map((l) => l.duration)),
			loafSupported: collected.loafSupported,
			loafTop: loafScroll
				.sort((a, b) => b.duration - a.duration)
				.slice(0, 5)
				.map((l) => ({
					durationMs: Math.round(l.duration),
					blockingMs: Math.round(l.blockingDuration),
					script: l.script
				})),
			shifts: shifts.map((s) => ({ value: s.value, startTime: s.startTime, sources: s.sources }))
		};
	} finally {
		await context.close();
	}
}

// ---------------------------------------------------------------------------------------------
// Report

interface Row {
	measure: string;
	target: string;
	ours: string;
	floor: string;
	ratio: string;
	met: string;
}

const fmtKb = (bytes: number) => kb(bytes);
const fmtMs = (ms: number) => (Number.isFinite(ms) ? `${Math.round(ms)} ms` : 'n/a');
const fmtS = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : 'n/a');
const fmtRatio = (ours: number, floor: number) =>
	Number.isFinite(ours) && Number.isFinite(floor) && floor !== 0
		? `${(ours / floor).toFixed(2)}×`
		: '–';
const fmtSpread = (s: Spread, f: (x: number) => string) =>
	Number.isFinite(s.median) ? `${f(s.median)} (${f(s.min)}–${f(s.max)})` : 'n/a';
const yes = (ok: boolean | null) => (ok === null ? '–' : ok ? 'yes' : 'NO');

function printTable(rows: Row[]) {
	const headers: Row = {
		measure: 'measure',
		target: 'target',
		ours: 'ours',
		floor: 'empty floor',
		ratio: 'ratio to floor',
		met: 'met?'
	};
	const keys = Object.keys(headers) as Array<keyof Row>;
	const widths = keys.map((k) => Math.max(headers[k].length, ...rows.map((r) => r[k].length)));
	const line = (r: Row) => `| ${keys.map((k, i) => r[k].padEnd(widths[i])).join(' | ')} |`;
	console.log(line(headers));
	console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
	for (const r of rows) console.log(line(r));
}

function routeSummary(r: PageJs) {
	return {
		html: r.html,
		htmlRaw: r.htmlRaw,
		htmlGzip: r.htmlGzip,
		firstView: { raw: r.firstView.raw, gzip: r.firstView.gzip, files: r.firstView.files },
		fullScroll: { raw: r.fullScroll.raw, gzip: r.fullScroll.gzip, files: r.fullScroll.files },
		htmlBrotli: r.htmlBrotli
	};
}

// ---------------------------------------------------------------------------------------------

async function main() {
	mkdirSync(OUT, { recursive: true });
	const started = Date.now();

	let buildMs = NaN;
	let emptyBuildMs = NaN;
	if (SKIP_BUILD) {
		log('--skip-build: measuring the existing builds (no build times)');
	} else {
		buildMs = await buildSite();
		emptyBuildMs = await buildEmpty();
	}
	for (const [dir, how] of [
		[BUILD, 'npm run build'],
		[EMPTY_BUILD, 'npm run bench (without --skip-build)']
	]) {
		if (!existsSync(join(dir, 'index.html')))
			throw new Error(`${dir}/index.html is missing: run ${how}`);
	}

	// Sizes
	const story = measurePage(BUILD, 'index.html');
	const embeds = embedPages(BUILD).map((page) => measurePage(BUILD, page));
	const empty = measurePage(EMPTY_BUILD, 'index.html');
	log(
		`sizes: story first view ${fmtKb(story.firstView.gzip)}, full scroll ${fmtKb(story.fullScroll.gzip)}, ` +
			`html ${fmtKb(story.htmlGzip)}; empty ${fmtKb(empty.firstView.gzip)}`
	);

	// Servers
	const site = await serveStatic(BUILD, { port: 0, gzip: true });
	cleanups.push(() => site.close());
	const floor: StaticServer = await serveStatic(EMPTY_BUILD, { port: 0, gzip: true });
	cleanups.push(() => floor.close());
	const storyUrl = `${site.origin}/`;
	const emptyUrl = `${floor.origin}/`;

	let lhOurs: LighthouseSummary | null = null;
	let lhFloor: LighthouseSummary | null = null;
	if (DO_LIGHTHOUSE) {
		log(`lighthouse (${LH_RUNS} runs each, mobile preset, simulated throttling)…`);
		lhOurs = await lighthouseSeries('story', storyUrl);
		lhFloor = await lighthouseSeries('empty', emptyUrl);
	}

	let scrollOurs: ScrollStats | null = null;
	let scrollFloor: ScrollStats | null = null;
	let chromiumVersion = '';
	if (DO_SCROLL) {
		log('scroll at 4× CPU slowdown, 412×823…');
		const browser = await launchChromium(chromium);
		const closeBrowser = () => browser.close();
		cleanups.push(closeBrowser);
		chromiumVersion = browser.version();
		scrollOurs = await measureScroll(browser, storyUrl);
		scrollFloor = await measureScroll(browser, emptyUrl);
		log(
			`  story: ${scrollOurs.frames} frames over ${Math.round(scrollOurs.scrolledPx)} px, ` +
				`p95 ${scrollOurs.p95FrameMs.toFixed(1)} ms, max ${scrollOurs.maxFrameMs.toFixed(1)} ms`
		);
		cleanups.splice(cleanups.indexOf(closeBrowser), 1);
		await browser.close();
	}

	// Table
	const rows: Row[] = [];
	const sizeRow = (measure: string, target: number, ours: number, floorBytes: number) =>
		rows.push({
			measure,
			target: `≤ ${fmtKb(target)}`,
			ours: fmtKb(ours),
			floor: fmtKb(floorBytes),
			ratio: fmtRatio(ours, floorBytes),
			met: yes(ours <= target)
		});
	sizeRow('JS at first view (gz)', TARGETS.firstViewJs, story.firstView.gzip, empty.firstView.gzip);
	sizeRow(
		'JS over a full scroll (gz)',
		TARGETS.fullScrollJs,
		story.fullScroll.gzip,
		empty.fullScroll.gzip
	);
	for (const e of embeds) {
		sizeRow(`JS of ${e.html} (gz)`, TARGETS.embedJs, e.fullScroll.gzip, empty.fullScroll.gzip);
	}
	sizeRow('index.html (gz)', TARGETS.html, story.htmlGzip, empty.htmlGzip);

	if (lhOurs && lhFloor) {
		for (const [key, label] of [
			['performance', 'Lighthouse performance'],
			['accessibility', 'Lighthouse accessibility'],
			['bestPractices', 'Lighthouse best practices'],
			['seo', 'Lighthouse SEO']
		] as const) {
			const o = lhOurs[key];
			const f = lhFloor[key];
			rows.push({
				measure: `${label} (median, min–max)`,
				target: '100',
				ours: fmtSpread(o, String),
				floor: fmtSpread(f, String),
				ratio: fmtRatio(o.median, f.median),
				met: yes(Number.isFinite(o.median) ? o.median >= TARGETS.score : false)
			});
		}
		rows.push({
			measure: 'LCP, simulated mobile (median)',
			target: '≤ 1.0 s',
			ours: fmtSpread(lhOurs.lcpMs, fmtS),
			floor: fmtSpread(lhFloor.lcpMs, fmtS),
			ratio: fmtRatio(lhOurs.lcpMs.median, lhFloor.lcpMs.median),
			met: yes(lhOurs.lcpMs.median <= TARGETS.lcpMs)
		});
		rows.push({
			measure: 'CLS at load, Lighthouse (median)',
			target: '0',
			ours: fmtSpread(lhOurs.cls, (x) => x.toFixed(3)),
			floor: fmtSpread(lhFloor.cls, (x) => x.toFixed(3)),
			ratio: fmtRatio(lhOurs.cls.median, lhFloor.cls.median),
			met: yes(lhOurs.cls.max === 0)
		});
		rows.push({
			measure: 'TBT, simulated mobile (median)',
			target: '–',
			ours: fmtSpread(lhOurs.tbtMs, fmtMs),
			floor: fmtSpread(lhFloor.tbtMs, fmtMs),
			ratio: fmtRatio(lhOurs.tbtMs.median, lhFloor.tbtMs.median),
			met: '–'
		});
	}
	if (scrollOurs && scrollFloor) {
		const s = scrollOurs;
		const f = scrollFloor;
		rows.push({
			measure: 'CLS at load, 4× CPU (sum of shifts)',
			target: '0',
			ours: s.clsLoad.toFixed(4),
			floor: f.clsLoad.toFixed(4),
			ratio: fmtRatio(s.clsLoad, f.clsLoad),
			met: yes(s.clsLoad === 0)
		});
		rows.push({
			measure: 'CLS during a full scroll',
			target: '0',
			ours: s.clsScroll.toFixed(4),
			floor: f.clsScroll.toFixed(4),
			ratio: fmtRatio(s.clsScroll, f.clsScroll),
			met: yes(s.clsScroll === 0 && s.reachedBottom)
		});
		const frameRow = (
			measure: string,
			target: string,
			o: number,
			fl: number,
			met: boolean | null
		) =>
			rows.push({
				measure,
				target,
				ours: `${o.toFixed(1)} ms`,
				floor: `${fl.toFixed(1)} ms`,
				ratio: fmtRatio(o, fl),
				met: yes(met)
			});
		frameRow('scroll frame interval p50', '–', s.p50FrameMs, f.p50FrameMs, null);
		frameRow(
			'scroll frame interval p95',
			'≤ 16.7 ms',
			s.p95FrameMs,
			f.p95FrameMs,
			s.p95FrameMs <= TARGETS.p95FrameMs
		);
		frameRow(
			'scroll frame interval max',
			'≤ 33 ms',
			s.maxFrameMs,
			f.maxFrameMs,
			s.maxFrameMs <= TARGETS.maxFrameMs
		);
		rows.push({
			measure: 'scroll frames > 33 ms',
			target: '0',
			ours: `${s.framesOver33ms} of ${s.frames}`,
			floor: `${f.framesOver33ms} of ${f.frames}`,
			ratio: '–',
			met: yes(s.framesOver33ms === 0)
		});
		rows.push({
			measure: 'long animation frames during scroll',
			target: '0',
			ours: s.loafSupported ? String(s.loafScroll) : 'unsupported',
			floor: f.loafSupported ? String(f.loafScroll) : 'unsupported',
			ratio: '–',
			met: yes(s.loafSupported ? s.loafScroll === 0 : null)
		});
	}
	rows.push({
		measure: 'build from clean (ours: npm run build; floor: vite build)',
		target: '≤ 15 s',
		ours: fmtS(buildMs),
		floor: fmtS(emptyBuildMs),
		ratio: fmtRatio(buildMs, emptyBuildMs),
		met: Number.isFinite(buildMs) ? yes(buildMs <= TARGETS.buildMs) : '–'
	});

	console.log('');
	printTable(rows);
	console.log('');
	console.log('biggest JS files at first view (story):');
	for (const f of story.firstView.files.slice(0, 6)) {
		console.log(`  ${f.file}  ${fmtKb(f.gzip)} gz (${fmtKb(f.raw)} raw)`);
	}
	if (lhOurs && Object.keys(lhOurs.failing).length) {
		console.log(`Lighthouse audits below 1 on the story (of ${lhOurs.runs.length} runs):`);
		for (const [id, { runs, minScore }] of Object.entries(lhOurs.failing)) {
			console.log(`  ${id}: ${runs} runs, lowest score ${minScore}`);
		}
	}
	if (scrollOurs?.shifts.length) {
		const bySource = new Map<string, number>();
		for (const shift of scrollOurs.shifts) {
			for (const source of new Set(shift.sources)) {
				bySource.set(source, (bySource.get(source) ?? 0) + shift.value);
			}
		}
		console.log(
			`layout shifts on the story: ${scrollOurs.shifts.length}; elements that moved (summed score of the shifts they were in):`
		);
		for (const [source, value] of [...bySource].sort((a, b) => b[1] - a[1]).slice(0, 6)) {
			console.log(`  ${source}  ${value.toFixed(4)}`);
		}
	}
	if (scrollOurs?.loafTop.length) {
		console.log('longest animation frames during the scroll (story):');
		for (const l of scrollOurs.loafTop) {
			console.log(`  ${l.durationMs} ms (blocking ${l.blockingMs} ms) ${l.script}`);
		}
	}
	if (scrollOurs && !scrollOurs.reachedBottom) {
		console.log(
			`note: the scroll stopped at ${Math.round(scrollOurs.scrolledPx)} px of ${scrollOurs.scrollHeight}`
		);
	}

	const cpus = os.cpus();
	const lhPackage = JSON.parse(
		readFileSync(join(ROOT, 'node_modules', 'lighthouse', 'package.json'), 'utf8')
	) as { version: string };
	const results = {
		timestamp: new Date().toISOString(),
		durationS: Math.round((Date.now() - started) / 1000),
		machine: {
			cpu: cpus[0]?.model ?? 'unknown',
			cores: cpus.length,
			memoryGb: Math.round(os.totalmem() / 1024 ** 3),
			os: `${os.type()} ${os.release()} ${os.arch()}`,
			node: process.version,
			chromium: chromiumVersion || null,
			lighthouse: lhPackage.version
		},
		settings: {
			lighthouseRuns: LH_RUNS,
			lighthouseConfig: 'default (mobile form factor, simulated throttling)',
			scroll: {
				viewport: VIEWPORT,
				deviceScaleFactor: 1.75,
				cpuThrottlingRate: 4,
				speedPxPerS: SCROLL_SPEED_PX_PER_S,
				method: 'window.scrollTo in requestAnimationFrame steps'
			},
			served: 'build/ over http://127.0.0.1 with gzip level 9 (tests/static-server.ts)',
			gzip: 'zlib level 9, per file'
		},
		targets: TARGETS,
		table: rows,
		ours: {
			buildMs,
			story: routeSummary(story),
			embeds: embeds.map(routeSummary),
			lighthouse: lhOurs,
			scroll: scrollOurs
		},
		floor: {
			buildMs: emptyBuildMs,
			page: routeSummary(empty),
			lighthouse: lhFloor,
			scroll: scrollFloor
		}
	};
	writeFileSync(RESULTS, JSON.stringify(results, null, '\t') + '\n');
	log(`wrote ${RESULTS} (${results.durationS} s)`);
}

try {
	await main();
} catch (error) {
	console.error(error instanceof Error ? (error.stack ?? error.message) : error);
	process.exitCode = 1;
} finally {
	await cleanupAll();
	log('done');
}
