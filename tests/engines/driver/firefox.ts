// Firefox: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi. BiDi has no media
// emulation, so reduced motion is a pref of the browser, set at launch.
//
// We send Firefox only commands every supported ESR has: puppeteer's page.setViewport also sends
// emulation.setScreenOrientationOverride, which Firefox learnt in 144 (140 ESR answers "unknown
// command"), so the viewport is set with BiDi's browsingContext.setViewport itself, on puppeteer's
// own connection, and no default viewport is set on new pages. Should puppeteer still send a command
// of BiDi's newer emulation module that this Firefox does not know, that is an option it lacks, not a
// failure: the connection answers it as done (tolerateOptional, tested in firefox.spec.ts).
import puppeteer, {
	type Browser as PuppeteerBrowser,
	type Page as PuppeteerPage
} from 'puppeteer-core';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COLLECTOR, collected } from './collector.ts';
import { FIREFOX, requireEngine } from './paths.ts';
import { expression, type Browser, type LaunchOptions, type Page } from './types.ts';

interface BidiConnection {
	send(method: string, params: object, timeout?: number): Promise<unknown>;
}

/** Commands our tests can do without (BiDi's emulation module, new in Firefox 139 to 144). */
export const OPTIONAL = /^emulation\./;

/** puppeteer-core's BiDi connection (not in its types). */
function connectionOf(browser: PuppeteerBrowser): BidiConnection {
	const connection = (browser as unknown as { connection?: BidiConnection }).connection;
	if (!connection?.send)
		throw new Error(
			'puppeteer-core no longer exposes its BiDi connection (Browser.connection): ' +
				'tests/engines/driver/firefox.ts needs it'
		);
	return connection;
}

/** An optional command this Firefox does not know is answered as done; every other error stands. */
function tolerateOptional(connection: BidiConnection) {
	const send = connection.send.bind(connection);
	connection.send = (method, params, timeout) =>
		send(method, params, timeout).catch((e: unknown) => {
			if (OPTIONAL.test(method) && /unknown command|unsupported operation/.test(String(e)))
				return {};
			throw e;
		});
}

/** The page's browsing context, as BiDi names it (not in puppeteer's types). */
function contextOf(page: PuppeteerPage): string {
	const context = (page.mainFrame() as unknown as { _id?: string })._id;
	if (typeof context !== 'string')
		throw new Error(
			'puppeteer-core no longer exposes the page’s browsing context (Frame._id): ' +
				'tests/engines/driver/firefox.ts needs it'
		);
	return context;
}

export async function launchFirefox(options: LaunchOptions): Promise<Browser> {
	requireEngine('firefox');
	// A copy of the template profile is this launch's own, removed when it closes.
	const copy = options.startFrom ? await mkdtemp(join(tmpdir(), 'engines-firefox-')) : undefined;
	if (copy) await cp(options.startFrom!, copy, { recursive: true });
	const userDataDir = options.keepProfileIn ?? copy;
	const browser = await puppeteer.launch({
		browser: 'firefox',
		executablePath: FIREFOX,
		headless: true,
		defaultViewport: null,
		...(userDataDir ? { userDataDir } : {}),
		extraPrefsFirefox: {
			'ui.prefersReducedMotion': options.reducedMotion ? 1 : 0,
			// light, as the other engines are told
			'layout.css.prefers-color-scheme.content-override': 1
		}
	});
	const connection = connectionOf(browser);
	tolerateOptional(connection);
	const version = (await browser.version()).replace(/^firefox\//i, '');
	return {
		engine: 'firefox',
		version: async () => `Firefox ${version}`,
		bidi: (method, params) => connection.send(method, params),
		async close() {
			await browser.close();
			if (copy) await rm(copy, { recursive: true, force: true });
		},
		async open(url, o) {
			const context = await browser.createBrowserContext();
			const page = await context.newPage();
			const bidiContext = contextOf(page);
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
				async setViewport(width, height) {
					await connection.send('browsingContext.setViewport', {
						context: bidiContext,
						viewport: { width, height }
					});
					const seen = await page.evaluate(() => [innerWidth, innerHeight]);
					if (seen[0] !== width || seen[1] !== height)
						throw new Error(`firefox viewport is ${seen.join('x')}, not ${width}x${height}`);
				},
				async goto(u) {
					await harvest();
					await page.goto(u, { waitUntil: 'load' });
				},
				async reload() {
					await harvest();
					await page.reload({ waitUntil: 'load' });
				},
				async press(key) {
					if (key === 'Shift+Tab') {
						await page.keyboard.down('Shift');
						await page.keyboard.press('Tab');
						await page.keyboard.up('Shift');
					} else await page.keyboard.press(key === 'Space' ? ' ' : key);
				},
				screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
				errors: async () => [...previous, ...(await page.evaluate(collected)), ...native],
				close: () => context.close()
			};
			await wrapped.setViewport(o.width, o.height);
			await page.goto(url, { waitUntil: 'load' });
			return wrapped;
		}
	};
}
