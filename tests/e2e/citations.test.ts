// Browser tests of citations: from the keyboard, from a click, for a derived figure.
import { describe, it, expect } from 'vitest';
import { useBrowser } from './fixtures.ts';
import { scrollToStep } from './story-steps.ts';

const b = useBrowser();

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
		await expect.poll(() => dialog.isVisible()).toBe(false);
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
		const dialog = page.locator('[role="dialog"]');
		await expect.poll(() => dialog.isVisible()).toBe(true);
		const text = await dialog.innerText();
		expect(text).toContain('How we computed this');
		expect(text).toContain('he did not give a total');
		expect(text).toMatch(/1,500-2,500 fighters left in al-Qaim/);
		expect(text).toMatch(/2,000-3,000 in Albu Kamal/);
		await page.context().close();
	});
});
