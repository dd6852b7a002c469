// The specs' one fixture: one browser of the project's engine per spec file, pages opened through it, and after each test every page's errors read and the
// page closed: any uncaught exception, console.error, failed resource or CSP violation in a test's
// pages fails that test.
import { mkdir } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest';
import { launch, type Browser, type LaunchOptions, type Page } from './driver/index.ts';
import { sabotage } from './sabotage.ts';

export interface PageSize {
	width: number;
	height: number;
}

export function useEngine(options: LaunchOptions = {}) {
	const engine = inject('engine');
	let browser: Browser | undefined;
	const open: { page: Page; label: string; taken: number; expected?: RegExp }[] = [];
	// An engine that cannot start is reported once, by engine.spec.ts; its other tests are skipped.
	const missing = inject('engineProblem');
	beforeAll(async () => {
		if (missing) return;
		browser = await launch(engine, { startFrom: inject('firefoxProfile'), ...options });
	}, 60_000);
	beforeEach((context) => {
		if (missing) context.skip();
	});
	afterAll(async () => {
		await browser?.close();
	});
	afterEach(async (context) => {
		const errors: string[] = [];
		const failed = context.task.result?.state === 'fail';
		for (const { page, label, taken, expected } of open.splice(0)) {
			if (failed) {
				const dir = 'test-results/engines';
				await mkdir(dir, { recursive: true });
				const name = `${engine}-${context.task.name}-${label}`
					.replace(/[^\w.-]+/g, '_')
					.slice(0, 150);
				await page.screenshot(`${dir}/${name}.png`).catch(() => {});
			}
			const seen = await page.errors().then(
				(all) => all.slice(taken).filter((e) => !expected?.test(e)),
				(x: Error) => [`the errors could not be read: ${x}`]
			);
			errors.push(...seen.map((e) => `${label}: ${e}`));
			await page.close().catch(() => {});
		}
		expect(errors, `errors in ${engine} during this test`).toEqual([]);
	});
	return {
		engine,
		/** The site's root URL (where it is served, and its base path): `${origin()}/embed/x`. */
		origin: () => inject('site'),
		/** A fresh page (its own profile) at a path of the site (under its base path), or at a full URL. */
		async open(pathOrUrl: string, size: PageSize = { width: 1280, height: 900 }): Promise<Page> {
			if (!browser) throw new Error(`${engine} did not start`);
			const url = /^https?:/.test(pathOrUrl) ? pathOrUrl : inject('site') + pathOrUrl;
			const page = await browser.open(url, { ...size, initScript: sabotage(engine) });
			open.push({ page, label: pathOrUrl, taken: 0 });
			return page;
		},
		/** The page's errors since the last call, which then no longer fail the test (for a spec that
		 *  causes errors on purpose and checks them itself). */
		async takeErrors(page: Page): Promise<string[]> {
			const entry = open.find((o) => o.page === page)!;
			const all = await page.errors();
			const fresh = all.slice(entry.taken);
			entry.taken = all.length;
			return fresh;
		},
		/** Errors matching `re` on this page, caused on purpose and checked by the spec, do not fail
		 *  the test when they are read after it (an engine's own report may come late). */
		expectErrors(page: Page, re: RegExp) {
			open.find((o) => o.page === page)!.expected = re;
		}
	};
}
