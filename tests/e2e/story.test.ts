// Browser tests of the story in Chromium: steps drive charts on every scroll path, citations open
// from the keyboard, reduced motion, no JS, accessibility and layout at phone and desktop widths.
import { describe, it, expect } from 'vitest';
import { mkdirSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { useBrowser } from './fixtures.ts';

const b = useBrowser();

/** Every step on the page: its id, the chart it drives and the state it should show. */
async function allSteps(page: Page) {
	return page.$$eval('.scrolly', (scrollies) =>
		scrollies.flatMap((s) =>
			[...s.querySelectorAll<HTMLElement>('.step')].map((step) => ({
				id: step.id,
				chart: s.getAttribute('data-chart')!,
				state: step.dataset.state!
			}))
		)
	);
}

const chartState = (page: Page, chart: string) =>
	page.$eval(`.scrolly[data-chart="${chart}"] .chart`, (el) => el.getAttribute('data-state'));

/** Waits until the chart shows the state (scroll events are asynchronous). */
async function expectState(page: Page, chart: string, state: string) {
	await expect
		.poll(() => chartState(page, chart), {
			timeout: 5000,
			message: `${chart} should show ${state}`
		})
		.toBe(state);
}

async function scrollToStep(page: Page, id: string) {
	await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'center' }), id);
}

describe('scroll steps drive the charts', () => {
	it('every step, scrolled to in order, sets the state of its chart', async () => {
		const page = await b.open('/');
		const steps = await allSteps(page);
		expect(steps.length).toBeGreaterThanOrEqual(20);
		for (const step of steps) {
			await scrollToStep(page, step.id);
			await expectState(page, step.chart, step.state);
		}
		await page.context().close();
	});

	it('scrolling back up returns each chart to the earlier state', async () => {
		const page = await b.open('/');
		const steps = await allSteps(page);
		for (const step of [...steps].reverse()) {
			await scrollToStep(page, step.id);
			await expectState(page, step.chart, step.state);
		}
		await page.context().close();
	});

	it('changes what the chart draws, not just a label', async () => {
		const page = await b.open('/');
		await scrollToStep(page, 'lost-whole');
		await expectState(page, 'territory-lost', 'whole');
		const lostAt = () =>
			page.$$eval('.scrolly[data-chart="territory-lost"] .waffles rect.lost', (r) => r.length);
		expect(await lostAt()).toBe(0);
		await scrollToStep(page, 'lost-95');
		await expect.poll(lostAt).toBe(95);
		await scrollToStep(page, 'lost-96');
		await expect.poll(lostAt).toBe(95 + 96);

		await scrollToStep(page, 'town-mosul');
		const activeLabel = () =>
			page.$eval(
				'.scrolly[data-chart="town-sequence"] .labels .label.active',
				(el) => el.textContent
			);
		await expect.poll(activeLabel).toBe('Mosul');
		const viewBoxWidth = () =>
			page.$eval('.scrolly[data-chart="town-sequence"] svg', (s) =>
				Number(s.getAttribute('viewBox')!.split(' ')[2])
			);
		const wide = await viewBoxWidth();
		await scrollToStep(page, 'town-albu-kamal');
		await expect.poll(activeLabel).toBe('Albu Kamal');
		// The border steps zoom in: the map ends up showing well under half its full width.
		await expect.poll(viewBoxWidth, { timeout: 3000 }).toBeLessThan(wide / 2);
		await page.waitForTimeout(1000);
		const settled = await viewBoxWidth();
		await page.waitForTimeout(200);
		expect(await viewBoxWidth()).toBe(settled);

		await scrollToStep(page, 'fighters-dillon');
		await expectState(page, 'fighters', 'dillon');
		const hidden = await page.$$eval('.scrolly[data-chart="fighters"] li.hidden', (l) => l.length);
		expect(hidden).toBe(3);
		await page.context().close();
	});

	it('lands on the right state after a reload in mid-page', async () => {
		const page = await b.open('/');
		await scrollToStep(page, 'town-rawa');
		await expectState(page, 'town-sequence', 'rawa');
		await page.reload({ waitUntil: 'networkidle' });
		expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
		await expectState(page, 'town-sequence', 'rawa');
		await page.context().close();
	});

	it('lands on the right state after an anchor jump, on load and in page', async () => {
		const page = await b.open('/#town-albu-kamal');
		await expectState(page, 'town-sequence', 'albu-kamal');
		await page.evaluate(() => (window.location.hash = 'fighters-jarrard'));
		await expectState(page, 'fighters', 'jarrard');
		await page.evaluate(() => (window.location.hash = 'height-britain'));
		await expectState(page, 'caliphate-size', 'britain');
		await page.context().close();
	});

	it('agrees with the geometry after fast scrolling', async () => {
		const page = await b.open('/');
		const height = await page.evaluate(() => document.body.scrollHeight);
		await page.evaluate(async (h) => {
			for (let y = 0; y < h; y += 900) {
				window.scrollTo(0, y);
				await new Promise((r) => requestAnimationFrame(r));
			}
			document.getElementById('held-deir')!.scrollIntoView({ block: 'center' });
		}, height);
		await expectState(page, 'held-shares', 'deir');
		await page.mouse.wheel(0, -1500);
		// Wheel scrolling is smooth: read the geometry once the page has come to rest.
		let last = -1;
		await expect
			.poll(async () => {
				const y = await page.evaluate(() => window.scrollY);
				const still = y === last;
				last = y;
				return still;
			})
			.toBe(true);
		const expected = await page.evaluate(() => {
			const line = window.innerHeight * 0.6;
			const steps = [
				...document.querySelectorAll<HTMLElement>('.scrolly[data-chart="held-shares"] .step')
			];
			let active = steps[0];
			for (const s of steps) if (s.getBoundingClientRect().top <= line) active = s;
			return active.dataset.state!;
		});
		await expectState(page, 'held-shares', expected);
		await page.context().close();
	});

	it('keeps the right state through a window resize', async () => {
		const page = await b.open('/');
		await scrollToStep(page, 'fighters-sum');
		await expectState(page, 'fighters', 'sum');
		await page.setViewportSize({ width: 390, height: 844 });
		await scrollToStep(page, 'fighters-sum');
		await expectState(page, 'fighters', 'sum');
		await page.setViewportSize({ width: 1280, height: 900 });
		await scrollToStep(page, 'fighters-jarrard');
		await expectState(page, 'fighters', 'jarrard');
		await page.context().close();
	});
});

