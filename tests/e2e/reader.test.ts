// The story for every reader, in Chromium only (what only Chromium measures or switches): without
// JavaScript; no layout shift when JavaScript arrives (only Chromium reports layout-shift entries);
// accessibility with axe, light and dark. It also saves the screenshots in test-results/screens/.
import { describe, it, expect } from 'vitest';
import { mkdirSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { runs, useBrowser } from './fixtures.ts';
import { expectState, scriptReady, scrollToStep, storySteps } from '../engines/story-steps.ts';

const b = useBrowser();
const steps = await storySteps(b.site());
/** The steps the screenshots show: one of each chart, in a state that draws much. */
const SHOTS = ['height-third', 'lost-96', 'town-albu-kamal', 'fighters-few'].map((id) =>
	steps.find((s) => s.id === id)!
);

describe('no JavaScript, layout shift, accessibility', () => {
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
		const href = await page.$eval('[data-claim]', (a) => a.getAttribute('href'));
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
			await scriptReady(runs(page));
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

	// Each page read light with every rule, then, switched to dark in place, with the rules whose
	// outcome depends on colours (the only thing the scheme changes).
	for (const path of ['/', '/sources', '/#town-albu-kamal']) {
		it(`${path} passes axe with zero violations, light and dark`, async () => {
			const page = await b.open(path, { colorScheme: 'light' });
			if (path === '/') await scriptReady(runs(page));
			if (path.includes('#')) await expectState(runs(page), 'town-sequence', 'albu-kamal');
			const paper: string[] = [];
			for (const scheme of ['light', 'dark'] as const) {
				await page.emulateMedia({ colorScheme: scheme });
				paper.push(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
				const axe = new AxeBuilder({ page });
				if (scheme === 'dark') axe.withRules(['color-contrast', 'link-in-text-block']);
				const result = await axe.analyze();
				const summary = result.violations.map(
					(v) =>
						`${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} ${v.nodes[0]?.failureSummary ?? ''}`
				);
				expect(summary, `${path} ${scheme}`).toEqual([]);
			}
			// The switch took: the dark reading ran on the page's dark colours.
			expect(paper[1], `${path}: the paper, light then dark`).not.toBe(paper[0]);
		});
	}
});
