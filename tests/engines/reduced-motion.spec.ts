// With reduced motion, in every engine (nothing moving, so what is read is what a reader sees): a
// state change happens at once; at a phone's and a laptop's size every step has a scroll position
// with its whole text and its whole, uncovered chart; from 280 to 1920 px wide the map's names never
// run off the map or into each other, in the story and in the embed, and the page never scrolls
// sideways. Reduced motion is each engine's own: Chromium's emulation, Firefox's
// ui.prefersReducedMotion pref, WebKitGTK's GTK setting gtk-enable-animations=0.
import { describe, it, expect } from 'vitest';
import { useEngine } from './use-engine.ts';
import { expectState, frames, sampleWaffle, scrollToStep, storySteps } from './story-steps.ts';
import { mapAndWidthProblems, mapLabelProblems, stepsWithoutAPosition } from './layout-reading.ts';

const e = useEngine({ reducedMotion: true });
const steps = await storySteps(e.origin());

/** Every width in Chromium; in the other engines the narrowest, a phone's, a tablet's, a laptop's and
 *  the widest (the names are placed at build time for every width, label-placement.test.ts; what
 *  differs between engines is how wide their fonts draw the names). */
const WIDTHS =
	e.engine === 'chromium'
		? [280, 320, 360, 390, 600, 768, 1024, 1280, 1920]
		: [280, 360, 768, 1280, 1920];

describe(`reduced motion (${e.engine})`, () => {
	it('is what the page sees, and a state change happens at once', async () => {
		const page = await e.open('/');
		expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(
			true
		);
		await scrollToStep(page, 'lost-whole');
		await expectState(page, 'territory-lost', 'whole');
		const sampling = await sampleWaffle(page);
		await scrollToStep(page, 'lost-95');
		expect([...new Set((await sampling.until(95)).map((s) => s.lost))]).toEqual([0, 95]);

		await scrollToStep(page, 'town-mosul');
		await expectState(page, 'town-sequence', 'mosul');
		const viewBox = () =>
			page.evaluate(() =>
				document.querySelector('.scrolly[data-chart="town-sequence"] svg')!.getAttribute('viewBox')
			);
		const before = await viewBox();
		await scrollToStep(page, 'town-crossing');
		await expectState(page, 'town-sequence', 'al-qaim-border-crossing');
		const after = await viewBox();
		expect(after, 'the map moved to the crossing').not.toBe(before);
		await frames(page, 10);
		expect(await viewBox(), 'and was already there, ten frames on').toBe(after);
	});

	for (const size of [
		{ name: 'a phone, 390x844', width: 390, height: 844 },
		{ name: 'a laptop, 1280x800', width: 1280, height: 800 }
	]) {
		it(`at ${size.name}, every step has a position with its whole text and its whole, uncovered chart`, async () => {
			const page = await e.open('/', size);
			expect(await stepsWithoutAPosition(page, steps)).toEqual([]);
		});
	}

	it(`from ${WIDTHS[0]} to ${WIDTHS.at(-1)} px, the map’s names stay on it and apart, and nothing scrolls sideways`, async () => {
		const page = await e.open('/', { width: WIDTHS[0], height: 800 });
		// Every map step, and a step of each other chart in a state that draws the most.
		const visit = steps.filter(
			(s) =>
				s.chart === 'town-sequence' ||
				['height-third', 'lost-96', 'held-deir', 'fighters-few'].includes(s.id)
		);
		expect(visit.filter((s) => s.chart === 'town-sequence').length).toBeGreaterThan(5);
		const problems: string[] = [];
		for (const width of WIDTHS) {
			await page.setViewport(width, 800);
			problems.push(...(await mapAndWidthProblems(page, visit)).map((p) => `${width} px, ${p}`));
		}
		expect(problems).toEqual([]);
	});

	it('in the embed, from 280 to 600 px, the map’s names stay on it and apart', async () => {
		const page = await e.open('/embed/town-sequence', { width: 280, height: 900 });
		const problems: string[] = [];
		for (const width of [280, 360, 600]) {
			await page.setViewport(width, 900);
			await frames(page, 2);
			problems.push(
				...(await page.evaluate(mapLabelProblems, 'body')).map((p) => `${width} px: ${p}`)
			);
		}
		expect(problems).toEqual([]);
	});
});
