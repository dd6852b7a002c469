// The map's names never run off the map or into each other, at any width from 280 px: in every state
// of the story (the map steps) and in the embed, before and after the chart is hydrated.
import { describe, it, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './fixtures.ts';
import { allSteps, expectState, scrollToStep } from './story-steps.ts';

const b = useBrowser();

const WIDTHS = [280, 320, 360, 390, 600, 768, 1024, 1280, 1920];

/** What is wrong with the names on the map inside `root` (run in the page); empty when nothing is. */
function labelProblems(page: Page, root: string): Promise<string[]> {
	return page.evaluate((rootSel) => {
		const map = document.querySelector(`${rootSel} .map`)!;
		const box = map.getBoundingClientRect();
		const labels = [...map.querySelectorAll<HTMLElement>('.label, .country-label, .river-label')];
		const markers = [...map.querySelectorAll<HTMLElement>('.marker')];
		const out: string[] = [];
		const rect = (el: Element) => el.getBoundingClientRect();
		const name = (el: HTMLElement) => `"${el.textContent}"`;
		for (const l of labels) {
			const r = rect(l);
			if (
				r.left < box.left - 1 ||
				r.right > box.right + 1 ||
				r.top < box.top - 1 ||
				r.bottom > box.bottom + 1
			) {
				out.push(`${name(l)} runs off the map`);
			}
		}
		// Rotated river names are checked against the map's edges only: their box is not their shape.
		const straight = labels.filter((l) => !l.classList.contains('river-label'));
		for (let i = 0; i < straight.length; i++) {
			for (let j = i + 1; j < straight.length; j++) {
				const [a, c] = [rect(straight[i]), rect(straight[j])];
				const overlap =
					Math.min(a.right, c.right) - Math.max(a.left, c.left) > 1 &&
					Math.min(a.bottom, c.bottom) - Math.max(a.top, c.top) > 1;
				if (overlap) out.push(`${name(straight[i])} and ${name(straight[j])} collide`);
			}
		}
		// No name covers the middle of another town's marker.
		for (const l of straight) {
			const r = rect(l);
			for (const m of markers) {
				const c = rect(m);
				const [x, y] = [c.left + c.width / 2, c.top + c.height / 2];
				const own = m.nextElementSibling === l || l.dataset.town === (m.dataset.town ?? '');
				if (!own && x > r.left && x < r.right && y > r.top && y < r.bottom)
					out.push(`${name(l)} covers a marker`);
			}
		}
		return out;
	}, root);
}

describe('map labels', () => {
	for (const width of WIDTHS) {
		it(`at ${width} px, in every map step, no name runs off the map or into another`, async () => {
			const page = await b.open('/', { viewport: { width, height: 800 }, reducedMotion: 'reduce' });
			const steps = (await allSteps(page)).filter((s) => s.chart === 'town-sequence');
			expect(steps.length).toBeGreaterThan(5);
			const problems: string[] = [];
			for (const step of steps) {
				await scrollToStep(page, step.id);
				await expectState(page, 'town-sequence', step.state);
				for (const p of await labelProblems(page, '.scrolly[data-chart="town-sequence"]')) {
					problems.push(`${step.id}: ${p}`);
				}
			}
			expect(problems).toEqual([]);
			await page.context().close();
		});
	}

	for (const width of [280, 360, 600]) {
		it(`in the embed at ${width} px, without and with JS, no name runs off the map or into another`, async () => {
			for (const javaScriptEnabled of [false, true]) {
				const page = await b.open('/embed/town-sequence', {
					viewport: { width, height: 900 },
					javaScriptEnabled
				});
				expect(await labelProblems(page, 'body'), `JS ${javaScriptEnabled ? 'on' : 'off'}`).toEqual(
					[]
				);
				await page.context().close();
			}
		});
	}
});
