// Browser tests of the story in Chromium: every scroll path lands each chart on the state of the
// visible step (in order, backwards, reload, anchor jumps, fast scrolling, resize).
import { describe, it, expect } from 'vitest';
import { useBrowser } from './fixtures.ts';
import { allSteps, chartStates, expectState, scrollToStep } from './story-steps.ts';

const b = useBrowser();

describe('scroll steps drive the charts', () => {
	it('every step, scrolled to in order, sets the state of its chart', async () => {
		const page = await b.open('/');
		const steps = await allSteps(page);
		const states = await chartStates(b.origin());
		expect(steps.length).toBeGreaterThanOrEqual(20);
		for (const step of steps) {
			// A misspelt state in the copy would set a state the chart does not have.
			expect(states.get(step.chart), `${step.id} drives a known chart`).toBeDefined();
			expect(
				states.get(step.chart),
				`${step.id}: "${step.state}" is a state of ${step.chart}`
			).toContain(step.state);
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
