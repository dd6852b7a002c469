// Firefox: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi. BiDi has no media
// emulation, so reduced motion is a pref of the browser, set at launch.
import puppeteer from 'puppeteer-core';
import { COLLECTOR, collected } from './collector.ts';
import { FIREFOX, requireEngine } from './paths.ts';
import { expression, type Browser, type LaunchOptions, type Page } from './types.ts';

export async function launchFirefox(options: LaunchOptions): Promise<Browser> {
	requireEngine('firefox');
	const browser = await puppeteer.launch({
		browser: 'firefox',
		executablePath: FIREFOX,
		headless: true,
		extraPrefsFirefox: {
			'ui.prefersReducedMotion': options.reducedMotion ? 1 : 0,
			// light, as the other engines are told
			'layout.css.prefers-color-scheme.content-override': 1
		}
	});
	return {
		engine: 'firefox',
		close: () => browser.close(),
		async open(url, o) {
			const context = await browser.createBrowserContext();
			const page = await context.newPage();
			await page.setViewport({ width: o.width, height: o.height });
			await page.evaluateOnNewDocument(`${COLLECTOR}\n${o.initScript ?? ''}`);
			const native: string[] = [];
			page.on('pageerror', (e) => native.push(`pageerror: ${e instanceof Error ? e.message : e}`));
			page.on('console', (m) => {
				if (m.type() === 'error') native.push(`console: ${m.text()}`);
			});
			const previous: string[] = [];
			const harvest = async () => previous.push(...(await page.evaluate(collected)));
			const frame = async (selector: string) => {
				const f = await (await page.waitForSelector(selector))!.contentFrame();
				if (!f) throw new Error('the iframe has no document');
				return f;
			};
			const wrapped: Page = {
				evaluate: (fn, arg) => page.evaluate(expression(fn, arg)) as never,
				frameEvaluate: async (selector, fn, arg) =>
					(await frame(selector)).evaluate(expression(fn, arg)) as never,
				setViewport: (width, height) => page.setViewport({ width, height }),
				async goto(u) {
					await harvest();
					await page.goto(u, { waitUntil: 'load' });
				},
				async reload() {
					await harvest();
					await page.reload({ waitUntil: 'load' });
				},
				press: (key) => page.keyboard.press(key === 'Space' ? ' ' : key),
				screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
				errors: async () => [...previous, ...(await page.evaluate(collected)), ...native],
				close: () => context.close()
			};
			await page.goto(url, { waitUntil: 'load' });
			return wrapped;
		}
	};
}
