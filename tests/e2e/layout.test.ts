// Text and chart never fight: for every step, at every screen size, there is a scroll position where
// the chart shows that step's state, the whole step text and the whole chart are on screen, and
// nothing covers the chart's marks (checked with elementFromPoint over each mark).
import { describe, it, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './fixtures.ts';
import { allSteps } from './story-steps.ts';

const b = useBrowser();

/** Phone, phone, tablet, laptops, desktop; and a laptop at 200% zoom (half the CSS pixels, 2x). */
const SIZES = [
	{ name: '360x740', width: 360, height: 740, zoom: 1 },
	{ name: '390x844', width: 390, height: 844, zoom: 1 },
	{ name: '768x1024', width: 768, height: 1024, zoom: 1 },
	{ name: '1280x800', width: 1280, height: 800, zoom: 1 },
	{ name: '1366x768', width: 1366, height: 768, zoom: 1 },
	{ name: '1920x1080', width: 1920, height: 1080, zoom: 1 },
	{ name: '1280x800 at 200%', width: 640, height: 400, zoom: 2 }
];

/** What a scroll position shows of a step: whether it passes, and why not. */
interface Reading {
	ok: boolean;
	why: string;
}

/** Reads the current scroll position for one step (run in the page). */
function readStep(page: Page, stepId: string): Promise<Reading> {
	return page.evaluate((id) => {
		const step = document.getElementById(id)!;
		const scrolly = step.closest('.scrolly')!;
		const graphic = scrolly.querySelector<HTMLElement>('.graphic')!;
		const chart = scrolly.querySelector<HTMLElement>('.chart')!;
		const card = step.querySelector('.card')!.getBoundingClientRect();
		const g = graphic.getBoundingClientRect();
		const room = graphic.querySelector('.room')!.getBoundingClientRect();
		const [w, h] = [innerWidth, innerHeight];
		const inView = (r: DOMRect) =>
			r.top >= -0.5 && r.left >= -0.5 && r.bottom <= h + 0.5 && r.right <= w + 0.5;
		if (chart.dataset.state !== step.dataset.state)
			return { ok: false, why: `chart shows ${chart.dataset.state}` };
		if (!inView(card))
			return {
				ok: false,
				why: `card ${Math.round(card.top)}–${Math.round(card.bottom)} not in 0–${h}`
			};
		if (!inView(g))
			return { ok: false, why: `chart ${Math.round(g.top)}–${Math.round(g.bottom)} not in 0–${h}` };
		// The chart's content (its HTML boxes; an SVG's inside is clipped by the SVG itself) fits its room.
		for (const el of chart.querySelectorAll<HTMLElement>('*:not(svg *)')) {
			const r = el.getBoundingClientRect();
			if (r.height === 0 || r.width === 0) continue;
			if (r.bottom > room.bottom + 1 || r.right > room.right + 1) {
				return {
					ok: false,
					why: `chart clipped: ${el.tagName.toLowerCase()}.${el.className} ends at ${Math.round(r.bottom)}, its room at ${Math.round(room.bottom)}`
				};
			}
		}
		// The marks: every drawn element of the chart that has a size (squares, bars, markers, labels).
		const marks = [
			...chart.querySelectorAll<Element>('rect, .bar, .fill, .marker, .label, .box, [data-claim]')
		]
			.map((el) => el.getBoundingClientRect())
			.filter((r) => r.width > 1 && r.height > 1);
		if (!marks.length) return { ok: false, why: 'no marks found' };
		for (const r of marks) {
			const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
			if (x < 0 || y < 0 || x > w || y > h)
				return { ok: false, why: `a mark at ${Math.round(x)},${Math.round(y)} is off screen` };
			const top = document.elementFromPoint(x, y);
			if (!top || !graphic.contains(top)) {
				return {
					ok: false,
					why: `a mark at ${Math.round(x)},${Math.round(y)} is covered by ${top?.className || top?.tagName}`
				};
			}
		}
		return { ok: true, why: '' };
	}, stepId);
}

/** Tries the scroll positions where a reader would read the step, until one passes. */
async function findPosition(page: Page, stepId: string): Promise<Reading> {
	const whys: string[] = [];
	for (const place of ['below-chart', 'center', 'bottom', 'top']) {
		await page.evaluate(
			([id, where]) => {
				const step = document.getElementById(id)!;
				const card = step.querySelector('.card')!.getBoundingClientRect();
				const g = step.closest('.scrolly')!.querySelector('.graphic')!.getBoundingClientRect();
				const stacked = g.left < card.right && card.left < g.right;
				const target =
					where === 'below-chart' && stacked
						? card.top - (g.height + 8)
						: where === 'center'
							? card.top + card.height / 2 - innerHeight / 2
							: where === 'bottom'
								? card.bottom - innerHeight + 8
								: card.top - 8;
				window.scrollBy(0, target);
			},
			[stepId, place] as const
		);
		await page.waitForTimeout(150);
		const reading = await readStep(page, stepId);
		if (reading.ok) return reading;
		whys.push(`${place}: ${reading.why}`);
	}
	return { ok: false, why: whys.join('; ') };
}

describe('text and chart never fight', () => {
	for (const size of SIZES) {
		it(`at ${size.name}, every step has a position with its whole text and its whole, uncovered chart`, async () => {
			const page = await b.open('/', {
				viewport: { width: size.width, height: size.height },
				deviceScaleFactor: size.zoom,
				reducedMotion: 'reduce'
			});
			const failures: string[] = [];
			for (const step of await allSteps(page)) {
				const reading = await findPosition(page, step.id);
				if (!reading.ok) failures.push(`${step.id}: ${reading.why}`);
			}
			expect(failures).toEqual([]);
			await page.context().close();
		}, 120_000);
	}
});
