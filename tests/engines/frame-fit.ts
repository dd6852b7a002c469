// Reading an embed's iframes in a host page, through the adapter: does each fit its content, and has
// its height settled? Settled is a condition, not a pause: the responsive frame reports its height
// (@newswire/frames sends documentElement.offsetHeight) and the host page sets it; it has settled
// when the host's height attribute is the height the frame has now, in two readings in a row. (Two
// equal readings some time apart are not enough: on a loaded machine the frame's report can lag a
// resize by more than any such gap, and two readings of the old height agree while the frame's
// content already has its new height.)
import { expect } from 'vitest';
import type { Page } from './driver/index.ts';
import { PATIENCE, until } from './story-steps.ts';

export const FRAMES = { responsive: '#responsive iframe', fixed: '#fixed iframe' } as const;
type Which = (typeof FRAMES)[keyof typeof FRAMES];

export interface Reading {
	/** The iframe's height in the host page, and the height attribute it was given. */
	iframe: number;
	attr: number;
	/** Inside the frame: the height it reports (offsetHeight), its scroll height, its viewport. */
	offset: number;
	scroll: number;
	inner: number;
	/** Where its content really ends: the bottom of <main> plus the margins, paddings and borders
	 *  below it. */
	content: number;
	/** How far, in px, any of the page's content reaches past the frame's bottom, or the chart's
	 *  past its own box (what a fixed frame would clip or scroll); 0 when all of it is in. */
	clipped: number;
}

/** In the frame (self-contained, so any engine's driver can send it). */
export function frameInside() {
	const px = (v: string) => parseFloat(v) || 0;
	const main = document.querySelector('main')!;
	const [m, b, h] = [main, document.body, document.documentElement].map((el) =>
		getComputedStyle(el)
	);
	const below =
		px(m.marginBottom) +
		px(b.paddingBottom) +
		px(b.borderBottomWidth) +
		px(b.marginBottom) +
		px(h.paddingBottom) +
		px(h.borderBottomWidth);
	const chart = main.querySelector<HTMLElement>(':scope > [data-chart]');
	const chartBottom = chart ? chart.getBoundingClientRect().bottom : Infinity;
	let clipped = 0;
	for (const el of main.querySelectorAll('*')) {
		const r = el.getBoundingClientRect();
		// Not laid out, or hidden on purpose: a closed <details>' panel, what a box of the chart
		// clips by design (the map's labels beyond its edge).
		if (!r.width && !r.height) continue;
		if (el.closest('details:not([open]) > :not(summary)')) continue;
		let inClip = false;
		for (let a = el.parentElement; a && a !== main; a = a.parentElement)
			if (getComputedStyle(a).overflowY !== 'visible') inClip = true;
		if (inClip) continue;
		clipped = Math.max(clipped, r.bottom - window.innerHeight);
		if (chart?.contains(el) && el !== chart) clipped = Math.max(clipped, r.bottom - chartBottom);
	}
	return {
		offset: document.documentElement.offsetHeight,
		scroll: document.documentElement.scrollHeight,
		inner: window.innerHeight,
		content: main.getBoundingClientRect().bottom + window.scrollY + below,
		clipped: Math.max(0, clipped)
	};
}

async function read(page: Page, selector: Which): Promise<Reading> {
	// Inside first: a frame that changes after this reading cannot have been matched by its host.
	const frame = await page.frameEvaluate(selector, frameInside);
	const host = await page.evaluate((sel) => {
		const f = document.querySelector(sel)!;
		return { iframe: f.getBoundingClientRect().height, attr: Number(f.getAttribute('height')) };
	}, selector);
	return { ...host, ...frame };
}

/**
 * Reads the frames until each has settled: the responsive one's host has set the height it reports
 * (and the frame has not changed since), the iframe-only one reads the same twice in a row.
 */
export async function settle(
	page: Page,
	which: Which[] = Object.values(FRAMES)
): Promise<Record<'responsive' | 'fixed', Reading>> {
	// One frame at a time: a WebDriver session has one current frame.
	const readAll = async () => {
		const out: Partial<Record<'responsive' | 'fixed', Reading>> = {};
		for (const sel of which)
			out[sel === FRAMES.responsive ? 'responsive' : 'fixed'] = await read(page, sel);
		return out as Record<'responsive' | 'fixed', Reading>;
	};
	let previous = await readAll();
	const done = await until(
		async () => {
			const now = await readAll();
			const same = JSON.stringify(now) === JSON.stringify(previous);
			previous = now;
			return { now, same };
		},
		({ now, same }) =>
			same &&
			(!now.responsive ||
				(now.responsive.attr === now.responsive.offset && now.responsive.iframe > 0)),
		'the frames’ heights settle (the responsive frame’s host has the height the frame reports)',
		2 * PATIENCE
	);
	return done.now;
}

/** Brings each frame into view (they are lazy) and waits until it has loaded its URL. */
export async function loadFrames(page: Page, urls: Partial<Record<Which, string>>) {
	// The lower one first, so that both load.
	for (const selector of [FRAMES.fixed, FRAMES.responsive]) {
		const url = urls[selector];
		if (!url) continue;
		await until(
			() =>
				page.evaluate((sel) => {
					document.querySelector(sel)?.scrollIntoView({ block: 'center' });
					return !!document.querySelector(sel);
				}, selector),
			(there) => there,
			`${selector} is in the page`
		);
		await until(
			() =>
				page
					.frameEvaluate(selector, () => `${location.href} ${document.readyState}`)
					.catch((x: Error) => x.message),
			(s) => s === `${url} complete`,
			`${selector} loads ${url}`,
			2 * PATIENCE
		);
	}
	await page.evaluate(() => window.scrollTo(0, 0));
}

/** The responsive iframe is exactly as tall as its content, without scrolling inside. */
export function expectFits(r: Reading, label: string) {
	const info = `${label}: ${JSON.stringify(r)}`;
	expect(Math.abs(r.iframe - r.scroll), `as tall as its document (${info})`).toBeLessThanOrEqual(4);
	expect(r.scroll, `no scrolling inside (${info})`).toBeLessThanOrEqual(r.inner + 1);
	expect(r.iframe, `no gap below the content (${info})`).toBeLessThanOrEqual(r.content + 4);
	expect(r.iframe, `content not clipped (${info})`).toBeGreaterThanOrEqual(r.content - 1);
}

/** A fixed frame's page (`?fit`) holds all of its content at the frame's height, unscrolled and
 *  unclipped. */
export function fitsFixed(f: Omit<Reading, 'iframe' | 'attr'>, info: string) {
	expect(f.content, `content fits (${info})`).toBeLessThanOrEqual(f.inner + 1);
	expect(f.scroll, `no scrolling inside (${info})`).toBeLessThanOrEqual(f.inner + 1);
	expect(f.clipped, `nothing past the frame or the chart's room (${info})`).toBeLessThanOrEqual(1);
}

/** The iframe-only snippet keeps the height it was given, which holds its content unscrolled. */
export function fixedFits(f: Reading, label: string) {
	const info = `iframe only, ${label}: ${JSON.stringify(f)}`;
	expect(f.iframe, `the height it was given (${info})`).toBe(f.attr);
	fitsFixed(f, info);
}
