// Lighthouse 12.8 (default config: mobile preset, simulated throttling), N runs of each page,
// interleaved (story, no-JS floor, empty page, story, …) so that machine noise hits all alike.
// Each run gets a fresh Chromium from chrome-launcher (tools/chrome-launch.ts).
import type { Result } from 'lighthouse';
import { killAllDebugChromes, launchDebugChrome } from '../tools/chrome-launch.ts';
import { onCleanup, withTimeout } from './cleanup.ts';
import { log } from './log.ts';
import { busy, otherCpuSeconds } from './machine-load.ts';
import { spreadOf, type Spread } from './stats.ts';

const LH_TIMEOUT_MS = 120_000;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** What a run's trace says takes time (from Lighthouse's diagnostics). */
export interface Diagnostics {
	/** Main-thread time by kind of work (ms). */
	mainThread: Record<string, number>;
	/** CPU time per script URL (ms): total and evaluation. */
	bootup: Array<{ url: string; totalMs: number; scriptingMs: number }>;
	longTasks: Array<{ url: string; startMs: number; durationMs: number }>;
	lcpElement: string;
	/** LCP phases (simulated), ms. */
	lcpPhases: Record<string, number>;
}

export interface LighthouseRun {
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
	diagnostics: Diagnostics;
	/** CPU seconds other processes on the machine used during this run. */
	otherCpuS: number;
}

export interface LighthouseSummary {
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
}

type Row = Record<string, unknown>;

function tableItems(lhr: Result, id: string): Row[] {
	const details = lhr.audits[id]?.details as { type?: string; items?: Row[] } | undefined;
	if (!details?.items) return [];
	if (details.type === 'list') {
		return details.items.flatMap((item) => (item as { items?: Row[] }).items ?? []);
	}
	return details.items;
}

function diagnostics(lhr: Result, origin: string): Diagnostics {
	const short = (url: unknown) => String(url ?? '').replace(origin, '') || '/';
	const ms = (x: unknown) => Math.round(Number(x));
	const lcpItems = tableItems(lhr, 'largest-contentful-paint-element');
	const node = lcpItems.find((i) => i.node)?.node as { selector?: string } | undefined;
	return {
		mainThread: Object.fromEntries(
			tableItems(lhr, 'mainthread-work-breakdown').map((i) => [i.groupLabel, ms(i.duration)])
		),
		bootup: tableItems(lhr, 'bootup-time').map((i) => ({
			url: short(i.url),
			totalMs: ms(i.total),
			scriptingMs: ms(i.scripting)
		})),
		longTasks: tableItems(lhr, 'long-tasks').map((i) => ({
			url: short(i.url),
			startMs: ms(i.startTime),
			durationMs: ms(i.duration)
		})),
		lcpElement: node?.selector ?? '',
		lcpPhases: Object.fromEntries(
			lcpItems.filter((i) => i.phase).map((i) => [i.phase, ms(i.timing)])
		)
	};
}

async function lighthouseOnce(url: string): Promise<LighthouseRun> {
	const otherBefore = otherCpuSeconds();
	const { default: lighthouse } = await import('lighthouse');
	const chrome = await launchDebugChrome();
	const close = onCleanup(() => chrome.close());
	try {
		const run = lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: CATEGORIES
		});
		const lhr = (await withTimeout(run, LH_TIMEOUT_MS, 'Lighthouse'))?.lhr;
		if (!lhr) throw new Error('Lighthouse returned no result');
		if (lhr.runtimeError) {
			throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
		}
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
			warnings: lhr.runWarnings ?? [],
			diagnostics: diagnostics(lhr, new URL(url).origin),
			otherCpuS: Math.round((otherCpuSeconds() - otherBefore) * 10) / 10
		};
	} finally {
		await close();
	}
}

function summarize(runs: LighthouseRun[], errors: string[]): LighthouseSummary {
	const of = (pick: (r: LighthouseRun) => number) => spreadOf(runs, pick);
	return {
		runs,
		errors,
		performance: of((r) => r.performance),
		accessibility: of((r) => r.accessibility),
		bestPractices: of((r) => r.bestPractices),
		seo: of((r) => r.seo),
		lcpMs: of((r) => r.lcpMs),
		fcpMs: of((r) => r.fcpMs),
		cls: of((r) => r.cls),
		tbtMs: of((r) => r.tbtMs),
		speedIndexMs: of((r) => r.speedIndexMs)
	};
}

/** `runs` rounds; in each, every page once, in the order given. Keyed by page label. */
export async function lighthouseInterleaved<K extends string>(
	pages: Record<K, string>,
	runs: number
): Promise<Record<K, LighthouseSummary>> {
	const labels = Object.keys(pages) as K[];
	// Covers a Chromium that is still starting when the benchmark is interrupted.
	const stopAll = onCleanup(killAllDebugChromes);
	const done = new Map<K, { runs: LighthouseRun[]; errors: string[] }>(
		labels.map((label) => [label, { runs: [], errors: [] }])
	);
	for (let i = 1; i <= runs; i++) {
		for (const label of labels) {
			const into = done.get(label)!;
			const start = Date.now();
			try {
				const r = await lighthouseOnce(pages[label]);
				into.runs.push(r);
				log(
					`  lighthouse ${i}/${runs} ${label}: perf ${r.performance} a11y ${r.accessibility} ` +
						`bp ${r.bestPractices} seo ${r.seo} LCP ${Math.round(r.lcpMs)} ms ` +
						`TBT ${Math.round(r.tbtMs)} ms CLS ${r.cls.toFixed(3)} (${Math.round((Date.now() - start) / 1000)} s${busy(r.otherCpuS)})`
				);
			} catch (error) {
				const message = error instanceof Error ? error.message : String(error);
				into.errors.push(message);
				console.error(`  lighthouse ${i}/${runs} ${label} failed: ${message}`);
			}
		}
	}
	await stopAll();
	return Object.fromEntries(
		labels.map((label) => [label, summarize(done.get(label)!.runs, done.get(label)!.errors)])
	) as Record<K, LighthouseSummary>;
}
