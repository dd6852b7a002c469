// The Chromium-only tests' plumbing: one Chromium per test file, a fresh context per page, and the
// same error net as the engine specs: after each test,
// any uncaught exception, console.error, failed resource or CSP violation in its pages fails it.
import {
	chromium,
	type Browser,
	type BrowserContext,
	type BrowserContextOptions,
	type Page
} from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest';
import { TEST_ARGS, launchChromium } from '../../tools/chromium.ts';
import { COLLECTOR } from '../engines/driver/collector.ts';
import { expression, type PageFunction } from '../engines/driver/types.ts';

/** A Playwright page as tests/engines' helpers take one (they only run functions in it). */
export const runs = (page: Page) => ({
	evaluate: <R, A = undefined>(fn: PageFunction<A, R>, arg?: A): Promise<R> =>
		page.evaluate(expression(fn, arg))
});

/** After the collector: each error it keeps is also sent to the test at once (`exposeBinding`). */
const REPORT = `(() => {
	const kept = window.__engineErrors;
	const push = kept.push.bind(kept);
	kept.push = (...errors) => {
		for (const e of errors) window.__engineError?.(e);
		return push(...errors);
	};
})();`;

export function useBrowser() {
	let browser: Browser;
	const watched: { label: string; seen: string[] }[] = [];
	const contexts: BrowserContext[] = [];
	const allowed: RegExp[] = [];
	// Chromium that cannot start is reported once by tests/engines/engine.spec.ts; these are skipped.
	const missing = inject('engineProblem');
	beforeAll(async () => {
		if (missing) return;
		browser = await launchChromium(chromium, {}, TEST_ARGS);
	});
	beforeEach((context) => {
		if (missing) context.skip();
	});
	afterAll(async () => {
		await browser?.close();
	});
	afterEach(async () => {
		const errors = watched
			.splice(0)
			.flatMap(({ label, seen }) => seen.map((e) => `${label}: ${e}`));
		await Promise.all(contexts.splice(0).map((c) => c.close().catch(() => {})));
		const fresh = errors.filter((e) => !allowed.some((re) => re.test(e)));
		allowed.length = 0;
		expect(fresh, 'errors in the browser during this test').toEqual([]);
	});
	const site = () => inject('site');
	/** A fresh context, watched by the error net until the test ends: the collector reports each
	 *  error as it happens, so closing a page or leaving it loses none. */
	const context = async (options: BrowserContextOptions = {}, label = 'page') => {
		const created = await browser.newContext({
			viewport: { width: 1280, height: 900 },
			...options
		});
		const seen: string[] = [];
		await created.exposeBinding('__engineError', (_, message: string) => void seen.push(message));
		await created.addInitScript(`${COLLECTOR}\n${REPORT}`);
		created.on('weberror', (e) => seen.push(`pageerror: ${e.error().message}`));
		created.on('console', (m) => {
			if (m.type() === 'error') seen.push(`console: ${m.text()}`);
		});
		watched.push({ label, seen });
		contexts.push(created);
		return created;
	};
	return {
		/** The site's root URL (where it is served, and its base path). */
		site,
		/** Its base path: '' or e.g. '/graphics/last-towns'. */
		base: () => new URL(site()).pathname.replace(/\/$/, ''),
		/** Lets this test's pages log errors that match (a 404 document, say); every other still fails it. */
		allowErrors(re: RegExp) {
			allowed.push(re);
		},
		context,
		/** A fresh page (in a context of its own) at a path of the site, or a full URL, loaded. */
		async open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
			const page = await (await context(options, path)).newPage();
			await page.goto(/^https?:/.test(path) ? path : site() + path);
			return page;
		},
		browser: () => browser
	};
}
