// What the benchmark emulates and the targets it checks (issue 9, "Targets"). 1 KB = 1024 bytes.
import type { BrowserContextOptions } from 'playwright-core';

/** The phone of Lighthouse's mobile preset (Moto G Power): 412×823 CSS px at 1.75×, touch. */
export const MOBILE: BrowserContextOptions = {
	viewport: { width: 412, height: 823 },
	deviceScaleFactor: 1.75,
	isMobile: true,
	hasTouch: true
};

const KB = 1024;

export const TARGETS = {
	/** Script bytes before any scrolling, inline <script> elements (data blocks too) included. */
	firstViewScriptBytes: 32 * KB,
	/** The same after scrolling to the bottom. */
	fullScrollScriptBytes: 40 * KB,
	/** Script bytes of each embed page (full visit). */
	embedScriptBytes: 2 * KB,
	/** index.html, brotli quality 11: the first view in one round trip. */
	htmlBrotliBytes: 14.3 * KB,
	/** Lighthouse score in each of the four categories (median of the runs). */
	score: 100,
	/** Simulated LCP, median, as a multiple of the no-JS floor's median. */
	lcpToFloor: 1.1,
	tbtMs: 30,
	cls: 0,
	/**
	 * Frames over 20 ms while scrolling at 4× CPU, median: at most this multiple of the no-JS floor's
	 * median, or `slowFramesFloorMin` when that is more (issue 22: a quiet floor drops none).
	 */
	slowFramesToFloor: 2,
	slowFramesFloorMin: 6,
	buildMs: 15_000
};
