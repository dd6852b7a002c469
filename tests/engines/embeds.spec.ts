// Every embed snippet of every chart, pasted into a page on another origin, in every engine: the
// responsive one gives an iframe (titled, lazy, its fallback image gone) that fits its content at
// 1000, 360 and 1000 px, holds still once it has, and follows its content when the embed's own Embed
// panel opens and closes; the iframe-only one (on the same host page, of the next chart) holds its
// content without an inner scrollbar at those widths; the host page never scrolls sideways; a
// snippet with an unknown chart id frames the 404 page, sized like a chart. No error and no CSP
// violation in the host page or inside either frame. The snippets are the build's own
// (/embed/<id>/snippets.json, what the Embed control offers), with the light theme put in, as the
// control does.
//
// Two charts to a host page, not one chart twice: with two frames of the map's embed on one page,
// Chromium 156 leaves one frame loading for good (its external <use> of the map never completes;
// 6 loads in 30 on a loaded machine), so the page never fires "load". Newsrooms embed a chart once.
import { describe, it, expect } from 'vitest';
import { useEngine } from './use-engine.ts';
import { useForeignHost } from '../e2e/foreign-host.ts';
import { ORIGIN_SLOT, THEME_SLOT } from '../../src/lib/embed/embed-snippet.ts';
import { collected } from './driver/collector.ts';
import { until } from './story-steps.ts';
import { FRAMES, expectFits, fixedFits, loadFrames, settle } from './frame-fit.ts';

const e = useEngine();
const host = useForeignHost();
const charts = (await (await fetch(`${e.origin()}/data/charts.json`)).json()) as {
	id: string;
	title: string;
}[];
const WIDTHS = [1000, 360, 1000];

/** A chart's two snippets as the Embed control fills them in (the origin, where the build left it
 *  to the page, is the site's). */
async function snippets(id: string) {
	const templates = (await (
		await fetch(`${e.origin()}/embed/${id}/snippets.json`)
	).json()) as Record<'responsive' | 'iframe', string>;
	const fill = (t: string) =>
		t.replaceAll(ORIGIN_SLOT, new URL(e.origin()).origin).replaceAll(THEME_SLOT, 'light');
	return { responsive: fill(templates.responsive), iframe: fill(templates.iframe) };
}

