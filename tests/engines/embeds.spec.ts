// Every embed snippet of every chart, pasted into a page on another origin, in every engine: the
// responsive one gives an iframe that fits its content at 1000, 360 and 1000 px, the iframe-only one
// (on the same host page) holds its content without an inner scrollbar at those widths; no error and
// no CSP violation in the host page or inside either frame. The snippets are the build's own
// (/embed/<id>/snippets.json, what the Embed control offers), with this site's origin and the light
// theme put in, as the control does.
import { describe, it, expect } from 'vitest';
import { useEngine } from './use-engine.ts';
import { useForeignHost } from '../e2e/foreign-host.ts';
import { frameInside } from '../e2e/frame-reading.ts';
import { ORIGIN_SLOT, THEME_SLOT } from '../../src/lib/embed/embed-snippet.ts';
import { collected } from './driver/collector.ts';
import { until } from './story-steps.ts';
import type { Page } from './driver/index.ts';

const e = useEngine();
const host = useForeignHost();
const charts = (await (await fetch(`${e.origin()}/data/charts.json`)).json()) as {
	id: string;
	embed_url: string;
}[];
const WIDTHS = [1000, 360, 1000];

interface Reading {
	/** The iframe's height in the host page, and the height it was given. */
	iframe: number;
	attr: number;
	/** Inside the frame: the document's scroll height, the frame's viewport, where <main> ends. */
	scroll: number;
	inner: number;
	content: number;
}

/** Reads the iframe that `selector` finds, from the host page and from inside. */
async function read(page: Page, selector: string): Promise<Reading> {
	const outside = await page.evaluate((sel) => {
		const f = document.querySelector(sel)!;
		return { iframe: f.getBoundingClientRect().height, attr: Number(f.getAttribute('height')) };
	}, selector);
	const inside = await page.frameEvaluate(selector, frameInside);
	return { ...outside, ...inside };
}

const FRAMES = { responsive: '#responsive iframe', fixed: '#fixed iframe' };

/** Reads both frames until two readings 200 ms apart agree: the heights have settled. */
async function settle(page: Page) {
	const both = async () => ({
		responsive: await read(page, FRAMES.responsive),
		fixed: await read(page, FRAMES.fixed)
	});
	let previous = await both();
	const settled = await until(
		async () => {
			await new Promise((r) => setTimeout(r, 200));
			const [before, now] = [previous, await both()];
			previous = now;
			return { now, same: JSON.stringify(before) === JSON.stringify(now) };
		},
		(r) => r.same && r.now.responsive.iframe > 0,
		'the iframe heights settle',
		10_000
	);
	return settled.now;
}

describe(`embed snippets on another origin (${e.engine})`, () => {
	for (const chart of charts) {
		it(`${chart.id}: both snippets, pasted in a page on another origin, fit at ${WIDTHS.join(', ')} px`, async () => {
			const templates = (await (
				await fetch(`${e.origin()}/embed/${chart.id}/snippets.json`)
			).json()) as Record<'responsive' | 'iframe', string>;
			const fill = (t: string) =>
				t.replaceAll(ORIGIN_SLOT, e.origin()).replaceAll(THEME_SLOT, 'light');
			const embed = `${e.origin()}${chart.embed_url}?theme=light`;
			for (const t of Object.values(templates)) expect(fill(t)).toContain(`"${embed}"`);
			// Each embed in a block of its own, as a CMS places them, with the host's text between.
			const url = await host.publish(
				`embeds-${chart.id}`,
				`<div id="responsive">${fill(templates.responsive)}</div>\n<p>Between the embeds.</p>\n` +
					`<div id="fixed">${fill(templates.iframe)}</div>`
			);
			const page = await e.open(url, { width: WIDTHS[0], height: 900 });
			// Both frames are lazy: bring the lower one into view once so that it loads too.
			for (const selector of [FRAMES.fixed, FRAMES.responsive]) {
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
					(s) => s === `${embed} complete`,
					`${selector} loads ${embed}`,
					15_000
				);
			}
			await page.evaluate(() => window.scrollTo(0, 0));
			const heights: number[] = [];
			for (const width of WIDTHS) {
				await page.setViewport(width, 900);
				const { responsive: r, fixed: f } = await settle(page);
				const info = (x: Reading) => `${chart.id} at ${width} px: ${JSON.stringify(x)}`;
				// Responsive: the iframe is exactly as tall as its content, without inner scrolling.
				expect(
					Math.abs(r.iframe - r.scroll),
					`as tall as its document (${info(r)})`
				).toBeLessThanOrEqual(4);
				expect(r.scroll, `no scrolling inside (${info(r)})`).toBeLessThanOrEqual(r.inner + 1);
				expect(r.iframe, `no gap below the content (${info(r)})`).toBeLessThanOrEqual(
					r.content + 4
				);
				expect(r.iframe, `content not clipped (${info(r)})`).toBeGreaterThanOrEqual(r.content - 1);
				heights.push(r.iframe);
				// Iframe only: its fixed height holds the content, without inner scrolling.
				expect(f.iframe, `iframe only: the height it was given (${info(f)})`).toBe(f.attr);
				expect(f.content, `iframe only: content fits (${info(f)})`).toBeLessThanOrEqual(
					f.inner + 1
				);
				expect(f.scroll, `iframe only: no scrolling inside (${info(f)})`).toBeLessThanOrEqual(
					f.inner + 1
				);
			}
			expect(Math.abs(heights[1] - heights[0]), `follows the width: ${heights}`).toBeGreaterThan(4);
			expect(Math.abs(heights[2] - heights[0]), `and back: ${heights}`).toBeLessThanOrEqual(4);
			for (const selector of Object.values(FRAMES))
				expect(await page.frameEvaluate(selector, collected), `errors in ${selector}`).toEqual([]);
		});
	}
});
