// The story's scroll steps in every engine, motion on: every step drives its chart (scrolled to down
// and back up, after an anchor jump in the page, after fast scrolling and a resize); each chart keeps
// its state through a reload in mid-page and shows it on loading at an anchor; and a state changes
// what the chart draws, through frames. The steps and their states come from the prerendered HTML, the states a chart
// has from the published manifest.
import { describe, it, expect } from 'vitest';
import { useEngine } from './use-engine.ts';
import {
	chartStates,
	expectState,
	sampleWaffle,
	scrollToStep,
	settled,
	settledValue,
	storySteps,
	until
} from './story-steps.ts';

const e = useEngine();
const steps = await storySteps(e.origin());

describe(`scroll steps drive the charts (${e.engine})`, () => {
	it('every step, scrolled to in order and then back up, sets the state of its chart', async () => {
		const states = await chartStates(e.origin());
		expect(steps.length).toBeGreaterThanOrEqual(20);
		const page = await e.open('/');
		for (const step of steps) {
			// A misspelt state in the copy would set a state the chart does not have.
			expect(states.get(step.chart), `${step.id}: a state of ${step.chart}`).toContain(step.state);
			await scrollToStep(page, step.id);
			await expectState(page, step.chart, step.state, ` at step ${step.id}`);
		}
		for (const step of steps.toReversed()) {
			await scrollToStep(page, step.id);
			await expectState(page, step.chart, step.state, ` at step ${step.id}, scrolling up`);
		}
	});

	it('agrees with the geometry after fast scrolling and a smooth scroll back', async () => {
		const page = await e.open('/');
		// One scroll position per frame from the top to the bottom, then a jump back to a step.
		await page.evaluate(async () => {
			for (let y = 0; y < document.body.scrollHeight; y += 900) {
				window.scrollTo(0, y);
				await new Promise((r) => requestAnimationFrame(r));
			}
			document.getElementById('held-deir')!.scrollIntoView({ block: 'center' });
		});
		await expectState(page, 'held-shares', 'deir');
		// A smooth scroll, as a wheel or a trackpad makes; read the geometry once it has come to rest.
		await page.evaluate(() => window.scrollBy({ top: -1500, behavior: 'smooth' }));
		settled(await settledValue(page, () => Math.round(window.scrollY), 5), 'the smooth scroll');
		const expected = await page.evaluate(() => {
			const scrolly = document.querySelector('.scrolly[data-chart="held-shares"]')!;
			// The page's trigger line: its CSS says where (Scrolly.svelte), the script reads it in tenths.
			const share = parseFloat(getComputedStyle(scrolly).getPropertyValue('--trigger'));
			const line = window.innerHeight * (Math.round(share * 10) / 10);
			const all = [...scrolly.querySelectorAll<HTMLElement>('.step')];
			let active = all[0];
			for (const s of all) if (s.getBoundingClientRect().top <= line) active = s;
			return active.dataset.state!;
		});
		await expectState(page, 'held-shares', expected, ' where the smooth scroll ended');
	});
});

describe(`a state changes what the chart draws (${e.engine})`, () => {
	it('through frames (what reduced motion turns off), ending on the figure, its label never counting', async () => {
		const page = await e.open('/');
		await scrollToStep(page, 'lost-whole');
		await expectState(page, 'territory-lost', 'whole');
		const sampling = await sampleWaffle(page);
		await scrollToStep(page, 'lost-95');
		const samples = await sampling.until(95);
		const counts = [...new Set(samples.map((s) => s.lost))];
		expect(counts.at(-1)).toBe(95);
		// At least one frame between the two states (reduced motion has none). How many depends on
		// how many frames the machine renders in the transition's fixed duration, not on the page.
		expect(counts.filter((n) => n > 0 && n < 95).length, `counts: ${counts}`).toBeGreaterThan(0);
		// The label shows the cited figure from the first frame to the last.
		const labels = [...new Set(samples.map((s) => s.label))];
		expect(labels, `labels: ${labels}`).toHaveLength(1);
		expect(labels[0]).toContain('95');
	});

	it('squares, the active town, the map’s zoom and the bars shown, not just a label', async () => {
		const page = await e.open('/');
		const lost = () =>
			page.evaluate(
				() =>
					document.querySelectorAll('.scrolly[data-chart="territory-lost"] .waffles rect.lost')
						.length
			);
		await scrollToStep(page, 'lost-whole');
		await expectState(page, 'territory-lost', 'whole');
		expect(await lost()).toBe(0);
		await scrollToStep(page, 'lost-95');
		await until(lost, (n) => n === 95, 'the first waffle draws 95 squares lost');
		await scrollToStep(page, 'lost-96');
		await until(lost, (n) => n === 95 + 96, 'both waffles draw their squares lost');
		// Each square is drawn at its size (set in CSS, a geometry property every engine must know):
		// about 85% of its grid's pitch, square.
		const cells = await page.evaluate(() =>
			[...document.querySelectorAll('.scrolly[data-chart="territory-lost"] .waffles rect')]
				.slice(0, 11)
				.map((r) => r.getBoundingClientRect())
				.map((b) => ({ x: b.x, w: b.width, h: b.height }))
		);
		const pitch = cells[1].x - cells[0].x;
		expect(pitch).toBeGreaterThan(0);
		for (const c of cells) {
			expect(c.w / pitch).toBeGreaterThan(0.75);
			expect(c.w / pitch).toBeLessThan(0.95);
			expect(Math.abs(c.h - c.w)).toBeLessThan(0.5);
		}

		const map = () =>
			page.evaluate(() => {
				const chart = document.querySelector('.scrolly[data-chart="town-sequence"]')!;
				return {
					active: chart.querySelector('.labels .label.active')?.textContent ?? null,
					width: Number(chart.querySelector('svg')!.getAttribute('viewBox')!.split(' ')[2])
				};
			});
		await scrollToStep(page, 'town-mosul');
		await until(map, (m) => m.active === 'Mosul', 'Mosul is the active town');
		// Read once the map has come to rest: it may be moving from the state it was drawn in before.
		const wide = Number(
			settled(
				await settledValue(page, () =>
					document
						.querySelector('.scrolly[data-chart="town-sequence"] svg')!
						.getAttribute('viewBox')
				),
				'the map’s full view'
			)!.split(' ')[2]
		);
		await scrollToStep(page, 'town-albu-kamal');
		await until(map, (m) => m.active === 'Albu Kamal', 'Albu Kamal is the active town');
		// The border steps zoom in: the map comes to rest showing well under half its full width.
		const rest = settled(
			await settledValue(page, () =>
				document.querySelector('.scrolly[data-chart="town-sequence"] svg')!.getAttribute('viewBox')
			),
			'the map’s zoom'
		);
		expect(Number(rest!.split(' ')[2]), `viewBox ${rest}, full width ${wide}`).toBeLessThan(
			wide / 2
		);

		await scrollToStep(page, 'fighters-dillon');
		await expectState(page, 'fighters', 'dillon');
		expect(
			await page.evaluate(
				() => document.querySelectorAll('.scrolly[data-chart="fighters"] li.hidden').length
			)
		).toBe(3);
	});
});