describe(`embed snippets on another origin (${e.engine})`, () => {
	for (const [i, chart] of charts.entries()) {
		const next = charts[(i + 1) % charts.length];
		it(`${chart.id} responsive and ${next.id} iframe-only: fit at ${WIDTHS.join(', ')} px, hold still, follow the Embed panel`, async () => {
			const [code, nextCode] = [await snippets(chart.id), await snippets(next.id)];
			const embed = `${e.origin()}/embed/${chart.id}?theme=light`;
			// The iframe-only one asks its page to fit the chart to the frame's fixed height.
			const nextEmbed = `${e.origin()}/embed/${next.id}?theme=light&fit`;
			expect(code.responsive).toContain(`"${embed}"`);
			expect(code.iframe).toContain(`"${embed}&amp;fit"`);
			// Each embed in a block of its own, as a CMS places them, with the host's text between.
			const url = await host.publish(
				`embeds-${chart.id}`,
				`<div id="responsive">${code.responsive}</div>\n<p>Between the embeds.</p>\n` +
					`<div id="fixed">${nextCode.iframe}</div>`
			);
			const page = await e.open(url, { width: WIDTHS[0], height: 900 });
			await loadFrames(page, { [FRAMES.responsive]: embed, [FRAMES.fixed]: nextEmbed });
			expect(
				await page.evaluate(() => {
					const f = document.querySelector('#responsive iframe')!;
					return {
						src: f.getAttribute('src'),
						title: f.getAttribute('title'),
						loading: f.getAttribute('loading'),
						frames: document.querySelectorAll('#responsive iframe').length,
						// The fallback for hosts that strip scripts makes way for the iframe.
						fallbacks: document.querySelectorAll('[data-frame-fallback]').length
					};
				})
			).toEqual({ src: embed, title: chart.title, loading: 'lazy', frames: 1, fallbacks: 0 });

			const heights: number[] = [];
			for (const [i, width] of WIDTHS.entries()) {
				await page.setViewport(width, 900);
				const { responsive, fixed } = await settle(page);
				expectFits(responsive, `${chart.id} at ${width} px`);
				fixedFits(fixed, `${next.id} at ${width} px`);
				heights.push(responsive.iframe);
				expect(
					await page.evaluate(
						() => document.documentElement.scrollWidth - document.documentElement.clientWidth
					),
					`the host page scrolls sideways at ${width} px`
				).toBeLessThanOrEqual(0);
				if (i === 0) {
					// Once it fits, the resizer leaves the height alone (no back and forth).
					const changes = await page.evaluate(
						(n) =>
							new Promise<string[]>((resolve) => {
								const seen: string[] = [];
								const f = document.querySelector('#responsive iframe')!;
								const watch = new MutationObserver(() => seen.push(f.getAttribute('height')!));
								watch.observe(f, { attributes: true, attributeFilter: ['height'] });
								let left = n;
								const tick = () => {
									if (--left > 0) return requestAnimationFrame(tick);
									watch.disconnect();
									resolve(seen);
								};
								requestAnimationFrame(tick);
							}),
						30
					);
					expect(changes, `height changes in the 30 frames after it fit`).toEqual([]);
				}
				if (width === 360) {
					// Content that grows and shrinks without a resize: the embed's own Embed panel.
					const toggle = () =>
						page.frameEvaluate(FRAMES.responsive, () =>
							document.querySelector<HTMLElement>('[data-embed-tools] summary')!.click()
						);
					await toggle();
					await until(
						() =>
							page.frameEvaluate(
								FRAMES.responsive,
								() => !!document.querySelector('details[open] textarea')?.getClientRects().length
							),
						(shown) => shown,
						'the Embed panel opens in the frame'
					);
					const opened = (await settle(page)).responsive;
					expectFits(opened, `${chart.id} at 360 px, Embed panel open`);
					expect(opened.iframe, 'the iframe grows with the panel').toBeGreaterThan(
						responsive.iframe + 40
					);
					await toggle();
					const closed = (await settle(page)).responsive;
					expectFits(closed, `${chart.id} at 360 px, Embed panel closed`);
					expect(
						Math.abs(closed.iframe - responsive.iframe),
						'and shrinks back'
					).toBeLessThanOrEqual(4);
				}
			}
			expect(Math.abs(heights[1] - heights[0]), `follows the width: ${heights}`).toBeGreaterThan(4);
			expect(Math.abs(heights[2] - heights[0]), `and back: ${heights}`).toBeLessThanOrEqual(4);
			for (const selector of Object.values(FRAMES))
				expect(await page.frameEvaluate(selector, collected), `errors in ${selector}`).toEqual([]);
		});
	}

	it('a snippet with an unknown chart id frames the 404 page, sized like a chart', async () => {
		const code = (await snippets(charts[0].id)).responsive.replaceAll(
			`/embed/${charts[0].id}`,
			'/embed/no-such-chart'
		);
		const missing = `${e.origin()}/embed/no-such-chart?theme=light`;
		expect(code).toContain(`"${missing}"`);
		const page = await e.open(
			await host.publish('embed-missing', `<div id="responsive">${code}</div>`),
			{
				width: 1000,
				height: 900
			}
		);
		await loadFrames(page, { [FRAMES.responsive]: missing });
		// The 404 page: a link to every chart's embed.
		expect(
			await page.frameEvaluate(
				FRAMES.responsive,
				(ids) => ids.filter((id) => document.querySelector(`main a[href$="/embed/${id}"]`)),
				charts.map((c) => c.id)
			)
		).toEqual(charts.map((c) => c.id));
		const { responsive } = await settle(page, [FRAMES.responsive]);
		// The default iframe height is 150 px; the 404 page sizes its frame like a chart does.
		expect(responsive.iframe).toBeGreaterThan(150);
		expectFits(responsive, 'the unknown chart at 1000 px');
		// The frame's document is a 404, which the engine may report as a failed load.
		e.expectErrors(page, /404|Not Found/i);
	});
});