describe('citations', () => {
	it('opens from the keyboard with Enter and Space, closes with Escape and returns focus', async () => {
		const page = await b.open('/');
		let tabs = 0;
		while (
			!(await page.evaluate(() => document.activeElement?.hasAttribute('data-claim'))) &&
			tabs < 30
		) {
			await page.keyboard.press('Tab');
			tabs++;
		}
		const id = await page.evaluate(
			() => document.activeElement!.getAttribute('data-claim')!.split(' ')[0]
		);
		expect(id).toBeTruthy();
		await page.keyboard.press('Enter');
		const dialog = page.locator('[role="dialog"]');
		await expect.poll(() => dialog.isVisible()).toBe(true);
		const claims = await page.evaluate(() => fetch('/data/claims.json').then((r) => r.json()));
		const claim = claims.claims.find((c: { claim_id: string }) => c.claim_id === id);
		const text = await dialog.innerText();
		expect(text).toContain(claim.quote);
		expect(text).toContain(`paragraph ${claim.paragraph}`);
		expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('dialog');
		await page.keyboard.press('Escape');
		await expect.poll(() => dialog.count()).toBe(0);
		expect(
			await page.evaluate(() => document.activeElement?.getAttribute('data-claim')?.split(' ')[0])
		).toBe(id);
		await page.keyboard.press(' ');
		await expect.poll(() => dialog.isVisible()).toBe(true);
		await page.context().close();
	});

	it('shows how a derived figure was computed, with each input quote', async () => {
		const page = await b.open('/');
		await scrollToStep(page, 'fighters-sum');
		await page.locator('#fighters-sum [data-derived]').click();
		const text = await page.locator('[role="dialog"]').innerText();
		expect(text).toContain('How we computed this');
		expect(text).toContain('he did not give a total');
		expect(text).toMatch(/1,500-2,500 fighters left in al-Qaim/);
		expect(text).toMatch(/2,000-3,000 in Albu Kamal/);
		await page.context().close();
	});
});

describe('reduced motion, no JavaScript, layout', () => {
	it('changes state without animation when the reader prefers reduced motion', async () => {
		const page = await b.open('/', { reducedMotion: 'reduce' });
		const duration = await page.$eval(
			'.scrolly[data-chart="territory-lost"] .waffles rect',
			(r) => getComputedStyle(r).transitionDuration
		);
		expect(duration).toBe('0s');
		await scrollToStep(page, 'town-mosul');
		await expectState(page, 'town-sequence', 'mosul');
		const before = await page.$eval('.scrolly[data-chart="town-sequence"] svg', (s) =>
			s.getAttribute('viewBox')
		);
		await scrollToStep(page, 'town-crossing');
		await expectState(page, 'town-sequence', 'al-qaim-border-crossing');
		// Without motion, the map jumps straight to its zoomed view: the next frame already has it.
		const after = await page.evaluate(
			() =>
				new Promise<string | null>((r) =>
					requestAnimationFrame(() =>
						r(
							document
								.querySelector('.scrolly[data-chart="town-sequence"] svg')!
								.getAttribute('viewBox')
						)
					)
				)
		);
		expect(after).not.toBe(before);
		await page.waitForTimeout(300);
		expect(
			await page.$eval('.scrolly[data-chart="town-sequence"] svg', (s) => s.getAttribute('viewBox'))
		).toBe(after);
		await page.context().close();
	});

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

	it('logs no errors in the browser', () => {
		expect(b.errors).toEqual([]);
	});
});
