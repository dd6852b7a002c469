// Browser tests of motion: a state change moves through frames on one clock (d3-timer) and ends on
// the cited figure; with reduced motion, it happens at once. Labels never count through figures.
import { describe, it, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './fixtures.ts';
import { expectState, scrollToStep } from './story-steps.ts';

const b = useBrowser();

/** Samples, every frame for `ms`, how many squares the first waffle draws as lost and its label. */
function sampleWaffle(page: Page, ms: number) {
	return page.evaluate(
		(ms) =>
			new Promise<{ lost: number; label: string }[]>((resolve) => {
				const panel = document.querySelector('.scrolly[data-chart="territory-lost"] .panel')!;
				const out: { lost: number; label: string }[] = [];
				const start = performance.now();
				const frame = () => {
					out.push({
						lost: panel.querySelectorAll('rect.lost').length,
						label: panel.querySelector('[data-claim]')!.textContent!
					});
					if (performance.now() - start < ms) requestAnimationFrame(frame);
					else resolve(out);
				};
				requestAnimationFrame(frame);
			}),
		ms
	);
}

describe('motion', () => {
	it('moves a state change through frames, ending on the figure, the label never counting', async () => {
		const page = await b.open('/');
		await scrollToStep(page, 'lost-whole');
		await expectState(page, 'territory-lost', 'whole');
		const sampling = sampleWaffle(page, 1500);
		await scrollToStep(page, 'lost-95');
		const frames = await sampling;
		const counts = [...new Set(frames.map((f) => f.lost))];
		expect(counts.at(-1)).toBe(95);
		expect(counts.filter((n) => n > 0 && n < 95).length, `counts seen: ${counts}`).toBeGreaterThan(
			3
		);
		expect(new Set(frames.map((f) => f.label))).toEqual(new Set(['95%']));
		await page.context().close();
	});

	it('changes state at once when the reader prefers reduced motion', async () => {
		const page = await b.open('/', { reducedMotion: 'reduce' });
		await scrollToStep(page, 'lost-whole');
		await expectState(page, 'territory-lost', 'whole');
		const sampling = sampleWaffle(page, 1200);
		await scrollToStep(page, 'lost-95');
		const counts = [...new Set((await sampling).map((f) => f.lost))];
		expect(counts).toEqual([0, 95]);

		await scrollToStep(page, 'town-mosul');
		await expectState(page, 'town-sequence', 'mosul');
		const viewBox = () =>
			page.$eval('.scrolly[data-chart="town-sequence"] svg', (s) => s.getAttribute('viewBox'));
		const before = await viewBox();
		await scrollToStep(page, 'town-crossing');
		await expectState(page, 'town-sequence', 'al-qaim-border-crossing');
		const after = await viewBox();
		expect(after).not.toBe(before);
		await page.waitForTimeout(300);
		expect(await viewBox()).toBe(after);
		await page.context().close();
	});
});
