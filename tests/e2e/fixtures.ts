// Shared browser-test plumbing: one Chromium per test file, a fresh page per test.
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from './browser.ts';

/** Starts Chromium for the file; `open` gives a page at a path of the served build. */
export function useBrowser() {
	let browser: Browser;
	const errors: string[] = [];
	beforeAll(async () => {
		browser = await launchChromium(chromium);
	});
	afterAll(async () => {
		await browser?.close();
	});
	return {
		origin: () => inject('origin'),
		errors,
		async open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
			const context = await browser.newContext({
				viewport: { width: 1280, height: 900 },
				...options
			});
			const page = await context.newPage();
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
