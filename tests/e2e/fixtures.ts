// Shared browser-test plumbing: one Chromium per test file, a fresh page per test, and no browser
// error left unexamined: after each test, any page error or console error it caused fails it.
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest';
import { launchChromium } from '../../tools/chromium.ts';

/** Starts Chromium for the file; `open` gives a page at a path of the served build. */
export function useBrowser() {
	let browser: Browser;
	const errors: string[] = [];
	let mark = 0;
	const allowed: RegExp[] = [];
	beforeAll(async () => {
		browser = await launchChromium(chromium);
	});
	afterAll(async () => {
		await browser?.close();
	});
	beforeEach(() => {
		mark = errors.length;
		allowed.length = 0;
	});
	afterEach(() => {
		const fresh = errors.slice(mark).filter((e) => !allowed.some((re) => re.test(e)));
		expect(fresh, 'errors in the browser during this test').toEqual([]);
	});
	return {
		origin: () => inject('origin'),
		errors,
		/** Lets this test log errors that match (a 404 document, say); every other error still fails it. */
		allowErrors(re: RegExp) {
			allowed.push(re);
		},
		/** A fresh page at `path`; `block` makes requests for one path fail, as a CDN hiccup would. */
		async open(
			path: string,
			options: BrowserContextOptions = {},
			{ block }: { block?: string } = {}
		): Promise<Page> {
			const context = await browser.newContext({
				viewport: { width: 1280, height: 900 },
				...options
			});
			const page = await context.newPage();
			if (block) {
				await page.route(
					(url) => url.pathname === block,
					(route) => route.fulfill({ status: 404, body: 'blocked by the test' })
				);
			}
			page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
			page.on('console', (m) => {
				if (m.type() === 'error') errors.push(`${path}: console: ${m.text()}`);
			});
			await page.goto(inject('origin') + path, { waitUntil: 'networkidle' });
			return page;
		},
		browser: () => browser
	};
}
