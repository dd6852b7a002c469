// The story from the keyboard: a skip link first, Tab out of a citation goes on from its figure, a
// focused figure is never under the sticky chart, one stop per figure in a chart, and the section
// links copy their address.
import { describe, it, expect } from 'vitest';
import { useBrowser } from './fixtures.ts';

const b = useBrowser();

/** Everything Tab stops at, in order (the page uses links, buttons and its dialog only). */
const TAB_STOPS = `[...document.querySelectorAll('a[href], button, [tabindex="0"]')]
	.filter((e) => e.getClientRects().length && !e.closest('[hidden]'))`;

describe('keyboard', () => {
	it('offers a skip link first, which moves focus past the page’s head to the story', async () => {
		const page = await b.open('/');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
			'Skip to the story'
		);
		expect(
			await page.evaluate(() => document.activeElement!.getBoundingClientRect().top)
		).toBeGreaterThanOrEqual(0);
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('story-start');
		await page.keyboard.press('Tab');
		// The next stop is inside the intro, not the summary or the contents above it.
		expect(await page.evaluate(() => !!document.activeElement?.closest('#story-start'))).toBe(true);
		await page.context().close();
	});

	it('goes on from the figure that opened a citation, with Tab and with Shift+Tab', async () => {
		const page = await b.open('/');
		const figure = page.locator('#height-britain a[data-claim]').first();
		await figure.focus();
		const next = await page.evaluate(`(() => {
			const stops = ${TAB_STOPS};
			const at = stops.indexOf(document.activeElement);
			return stops[at + 1].getAttribute('href') + ' ' + stops[at + 1].textContent.trim();
		})()`);
		const dialog = page.locator('[role="dialog"]');
		for (const shift of [false, true]) {
			await figure.focus();
			await page.keyboard.press('Enter');
			await expect.poll(() => dialog.isVisible()).toBe(true);
			for (let i = 0; i < 10 && (await dialog.isVisible()); i++) {
				await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
			}
			expect(await dialog.isVisible(), 'Tab leaves the citation').toBe(false);
			const at = await page.evaluate(
				() =>
					`${document.activeElement?.getAttribute('href')} ${document.activeElement?.textContent?.trim()}`
			);
			if (shift)
				expect(at).toBe(
					`${await figure.getAttribute('href')} ${(await figure.textContent())!.trim()}`
				);
			else expect(at).toBe(next);
		}
		await page.context().close();
	});

	it('at 390 px, scrolls every figure reached with Tab into view below the sticky chart', async () => {
		const page = await b.open('/', { viewport: { width: 390, height: 844 } });
		const figures = await page.locator('.steps a[data-claim]').count();
		expect(figures).toBeGreaterThan(20);
		const covered: string[] = [];
		for (let i = 0; i < figures; i++) {
			// Start from the figure before it, so the browser scrolls as it does for a reader's Tab.
			await page.evaluate(`(() => {
				const stops = ${TAB_STOPS};
				const target = document.querySelectorAll('.steps a[data-claim]')[${i}];
				stops[stops.indexOf(target) - 1].focus({ preventScroll: true });
			})()`);
			await page.keyboard.press('Tab');
			const problem = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement;
				const r = el.getClientRects()[0];
				const [x, y] = [r.left + 2, (r.top + r.bottom) / 2];
				if (r.top < 0 || r.bottom > innerHeight) return `${el.textContent} is off screen`;
				const hit = document.elementFromPoint(x, y);
				return hit === el || el.contains(hit) ? '' : `${el.textContent} is under ${hit?.className}`;
			});
			if (problem) covered.push(problem);
		}
		expect(covered).toEqual([]);
		await page.context().close();
	});

	it('stops once per figure in each chart', async () => {
		const page = await b.open('/');
		const repeats = await page.$$eval('.graphic', (graphics) =>
			graphics.flatMap((g) => {
				const keys = [...g.querySelectorAll<HTMLElement>('a[href]')]
					.filter((a) => a.getClientRects().length)
					.map((a) => a.dataset.cite ?? a.dataset.claim ?? a.getAttribute('href'));
				return keys.filter((k, i) => keys.indexOf(k) !== i);
			})
		);
		expect(repeats).toEqual([]);
		await page.context().close();
	});

	it('copies a section’s address from its link and says so', async () => {
		const page = await b.open('/', { permissions: ['clipboard-read', 'clipboard-write'] });
		const link = page.locator('#h-fighters a[data-share]');
		await link.click();
		await expect.poll(() => page.locator('[data-share-status]').textContent()).toBe('Link copied');
		expect(await link.textContent()).toBe('Link copied');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(new URL(copied).hash).toBe('#fighters');
		await page.context().close();
	});
});
