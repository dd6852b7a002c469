// The producer's path, in Chromium (it emulates the reader's colour scheme, follows new tabs and
// downloads): each snippet variant and theme pasted on another origin, light and dark, with scripts
// stripped; lazy loading; every link in a frame leaves it; the theme is set before the first paint.
import { describe, it, expect } from 'vitest';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { useBrowser } from './fixtures.ts';
import { useForeignHost } from './foreign-host.ts';
import { ORIGIN_SLOT, THEME_SLOT } from '../../src/lib/embed/embed-snippet.ts';

const b = useBrowser();
const host = useForeignHost();
const charts: { id: string; title: string }[] = await (
	await fetch(`${b.site()}/data/charts.json`)
).json();

/** app.css's --paper in each theme, as computed colours. */
const PAPER = { light: 'rgb(251, 250, 247)', dark: 'rgb(22, 22, 20)' };

/** The page's frame whose URL starts with the site's `path`, once it has loaded. */
async function frameOf(page: Page, path: string): Promise<Frame> {
	const url = b.site() + path;
	let frame: Frame | undefined;
	await expect
		.poll(() => (frame = page.frames().find((f) => f.url().startsWith(url))), {
			message: `a frame at ${url}`
		})
		.toBeDefined();
	await frame!.waitForLoadState('load');
	return frame!;
}

/** A chart's snippet as the Embed control fills it in for a theme and a variant (that the control
 *  does so, on the story and on the embed pages, is embed-control.test.ts). */
async function snippet(
	id: string,
	theme: string,
	variant: 'responsive' | 'iframe'
): Promise<string> {
	const templates = (await (await fetch(`${b.site()}/embed/${id}/snippets.json`)).json()) as Record<
		string,
		string
	>;
	return templates[variant]
		.replaceAll(THEME_SLOT, theme)
		.replaceAll(ORIGIN_SLOT, new URL(b.site()).origin);
}

/** Opens a host page in a fresh context, with the reader's system light or dark. */
async function openHost(url: string, scheme: 'light' | 'dark' = 'light', width = 900) {
	const context = await b.context({ viewport: { width, height: 900 }, colorScheme: scheme }, url);
	const page = await context.newPage();
	await page.goto(url);
	return { context, page };
}

const paperIn = (frame: Frame) =>
	frame.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('themes', () => {
	const id = charts[0].id;
	for (const [scheme, param, expected] of [
		['dark', '', 'light'],
		['dark', 'light', 'light'],
		['light', 'dark', 'dark'],
		['dark', 'auto', 'dark'],
		['light', 'auto', 'light']
	] as const) {
		it(`?theme=${param || '(none)'} on a ${scheme} system draws the chart ${expected}, from the first paint`, async () => {
			const context = await b.context({ colorScheme: scheme });
			try {
				const page = await context.newPage();
				// What <html data-theme> is when <body> first exists: before it, nothing can be painted.
				await page.addInitScript(() => {
					const w = window as unknown as { themeAtBody?: string };
					new MutationObserver((_, observer) => {
						if (!document.body) return;
						w.themeAtBody = document.documentElement.dataset.theme ?? '(none)';
						observer.disconnect();
					}).observe(document, { childList: true, subtree: true });
				});
				await page.goto(`${b.site()}/embed/${id}${param ? `?theme=${param}` : ''}`);
				expect(
					await page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody)
				).toBe(param || '(none)');
				expect(await paperIn(page.mainFrame())).toBe(PAPER[expected]);
				expect(
					await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)
				).toBe(param === 'auto' ? 'light dark' : expected);
			} finally {
				await context.close();
			}
		});
	}

	it('ignores a theme it does not know (light, as by default)', async () => {
		const context = await b.context({ colorScheme: 'dark' });
		try {
			const page = await context.newPage();
			await page.goto(`${b.site()}/embed/${id}?theme=%22%3E%3Cscript%3E`);
			expect(await page.evaluate(() => document.documentElement.dataset.theme ?? null)).toBeNull();
			expect(await paperIn(page.mainFrame())).toBe(PAPER.light);
		} finally {
			await context.close();
		}
	});
});

