// Every step drives its chart in every engine: scrolled to, after a reload in mid-page, after an
// anchor jump (on load and in the page). The steps and their states come from the prerendered HTML,
// the states a chart has from the published manifest.
import { describe, it, expect } from 'vitest';
import { useEngine } from './use-engine.ts';
import { chartStates, expectState, scrollToStep, storySteps, until, type Step } from './story.ts';

const e = useEngine();
const steps = await storySteps(e.origin());

/** For each chart, a step in the middle of its section (never its first, which a fresh load shows). */
const middles = [...new Set(steps.map((s) => s.chart))].map((chart) => {
	const own = steps.filter((s) => s.chart === chart);
	return own[Math.max(1, Math.floor(own.length / 2))] ?? own[0];
});

describe(`scroll steps drive the charts (${e.engine})`, () => {
	it('every step, scrolled to in order, sets the state of its chart', async () => {
		const states = await chartStates(e.origin());
		expect(steps.length).toBeGreaterThanOrEqual(20);
		const page = await e.open('/');
		for (const step of steps) {
			expect(states.get(step.chart), `${step.id}: a state of ${step.chart}`).toContain(step.state);
			await scrollToStep(page, step.id);
			await expectState(page, step.chart, step.state, ` at step ${step.id}`);
		}
	});

	it('every step keeps its state through a reload in mid-page', async () => {
		const page = await e.open('/');
		for (const step of steps) {
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
});
