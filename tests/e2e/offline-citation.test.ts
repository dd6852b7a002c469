// A citation once the network is gone, in Chromium (Playwright switches a context offline): once the
// story has loaded, a figure's citation opens with no network; when the citation cannot load at
// all, the figure's own link takes the reader to its quote on the sources page.
import { describe, it, expect } from 'vitest';
import { useBrowser } from './fixtures.ts';

const b = useBrowser();
/** A cited figure in the story's text. */
const FIGURE = 'main a.fig[data-claim]';

describe('a citation offline', () => {
	it('opens with its quotes, offline, once the page has loaded', async () => {
		const page = await b.open('/');
		// The page has what a citation needs (its data and the code that shows it) in memory.
		await page
			.locator('[data-citation-panel][data-ready]')
			.waitFor({ state: 'attached', timeout: 10_000 });
		await page.context().setOffline(true);
		// Offline, what the page still fetches (a chart nearing the screen) fails, as it should.
		b.allowErrors(/net::ERR_INTERNET_DISCONNECTED/);
		const figure = page.locator(FIGURE).first();
		const href = await figure.getAttribute('href');
		await figure.click();
		const panel = page.locator('[data-citation-panel]');
		await panel.waitFor({ state: 'visible' });
		// The quote's report link, as the figure's own link names it: the same place on /sources.
		const links = await panel
			.locator('[data-citation-body] a')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(links.length).toBeGreaterThan(0);
		expect(links).toContain(href);
		expect(page.url()).toBe(`${b.site()}/`);
	});

	it('sends the reader to the quote on /sources when its data cannot load, never a blank panel', async () => {
		b.allowErrors(/net::ERR_FAILED|Failed to load resource/);
		const page = await (await b.context()).newPage();
		await page.route(
			(url) => url.pathname.startsWith(`${b.base()}/citations/`),
			(route) => route.abort()
		);
		await page.goto(`${b.site()}/`);
		const figure = page.locator(FIGURE).first();
		const href = (await figure.getAttribute('href'))!;
		await figure.click();
		await page.waitForURL((url) => url.pathname + url.hash === href);
		expect(new URL(page.url()).pathname).toBe(`${b.base()}/sources`);
	});
});