describe('snippet variants on another origin', () => {
	const chart = charts.find((c) => c.id === 'fighters') ?? charts[0];

	it('responsive, dark, in a dark host page: a dark chart that sizes itself', async () => {
		const code = await snippet(chart.id, 'dark', 'responsive');
		expect(code).toContain(`/embed/${chart.id}?theme=dark`);
		const { context, page } = await openHost(
			await host.publish('dark-responsive', code, { dark: true })
		);
		try {
			const frame = await frameOf(page, `/embed/${chart.id}?theme=dark`);
			expect(await paperIn(frame)).toBe(PAPER.dark);
			await expect
				.poll(() =>
					page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height)
				)
				.toBeCloseTo(await frame.evaluate(() => document.documentElement.offsetHeight), -1);
			await page.screenshot({
				path: 'test-results/screens/embed-dark-host-responsive.png',
				fullPage: true
			});
		} finally {
			await context.close();
		}
	});

	it('iframe only, auto, in light and dark host pages: no script, the fixed height, the reader’s theme', async () => {
		const code = await snippet(chart.id, 'auto', 'iframe');
		expect(code).not.toContain('<script');
		const height = Number(/ height="(\d+)"/.exec(code)?.[1]);
		expect(height, 'a fixed height in px').toBeGreaterThan(200);
		for (const scheme of ['light', 'dark'] as const) {
			const { context, page } = await openHost(
				await host.publish(`iframe-${scheme}`, code, { dark: scheme === 'dark' }),
				scheme
			);
			try {
				const frame = await frameOf(page, `/embed/${chart.id}?theme=auto`);
				expect(await paperIn(frame)).toBe(PAPER[scheme]);
				const box = await page.evaluate(() =>
					document.querySelector('iframe')!.getBoundingClientRect()
				);
				expect(box.height).toBe(height);
				// The fixed height holds the chart without clipping it at this width.
				expect(
					await frame.evaluate(() => document.documentElement.offsetHeight)
				).toBeLessThanOrEqual(height);
				await page.screenshot({
					path: `test-results/screens/embed-iframe-only-${scheme}.png`,
					fullPage: true
				});
			} finally {
				await context.close();
			}
		}
	});

	it('responsive with scripts stripped by the host: the chart’s image, linked to the chart', async () => {
		const code = (await snippet(chart.id, 'light', 'responsive')).replace(
			/<script[\s\S]*?<\/script>/,
			''
		);
		const { context, page } = await openHost(await host.publish('stripped', code));
		try {
			expect(await page.locator('iframe').count()).toBe(0);
			const link = page.locator('[data-frame-src] > a[data-frame-fallback]');
			expect(await link.getAttribute('href')).toBe(`${b.site()}/embed/${chart.id}?theme=light`);
			const img = link.locator('img');
			await expect
				.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth))
				.toBeGreaterThanOrEqual(1200);
			const box = (await img.boundingBox())!;
			expect(box.width).toBeGreaterThan(300);
			expect(box.height).toBeGreaterThan(100);
			expect(await img.getAttribute('alt')).toContain(chart.title);
			await page.screenshot({
				path: 'test-results/screens/embed-scripts-stripped.png',
				fullPage: true
			});
		} finally {
			await context.close();
		}
	});

	it('loads the iframe only when it nears the screen', async () => {
		const code = await snippet(chart.id, 'light', 'responsive');
		const { context, page } = await openHost(
			await host.publish('far-below', code, { before: 9000 })
		);
		try {
			const requested = () =>
				page.evaluate(
					(site) =>
						performance
							.getEntriesByType('resource')
							.some((e) => e.name.startsWith(`${site}/embed/`)),
					b.site()
				);
			await expect
				.poll(() => page.evaluate(() => document.querySelectorAll('iframe').length))
				.toBe(1);
			// Ten frames on, the browser has long decided whether to load a lazy frame in view.
			await page.evaluate(async () => {
				for (let i = 0; i < 10; i++) await new Promise((r) => requestAnimationFrame(r));
			});
			expect(await requested(), 'the embed page was fetched while far off screen').toBe(false);
			await page.locator('iframe').scrollIntoViewIfNeeded();
			await frameOf(page, `/embed/${chart.id}`);
		} finally {
			await context.close();
		}
	});
});

