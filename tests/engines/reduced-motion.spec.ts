// With reduced motion, in every engine: a state change happens at once, and at a phone and a laptop
// size every step has a scroll position with its whole text and its whole, uncovered chart (read
// with nothing moving). Reduced motion is each engine's own: Chromium's emulation, Firefox's
// ui.prefersReducedMotion pref, WebKitGTK's GTK setting gtk-enable-animations=0.
import { describe, it, expect } from 'vitest';
import { useEngine } from './use-engine.ts';
import { expectState, sampleWaffle, scriptReady, scrollToStep, storySteps } from './story-steps.ts';
import { findPosition } from './layout-reading.ts';

const e = useEngine({ reducedMotion: true });
const steps = await storySteps(e.origin());

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
		expect([...new Set(await sampling.stop(1200))]).toEqual([0, 95]);

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
		await new Promise((r) => setTimeout(r, 300));
		expect(await viewBox(), 'and was already there').toBe(after);
	});

	for (const size of [
		{ name: 'a phone, 390x844', width: 390, height: 844 },
		{ name: 'a laptop, 1280x800', width: 1280, height: 800 }
	]) {
		it(`at ${size.name}, every step has a position with its whole text and its whole, uncovered chart`, async () => {
			const page = await e.open('/', size);
			await scriptReady(page);
			for (const step of steps) {
				const reading = await findPosition(page, step.id);
				// Soft: every failing step is reported, each with why.
				expect.soft(reading.ok, `${step.id} at ${size.name}: ${reading.why}`).toBe(true);
			}
		});
	}
});
