// The story for every reader, in Chromium only (what only Chromium measures or switches): without
// JavaScript, and no layout shift when JavaScript arrives (only Chromium reports layout-shift
// entries). It also saves the screenshots in test-results/screens/. Accessibility: axe.test.ts.
import { describe, it, expect } from 'vitest';
import { mkdirSync } from 'node:fs';
import { runs, useBrowser } from './fixtures.ts';
import {
	expectState,
	firstChartHydrated,
	scrollToStep,
	storySteps
} from '../engines/story-steps.ts';

const b = useBrowser();
const steps = await storySteps(b.site());
/** The steps the screenshots show: one of each chart, in a state that draws much. */
const SHOTS = ['height-third', 'lost-96', 'town-albu-kamal', 'fighters-few'].map((id) =>
	steps.find((s) => s.id === id)!
);

describe('no JavaScript, no layout shift', () => {
	it('reads in full without JavaScript, every chart drawn in its final state', async () => {
		const page = await b.open('/', { javaScriptEnabled: false });
		const steps = await page.$$eval('.step', (s) =>
			s.map((el) => (el as HTMLElement).innerText.trim())
		);
		expect(steps.length).toBeGreaterThanOrEqual(20);
		expect(steps.every((t) => t.length > 30)).toBe(true);
		const charts = await page.$$eval('.scrolly .chart', (cs) =>
			cs.map((c) => ({
				state: c.getAttribute('data-state'),
				height: c.getBoundingClientRect().height
			}))
		);
		expect(charts).toHaveLength(5);
		for (const c of charts) {
			expect(c.state).toBe('final');
			expect(c.height).toBeGreaterThan(150);
		}
		// Each figure is a link to its quote on the sources page.
		const href = await page.$eval('a[data-claim]', (a) => a.getAttribute('href'));
		expect(href).toMatch(new RegExp(`^${b.base()}/sources#claim-`));
	});

	it('does not shift layout when JavaScript arrives (CLS 0 at 390 and 1280 px); screenshots', async () => {
		mkdirSync('test-results/screens', { recursive: true });
		for (const viewport of [
			{ width: 390, height: 844 },
			{ width: 1280, height: 900 }
		]) {
			const context = await b.context({ viewport }, `/ at ${viewport.width}px`);
			await context.addInitScript(() => {
				const w = window as unknown as { __cls: number };
				w.__cls = 0;
				new PerformanceObserver((list) => {
					for (const e of list.getEntries() as (PerformanceEntry & {
						value: number;
						hadRecentInput: boolean;
					})[])
						if (!e.hadRecentInput) w.__cls += e.value;
				}).observe({ type: 'layout-shift', buffered: true });
			});
			const page = await context.newPage();
			await page.goto(b.site() + '/');
			// The script has hydrated the first chart; two frames more for its layout to be reported.
			await firstChartHydrated(runs(page));
			await page.evaluate(
				() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
			);
			expect(
				await page.evaluate(() => (window as unknown as { __cls: number }).__cls),
				`${viewport.width}px`
			).toBe(0);
			for (const step of SHOTS) {
				await scrollToStep(runs(page), step.id);
				await expectState(runs(page), step.chart, step.state);
				await page.screenshot({
					path: `test-results/screens/story-${viewport.width}-${step.id}.png`
				});
			}
		}
	});
});