describe('every link in a frame leaves it', () => {
	const chart = charts[0];

	async function framed(
		path: string
	): Promise<{ context: BrowserContext; page: Page; frame: Frame }> {
		const { context, page } = await openHost(
			await host.publish(
				`framed-${path.replace(/\W/g, '-')}`,
				`<iframe src="${b.site()}${path}" title="chart" width="100%" height="700"></iframe>`
			)
		);
		return { context, page, frame: await frameOf(page, path) };
	}

	it('the source line, the story link and a citation’s report link open in a new tab', async () => {
		const { context, page, frame } = await framed(`/embed/${chart.id}`);
		try {
			for (const link of [
				frame.locator('.source-line a').first(),
				frame.locator('a', { hasText: 'read the story' })
			]) {
				const [tab] = await Promise.all([context.waitForEvent('page'), link.click()]);
				await tab.waitForLoadState();
				expect(tab.url().startsWith(b.site())).toBe(true);
				await tab.close();
			}
			await frame.locator('main a[data-claim]').first().click();
			const dialogLink = frame.locator('[data-citation-body] a').first();
			await dialogLink.waitFor({ state: 'visible' });
			const [tab] = await Promise.all([context.waitForEvent('page'), dialogLink.click()]);
			await tab.waitForLoadState();
			expect(new URL(tab.url()).pathname).toBe(`${b.base()}/sources`);
			// The frame and its host stay where they were.
			expect(frame.url()).toBe(`${b.site()}/embed/${chart.id}`);
			expect(page.url().startsWith(host.origin())).toBe(true);
		} finally {
			await context.close();
		}
	});

	it('a figure whose citation data cannot load opens its quote in a new tab, not in the frame', async () => {
		// The blocked citation file is a 404, which Chromium logs as a failed resource.
		b.allowErrors(/status of 404/);
		const url = await host.publish(
			'framed-blocked',
			`<iframe src="${b.site()}/embed/${chart.id}" title="chart" width="100%" height="700"></iframe>`
		);
		const context = await b.context({ viewport: { width: 900, height: 900 } }, url);
		const page = await context.newPage();
		try {
			// Blocked from the start: the embed loads its citation data as soon as it has loaded.
			await page.route(
				(url) => url.pathname.startsWith(`${b.base()}/citations/`),
				(route) => route.fulfill({ status: 404, body: 'blocked' })
			);
			await page.goto(url);
			const frame = await frameOf(page, `/embed/${chart.id}`);
			const [tab] = await Promise.all([
				context.waitForEvent('page'),
				frame.locator('main a[data-claim]').first().click()
			]);
			await tab.waitForLoadState();
			expect(new URL(tab.url()).pathname).toBe(`${b.base()}/sources`);
			expect(frame.url()).toBe(`${b.site()}/embed/${chart.id}`);
		} finally {
			await context.close();
		}
	});

	it('downloads start from the frame without navigating it', async () => {
		const { context, frame } = await framed(`/embed/${chart.id}`);
		try {
			for (const [text, ext] of [
				['Download data', 'csv'],
				['Download image', 'png']
			]) {
				const [download] = await Promise.all([
					frame.page().waitForEvent('download'),
					frame.locator('a', { hasText: text }).click()
				]);
				expect(download.suggestedFilename()).toBe(`${chart.id}.${ext}`);
			}
			expect(frame.url()).toBe(`${b.site()}/embed/${chart.id}`);
		} finally {
			await context.close();
		}
	});

	it('the 404 page in a frame (a mistyped chart id) sends its links to the top window', async () => {
		b.allowErrors(/status of 404/);
		const { context, page, frame } = await framed('/embed/no-such-chart');
		try {
			await Promise.all([
				page.waitForURL(`${b.site()}/embed/${charts[1].id}`),
				frame.locator(`a[href="${b.base()}/embed/${charts[1].id}"]`).click()
			]);
		} finally {
			await context.close();
		}
	});
});
