// Every embed snippet of every chart, pasted into a page on another origin, in every engine: the
// responsive one gives an iframe that fits its content at 1000, 360 and 1000 px, the iframe-only one
// holds its content without an inner scrollbar at those widths; no error and no CSP violation in the
// host page or inside the frame. The snippets are the build's own (/embed/<id>/snippets.json, what
// the Embed control offers), with this site's origin and the light theme put in, as the control does.
import { describe, it, expect } from 'vitest';
import { useEngine } from './use-engine.ts';
import { useForeignHost } from '../e2e/foreign-host.ts';
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

async function read(page: Page): Promise<Reading> {
	const outside = await page.evaluate(() => {
		const f = document.querySelector('iframe')!;
		return { iframe: f.getBoundingClientRect().height, attr: Number(f.getAttribute('height')) };
	});
	const inside = await page.frameEvaluate(() => {
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
	});
	return { ...outside, ...inside };
}

/** Reads until two readings 200 ms apart agree: the height has settled. */
async function settle(page: Page): Promise<Reading> {
	let previous = await read(page);
	return until(
		async () => {
			await new Promise((r) => setTimeout(r, 200));
			const [before, now] = [previous, await read(page)];
			previous = now;
			return { now, same: JSON.stringify(before) === JSON.stringify(now) };
		},
		(r) => r.same && r.now.iframe > 0,
		'the iframe height settles',
		10_000
	).then((r) => r.now);
}

const snippetsOf = async (id: string) => {
	const templates = (await (
		await fetch(`${e.origin()}/embed/${id}/snippets.json`)
	).json()) as Record<string, string>;
	const fill = (s: string) => s.replaceAll(ORIGIN_SLOT, e.origin()).replaceAll(THEME_SLOT, 'light');
	return { responsive: fill(templates.responsive), iframe: fill(templates.iframe) };
};

/** Opens a host page holding `snippet` and waits for its iframe's document to be the embed's. */
async function openHost(name: string, snippet: string, embed: string) {
	const page = await e.open(await host.publish(name, snippet), { width: WIDTHS[0], height: 900 });
	await until(
		() =>
			page
				.frameEvaluate(() => location.href + ' ' + document.readyState)
				.catch((x: Error) => x.message),
		(s) => s === `${embed} complete`,
		`the frame loads ${embed}`,
		15_000
	);
	return page;
}

describe(`embed snippets on another origin (${e.engine})`, () => {
	for (const chart of charts) {
		it(`${chart.id}: the responsive snippet fits its content at ${WIDTHS.join(', ')} px`, async () => {
			const { responsive } = await snippetsOf(chart.id);
			const embed = `${e.origin()}${chart.embed_url}?theme=light`;
			expect(responsive).toContain(`"${embed}"`);
			const page = await openHost(`responsive-${chart.id}`, responsive, embed);
			const heights: number[] = [];
			for (const width of WIDTHS) {
				await page.setViewport(width, 900);
				const r = await settle(page);
				const info = `${chart.id} at ${width} px: ${JSON.stringify(r)}`;
				expect(
					Math.abs(r.iframe - r.scroll),
					`iframe as tall as its document (${info})`
				).toBeLessThanOrEqual(4);
				expect(r.scroll, `no scrolling inside (${info})`).toBeLessThanOrEqual(r.inner + 1);
				expect(r.iframe, `no gap below the content (${info})`).toBeLessThanOrEqual(r.content + 4);
				expect(r.iframe, `content not clipped (${info})`).toBeGreaterThanOrEqual(r.content - 1);
				heights.push(r.iframe);
			}
			expect(Math.abs(heights[1] - heights[0]), `follows the width: ${heights}`).toBeGreaterThan(4);
			expect(Math.abs(heights[2] - heights[0]), `and back: ${heights}`).toBeLessThanOrEqual(4);
			expect(await page.frameEvaluate(collected), 'errors inside the frame').toEqual([]);
		});

		it(`${chart.id}: the iframe-only snippet holds its content at ${WIDTHS.join(', ')} px`, async () => {
			const { iframe } = await snippetsOf(chart.id);
			const embed = `${e.origin()}${chart.embed_url}?theme=light`;
			expect(iframe).toContain(`"${embed}"`);
			const page = await openHost(`iframe-${chart.id}`, iframe, embed);
			for (const width of WIDTHS) {
				await page.setViewport(width, 900);
				const r = await settle(page);
				const info = `${chart.id} at ${width} px: ${JSON.stringify(r)}`;
				expect(r.iframe, `the height the snippet gives (${info})`).toBe(r.attr);
				expect(r.content, `content fits the fixed height (${info})`).toBeLessThanOrEqual(
					r.inner + 1
				);
				expect(r.scroll, `no scrolling inside (${info})`).toBeLessThanOrEqual(r.inner + 1);
			}
			expect(await page.frameEvaluate(collected), 'errors inside the frame').toEqual([]);
		});
	}
});
