// Browser tests of the security policy: every page type works under its CSP (the meta tag and the
// _headers policy, as a host serves them) with zero violations, and the embed ignores stray messages.
import { describe, it, expect, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './fixtures.ts';
import { allSteps, scrollToStep } from './story-steps.ts';

const b = useBrowser();
const charts: { id: string }[] = await (await fetch(`${inject('origin')}/data/charts.json`)).json();

/** Opens a page that records every CSP violation from its first byte. */
async function openWatched(path: string): Promise<Page> {
	// Any page will do to start from; the watcher is installed for the next navigation.
	const page = await b.open('/sources');
	await page.addInitScript(() => {
		const w = window as unknown as { __violations: string[] };
		w.__violations = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`)
		);
	});
	await page.goto(b.origin() + path, { waitUntil: 'networkidle' });
	return page;
}

const violations = (page: Page) =>
	page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

describe('content security policy', () => {
	it('is sent as a header and a meta tag, with no unsafe-inline scripts', async () => {
		const res = await fetch(`${b.origin()}/`);
		const header = res.headers.get('content-security-policy') ?? '';
		expect(header).toContain("script-src 'self'");
		expect(header).toContain("frame-ancestors 'self'");
		const html = await res.text();
		const meta =
			/<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
		expect(meta).toMatch(/script-src 'self'(;|$)/);
		expect(meta).toContain("object-src 'none'");
		expect(meta).toContain("base-uri 'self'");
		const embed = await fetch(`${b.origin()}/embed/${charts[0].id}`);
		expect(embed.headers.get('content-security-policy')).not.toContain('frame-ancestors');
	});

	it('has zero violations on the story, read through, with a citation and the Embed panel open', async () => {
		const page = await openWatched('/');
		for (const step of await allSteps(page)) await scrollToStep(page, step.id);
		await page.locator('.step a[data-claim]').first().click();
		await expect.poll(() => page.locator('[role="dialog"]').isVisible()).toBe(true);
		await page.keyboard.press('Escape');
		await page.locator('details > summary', { hasText: 'Embed' }).first().click();
		await page.locator('details[open] textarea').first().waitFor({ state: 'visible' });
		expect(await violations(page)).toEqual([]);
		await page.context().close();
	});

	it('has zero violations on the sources page, every embed page and the 404', async () => {
		b.allowErrors(/status of 404/);
		for (const path of [
			'/sources',
			...charts.map((c) => `/embed/${c.id}`),
			'/embed/no-such-chart'
		]) {
			const page = await openWatched(path);
			const figure = page.locator('main a[data-claim]').first();
			if (await figure.count()) {
				await figure.click();
				await expect.poll(() => page.locator('[role="dialog"]').isVisible()).toBe(true);
			}
			expect(await violations(page), path).toEqual([]);
			await page.context().close();
		}
	});

	it('notices a violation when there is one (the watcher is not blind)', async () => {
		const page = await openWatched('/sources');
		await page.evaluate(() => {
			const s = document.createElement('script');
			s.textContent = 'window.__ran = true';
			document.body.append(s);
		});
		b.allowErrors(/Content Security Policy|Refused to execute/);
		// Both policies, the header's and the meta tag's, report it.
		await expect.poll(async () => (await violations(page)).length).toBeGreaterThan(0);
		expect(
			await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)
		).toBeUndefined();
		await page.context().close();
	});
});

describe('the embed’s message listener', () => {
	it('ignores messages that are not the frames handshake, and answers the handshake', async () => {
		const page = await b.open(`/embed/${charts[0].id}`);
		await page.evaluate(() => {
			for (const data of [null, undefined, 42, 'pym', [], {}, { sentinel: 'amp' }])
				window.postMessage(data, '*');
			window.postMessage({ sentinel: 'amp', type: 'frames-init' }, '*');
		});
		await page.waitForTimeout(300);
		await page.context().close();
	});
});
