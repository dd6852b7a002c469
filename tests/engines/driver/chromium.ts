// Chromium: Debian's /usr/bin/chromium driven by playwright-core over CDP, as tests/e2e does.
import { chromium } from 'playwright-core';
import { TEST_ARGS, launchChromium as launchBinary } from '../../../tools/chromium.ts';
import { COLLECTOR, collected } from './collector.ts';
import { expression, type Browser, type LaunchOptions, type Page } from './types.ts';

export async function launchChromium(options: LaunchOptions): Promise<Browser> {
	const browser = await launchBinary(chromium, {}, TEST_ARGS);
	return {
		engine: 'chromium',
		version: async () => `Chromium ${browser.version()}`,
		close: () => browser.close(),
		async open(url, o) {
			const context = await browser.newContext({
				viewport: { width: o.width, height: o.height },
				reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
				colorScheme: 'light'
			});
			await context.addInitScript(`${COLLECTOR}\n${o.initScript ?? ''}`);
			const page = await context.newPage();
			const native: string[] = [];
			page.on('pageerror', (e) => native.push(`pageerror: ${e.message}`));
			page.on('console', (m) => {
				if (m.type() === 'error') native.push(`console: ${m.text()}`);
			});
			const previous: string[] = [];
			const harvest = async () => previous.push(...(await page.evaluate(collected)));
			const frame = async (selector: string) => {
				const f = await (
					await page.waitForSelector(selector, { state: 'attached' })
				).contentFrame();
				if (!f) throw new Error('the iframe has no document');
				return f;
			};
			const wrapped: Page = {
				evaluate: (fn, arg) => page.evaluate(expression(fn, arg)),
				frameEvaluate: async (selector, fn, arg) =>
					(await frame(selector)).evaluate(expression(fn, arg)),
				setViewport: (width, height) => page.setViewportSize({ width, height }),
				async goto(u) {
					await harvest();
					await page.goto(u);
				},
				async reload() {
					await harvest();
					await page.reload();
				},
				press: (key) => page.keyboard.press(key),
				screenshot: async (path) => void (await page.screenshot({ path })),
				errors: async () => [...previous, ...(await page.evaluate(collected)), ...native],
				close: () => context.close()
			};
			await page.goto(url);
			return wrapped;
		}
	};
}
