// Copying, in Chromium (it grants clipboard permissions per page): the Embed control's button copies
// the snippet it shows, and a section's link copies the section's address and says so.
import { describe, it, expect } from 'vitest';
import { useBrowser } from './fixtures.ts';

const b = useBrowser();
const charts: { id: string }[] = await (await fetch(`${b.site()}/data/charts.json`)).json();
const permissions = ['clipboard-read', 'clipboard-write'];

describe('the clipboard', () => {
	it('the Embed control copies the snippet shown in its text area', async () => {
		const id = charts[0].id;
		const page = await b.open(`/embed/${id}`, { permissions });
		await page.locator('details > summary', { hasText: 'Embed' }).click();
		const area = page.locator('details[open] textarea');
		await area.waitFor({ state: 'visible' });
		const snippet = await area.inputValue();
		expect(snippet).toContain(`data-frame-src="${b.site()}/embed/${id}?theme=light"`);
		await page.locator('[data-embed-tools] button').click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
		// And the control says so, in its status line.
		await expect
			.poll(() => page.locator('[data-embed-tools] [role="status"]').textContent())
			.not.toBe('');
	});

	it('a section’s link copies the section’s address and says so', async () => {
		const page = await b.open('/', { permissions });
		const link = page.locator('#h-fighters a[data-share]');
		const before = await link.textContent();
		await link.click();
		await expect
			.poll(() => page.evaluate(() => navigator.clipboard.readText()))
			.toMatch(/#fighters$/);
		const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
		expect(copied.href).toBe(`${b.site()}/#fighters`);
		await expect.poll(() => page.locator('[data-share-status]').textContent()).not.toBe('');
		expect(await link.textContent(), 'the link says it copied').not.toBe(before);
	});
});
