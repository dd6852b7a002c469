// Scroll frames: a scripted scroll of the whole page at 4× CPU slowdown (CDP
// Emulation.setCPUThrottlingRate) in a 412×823 viewport, after the page has settled. Counts the
// frames over 20 ms (intervals between requestAnimationFrame timestamps) and the long animation
// frames (long-animation-frame entries, with the scripts that took the time), and the layout shifts.
// Runs are interleaved between the pages (story, no-JS floor, story, …).
import { median } from 'd3-array';
import type { Browser } from 'playwright-core';
import { settle, trackRequests } from '../tools/page-settle.ts';
import { withTimeout } from './cleanup.ts';
import { log } from './log.ts';
import { busy, otherCpuSeconds } from './machine-load.ts';
import { MOBILE } from './settings.ts';
import { OBSERVER_SCRIPT, SCROLL_SCRIPT } from './scroll-in-page.ts';
import { spreadOf, type Spread } from './stats.ts';

export const SCROLL = {
	cpuSlowdown: 4,
	slowFrameMs: 20,
	speedPxPerS: 1500,
	/** Frames are timed for at least this long, also on a page too short to scroll. */
	minMs: 3000,
	maxMs: 60_000
};

export interface LongFrame {
	startMs: number;
	durationMs: number;
	blockingMs: number;
	styleAndLayoutMs: number;
	scripts: Array<{ invoker: string; source: string; durationMs: number; forcedLayoutMs: number }>;
}

export interface ScrollRun {
	scrollHeight: number;
	scrolledPx: number;
	reachedBottom: boolean;
	durationMs: number;
	frames: number;
	framesOver20ms: number;
	medianFrameMs: number;
	maxFrameMs: number;
	/** Long animation frames (≥ 50 ms) during the scroll, longest first. */
	longFrames: LongFrame[];
	loafSupported: boolean;
	/** Layout shifts (sum of scores, no recent input) from navigation to the scroll, and during it. */
	clsLoad: number;
	clsScroll: number;
	shiftSources: string[];
	/** CPU seconds other processes on the machine used during this run. */
	otherCpuS: number;
}

export interface ScrollSummary {
	runs: ScrollRun[];
	errors: string[];
	framesOver20ms: Spread;
	longFrames: Spread;
	frames: Spread;
	clsScroll: Spread;
	clsLoad: Spread;
}

interface InPage {
	shifts: Array<{ value: number; startTime: number; sources: string[] }>;
	loafs: Array<{
		startTime: number;
		duration: number;
		blockingDuration: number;
		styleAndLayoutMs: number;
		scripts: LongFrame['scripts'];
	}>;
	loafSupported: boolean;
}

async function scrollOnce(browser: Browser, url: string): Promise<ScrollRun> {
	const otherBefore = otherCpuSeconds();
	const context = await browser.newContext(MOBILE);
	try {
		const requests = trackRequests(context);
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: SCROLL.cpuSlowdown });
		await page.addInitScript({ content: OBSERVER_SCRIPT });
		await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
		await settle(page, requests, { maxMs: 30_000 });
		const options = { speed: SCROLL.speedPxPerS, minMs: SCROLL.minMs, maxMs: SCROLL.maxMs };
		const run = (await withTimeout(
			page.evaluate(`(${SCROLL_SCRIPT})(${JSON.stringify(options)})`),
			SCROLL.maxMs + 30_000,
			'The scroll'
		)) as { stamps: number[]; scrollHeight: number; scrolled: number; reachedBottom: boolean };
		await page.waitForTimeout(500);
		const seen = (await page.evaluate('window.__bench')) as InPage;
		const start = run.stamps[0];
		const end = run.stamps[run.stamps.length - 1];
		const intervals = run.stamps.slice(1).map((t, i) => t - run.stamps[i]);
		const sum = (xs: Array<{ value: number }>) => xs.reduce((s, x) => s + x.value, 0);
		const duringScroll = seen.loafs.filter((l) => l.startTime + l.duration >= start);
		return {
			scrollHeight: run.scrollHeight,
			scrolledPx: run.scrolled,
			reachedBottom: run.reachedBottom,
			durationMs: end - start,
			frames: intervals.length,
			framesOver20ms: intervals.filter((ms) => ms > SCROLL.slowFrameMs).length,
			medianFrameMs: median(intervals) ?? NaN,
			maxFrameMs: Math.max(0, ...intervals),
			longFrames: duringScroll
				.sort((a, b) => b.duration - a.duration)
				.map((l) => ({
					startMs: Math.round(l.startTime - start),
					durationMs: Math.round(l.duration),
					blockingMs: Math.round(l.blockingDuration),
					styleAndLayoutMs: Math.round(l.styleAndLayoutMs),
					scripts: l.scripts.map((s) => ({
						...s,
						durationMs: Math.round(s.durationMs),
						forcedLayoutMs: Math.round(s.forcedLayoutMs)
					}))
				})),
			loafSupported: seen.loafSupported,
			clsLoad: sum(seen.shifts.filter((s) => s.startTime < start)),
			clsScroll: sum(seen.shifts.filter((s) => s.startTime >= start)),
			shiftSources: [...new Set(seen.shifts.flatMap((s) => s.sources))],
			otherCpuS: Math.round((otherCpuSeconds() - otherBefore) * 10) / 10
		};
	} finally {
		await context.close();
	}
}

/** `runs` rounds; in each, every page scrolled once, in the order given. Keyed by page label. */
export async function scrollInterleaved<K extends string>(
	browser: Browser,
	pages: Record<K, string>,
	runs: number
): Promise<Record<K, ScrollSummary>> {
	const labels = Object.keys(pages) as K[];
	const done = new Map(
		labels.map((label) => [label, { runs: [] as ScrollRun[], errors: [] as string[] }])
	);
	for (let i = 1; i <= runs; i++) {
		for (const label of labels) {
			const into = done.get(label)!;
			try {
				const r = await scrollOnce(browser, pages[label]);
				into.runs.push(r);
				log(
					`  scroll ${i}/${runs} ${label}: ${r.framesOver20ms} of ${r.frames} frames over ` +
						`${SCROLL.slowFrameMs} ms, ${r.longFrames.length} long animation frames, ` +
						`${Math.round(r.scrolledPx)} px in ${(r.durationMs / 1000).toFixed(1)} s${busy(r.otherCpuS)}`
				);
			} catch (error) {
				const message = error instanceof Error ? error.message : String(error);
				into.errors.push(message);
				console.error(`  scroll ${i}/${runs} ${label} failed: ${message}`);
			}
		}
	}
	return Object.fromEntries(
		labels.map((label) => {
			const { runs: rs, errors } = done.get(label)!;
			const summary: ScrollSummary = {
				runs: rs,
				errors,
				framesOver20ms: spreadOf(rs, (r) => r.framesOver20ms),
				longFrames: spreadOf(rs, (r) => r.longFrames.length),
				frames: spreadOf(rs, (r) => r.frames),
				clsScroll: spreadOf(rs, (r) => r.clsScroll),
				clsLoad: spreadOf(rs, (r) => r.clsLoad)
			};
			return [label, summary];
		})
	) as Record<K, ScrollSummary>;
}
