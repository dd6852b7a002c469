// Arriving in mid-story, in every engine: each chart keeps its state through a reload in mid-page
// and shows it when the page loads at an anchor, every step is shown after an anchor jump in the
// page wherever the jump starts, and a window resize keeps the state. Motion plays no part here (a
// state is set at once; only its drawing moves), so it is read with reduced motion, nothing moving.
import { describe, it } from 'vitest';
import { useEngine } from './use-engine.ts';
import { expectState, scrollToStep, storySteps, until, type Step } from './story-steps.ts';

const e = useEngine({ reducedMotion: true });
const steps = await storySteps(e.origin());

/** For each chart, a step in the middle of its section (never its first, which a fresh load shows):
 *  where the reload and load-at-an-anchor tests land, one page load each. */
const middles = [...new Set(steps.map((s) => s.chart))].map((chart) => {
	const own = steps.filter((s) => s.chart === chart);
	return own[Math.max(1, Math.floor(own.length / 2))] ?? own[0];
});

describe(`arriving in mid-story (${e.engine})`, () => {
	it('keeps the state through a reload in mid-page, in every chart', async () => {
		const page = await e.open('/');
		for (const step of middles) {
			await scrollToStep(page, step.id);
			await expectState(page, step.chart, step.state, ` at step ${step.id}`);
			const y = await page.evaluate(() => Math.round(scrollY));
			await page.reload();
			// The browser restores the scroll position; the page must then read the same step from it.
			await until(
				() => page.evaluate(() => Math.round(scrollY)),
				(now) => Math.abs(now - y) <= 2,
				`scroll position ${y} restored after the reload at ${step.id}`
			);
			await expectState(page, step.chart, step.state, ` after a reload at ${step.id}`);
		}
	});

	it('every step is shown after an anchor jump in the page, wherever the jump starts', async () => {
		const page = await e.open('/');
		// From both ends inwards: each jump crosses much of the story, up and down.
		const order: Step[] = [];
		for (let i = 0, j = steps.length - 1; i <= j; i++, j--)
			order.push(steps[i], ...(i < j ? [steps[j]] : []));
		for (const step of order) {
			await page.evaluate((id) => (location.hash = id), step.id);
			await expectState(page, step.chart, step.state, ` after a jump to #${step.id}`);
		}
	});

	it('lands on the right state when the page loads at an anchor', async () => {
		const page = await e.open('/');
		for (const step of middles) {
			await page.goto('about:blank');
			await page.goto(`${e.origin()}/#${step.id}`);
			await expectState(page, step.chart, step.state, ` on loading /#${step.id}`);
		}
	});

	it('keeps the right state through a window resize', async () => {
		const page = await e.open('/');
		await scrollToStep(page, 'fighters-sum');
		await expectState(page, 'fighters', 'sum');
		await page.setViewport(390, 844);
		await scrollToStep(page, 'fighters-sum');
		await expectState(page, 'fighters', 'sum', ' at 390x844');
		await page.setViewport(1280, 900);
		await scrollToStep(page, 'fighters-jarrard');
		await expectState(page, 'fighters', 'jarrard', ' back at 1280x900');
	});
});
