// Browser tests of the story for every reader: no JavaScript, no layout shift, no sideways
// scrolling, accessibility (axe) in light and dark.
import { describe, it, expect } from 'vitest';
import { mkdirSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { useBrowser } from './fixtures.ts';
import { scrollToStep } from './story-steps.ts';

const b = useBrowser();

describe('no JavaScript, layout, accessibility', () => {
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
		const href = await page.$eval('[data-claim]', (a) => a.getAttribute('href'));
		expect(href).toMatch(/^\/sources#claim-/);
		await page.context().close();
	});

	it('does not shift layout when JavaScript arrives (CLS 0 at 390 and 1280 px)', async () => {
		for (const viewport of [
			{ width: 390, height: 844 },
			{ width: 1280, height: 900 }
		]) {
			const context = await b.browser().newContext({ viewport });
			const page = await context.newPage();
			await page.addInitScript(() => {
				(window as unknown as { __cls: number }).__cls = 0;
				new PerformanceObserver((list) => {
					for (const e of list.getEntries() as (PerformanceEntry & {
						value: number;
						hadRecentInput: boolean;
					})[]) {
						if (!e.hadRecentInput) (window as unknown as { __cls: number }).__cls += e.value;
					}
				}).observe({ type: 'layout-shift', buffered: true });
			});
			await page.goto(b.origin() + '/', { waitUntil: 'networkidle' });
			await page.waitForTimeout(500);
			expect(
				await page.evaluate(() => (window as unknown as { __cls: number }).__cls),
				`${viewport.width}px`
			).toBe(0);
			await context.close();
		}
	});

	it('has no sideways scrolling from 320 px to 1280 px, and saves screenshots', async () => {
		mkdirSync('test-results/screens', { recursive: true });
		for (const width of [320, 390, 1280]) {
			const page = await b.open('/', { viewport: { width, height: 844 } });
			for (const id of ['height-third', 'lost-96', 'town-albu-kamal', 'fighters-few']) {
				await scrollToStep(page, id);
				await page.waitForTimeout(900);
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - window.innerWidth
				);
				expect(overflow, `${width}px at ${id}`).toBeLessThanOrEqual(0);
				if (width !== 320)
					await page.screenshot({ path: `test-results/screens/story-${width}-${id}.png` });
			}
			await page.context().close();
		}
	});

	it('passes axe with zero violations, light and dark, story and sources', async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			for (const path of ['/', '/sources', '/#town-albu-kamal']) {
				const page = await b.open(path, { colorScheme });
				await page.waitForTimeout(900);
				const result = await new AxeBuilder({ page }).analyze();
				const summary = result.violations.map(
					(v) =>
						`${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} ${v.nodes[0]?.failureSummary ?? ''}`
				);
				expect(summary, `${path} ${colorScheme}`).toEqual([]);
				await page.context().close();
			}
		}
	});
});
