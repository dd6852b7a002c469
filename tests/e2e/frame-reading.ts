// Reading an embed's iframe in a host page: does it fit its content, and has its height settled?
import { expect } from 'vitest';
import type { Frame, Page } from 'playwright-core';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `read` until it returns a truthy value, or fails with `message()` after `timeout` ms. */
export async function until<T>(
	read: () => Promise<T>,
	message: () => string,
	timeout = 10_000
): Promise<NonNullable<T>> {
	const end = Date.now() + timeout;
	for (;;) {
		const value = await read();
		if (value) return value as NonNullable<T>;
		if (Date.now() > end) throw new Error(`timed out: ${message()}`);
		await sleep(100);
	}
}

/** Waits for the page's frame whose URL starts with `prefix`, loaded. */
export async function frameOf(page: Page, prefix: string): Promise<Frame> {
	for (let i = 0; i < 100; i++) {
		const frame = page.frames().find((f) => f.url().startsWith(prefix));
		if (frame) {
			await frame.waitForLoadState('load');
			return frame;
		}
		await sleep(100);
	}
	throw new Error(`no frame for ${prefix}`);
}

export interface Reading {
	/** The iframe's rendered height in the host page. */
	iframe: number;
	/** The height attribute the resizer set. */
	attr: string | null;
	/** document.documentElement.scrollHeight inside the frame. */
	scroll: number;
	/** window.innerHeight inside the frame. */
	inner: number;
	/** Where the embed's content really ends (bottom of <main> plus the margins, paddings below it). */
	content: number;
}

/**
 * Runs inside the embed's frame (self-contained, so any driver can send it): its scroll height,
 * its viewport height, and where its content really ends (the bottom of <main> plus the margins,
 * paddings and borders below it).
 */
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
	return {
		scroll: document.documentElement.scrollHeight,
		inner: window.innerHeight,
		content: main.getBoundingClientRect().bottom + window.scrollY + below
	};
}

export async function read(page: Page, frame: Frame): Promise<Reading> {
	const { iframe, attr } = await page.evaluate(() => {
		const el = document.querySelector('iframe')!;
		return { iframe: el.getBoundingClientRect().height, attr: el.getAttribute('height') };
	});
	const inside = await frame.evaluate(frameInside);
	return { iframe, attr, ...inside };
}

/** Reads until two readings 300 ms apart agree (the height has settled). */
export async function settle(page: Page, frame: Frame, timeout = 10_000): Promise<Reading> {
	const end = Date.now() + timeout;
	let prev = await read(page, frame);
	for (;;) {
		await sleep(300);
		const next = await read(page, frame);
		if (next.iframe > 0 && JSON.stringify(next) === JSON.stringify(prev)) return next;
		if (Date.now() > end) {
			throw new Error(
				`iframe height did not settle in ${timeout} ms: ${JSON.stringify(prev)} → ${JSON.stringify(next)}`
			);
		}
		prev = next;
	}
}

/** The iframe fits its content: no clipping or inner scroll, no gap. */
export function expectFits(r: Reading, label: string) {
	const info = `${label}: ${JSON.stringify(r)}`;
	expect(r.iframe, `iframe has a height (${info})`).toBeGreaterThan(50);
	expect(
		Math.abs(r.iframe - r.scroll),
		`iframe height matches the embedded document's scrollHeight (${info})`
	).toBeLessThanOrEqual(4);
	expect(
		r.scroll,
		`no inner scroll / clipping: scrollHeight <= innerHeight + 1 (${info})`
	).toBeLessThanOrEqual(r.inner + 1);
	expect(r.iframe, `no gap below the content (${info})`).toBeLessThanOrEqual(r.content + 4);
	expect(r.iframe, `content not clipped (${info})`).toBeGreaterThanOrEqual(r.content - 1);
}
