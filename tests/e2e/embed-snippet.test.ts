// Embeds, end to end: the snippet from each chart's "Embed" control, pasted into a page on another
// origin, gives an iframe that fits its content and follows it as the width changes.
import { describe, it, expect, afterAll, inject } from 'vitest';
import { createHash } from 'node:crypto';
import { useBrowser } from './fixtures.ts';
import { copySnippet, useForeignHost } from './foreign-host.ts';
import { expectFits, settle, sleep, until } from './frame-reading.ts';

interface ManifestChart {
	id: string;
	title: string;
	embed_url: string;
	csv_url: string;
}

// The chart list comes from the served manifest, never from a hard-coded list.
const charts: ManifestChart[] = await (await fetch(`${inject('origin')}/data/charts.json`)).json();

const { origin, errors, open, browser } = useBrowser();

/** Errors recorded (by useBrowser) since `mark`, for pages whose path starts with `prefix`. */
function errorsSince(mark: number, prefix: string) {
	return errors.slice(mark).filter((e) => e.startsWith(prefix));
}

/** Opens the chart's "Embed" control on the story page and returns the default snippet. */
async function storySnippet(id: string): Promise<string> {
	const page = await open('/');
	try {
		const nth = charts.findIndex((c) => c.id === id);
		expect(await page.locator('[data-embed-tools]').count()).toBe(charts.length);
		return await copySnippet(page, { nth });
	} finally {
		await page.context().close();
	}
}

describe('embed snippet on another origin', () => {
	const host = useForeignHost();
	const heights: Record<string, number[]> = {};

	afterAll(async () => {
		if (Object.keys(heights).length) {
			console.log(
				'iframe heights (1000 → 360 → 360 panel open → 360 panel closed → 1000 px):\n' +
					Object.entries(heights)
						.map(([id, h]) => `  ${id}: ${h.map((x) => x.toFixed(1)).join(' → ')}`)
						.join('\n')
			);
		}
	});

	it('the manifest lists charts', () => {
		expect(charts.length).toBeGreaterThan(0);
		for (const c of charts) expect(c.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
	});

	it('a snippet with an unknown chart id shows the 404 page in full, not a blank frame', async () => {
		const site = origin();
		const snippet = (await storySnippet(charts[0].id)).replaceAll(
			`${site}/embed/${charts[0].id}`,
			`${site}/embed/no-such-chart`
		);
		expect(snippet).toContain('/embed/no-such-chart?theme=light');
		const url = await host.publish('host-missing', snippet);
		const context = await browser().newContext({ viewport: { width: 1000, height: 900 } });
		try {
			const page = await context.newPage();
			await page.goto(url, { waitUntil: 'load' });
			const frame = await until(
				async () =>
					page.frames().find((f) => f.url() === `${site}/embed/no-such-chart?theme=light`),
				() => 'frame for the unknown chart'
			);
			await frame.waitForLoadState('load');
			expect(await frame.locator('h1').textContent()).toBe('Not found');
			const reading = await settle(page, frame);
			// The default iframe height is 150 px; the 404 page sizes its frame like a chart does.
			expect(reading.iframe).toBeGreaterThan(150);
			expectFits(reading, 'unknown chart @1000');
		} finally {
			await context.close();
		}
	});

	for (const chart of charts) {
		it(`${chart.id}: pasted snippet sizes its iframe at 1000, 360 and 1000 px`, async () => {
			const site = origin();
			const id = chart.id;
			const mark = errors.length;
			const snippet = await storySnippet(id);
			expect(errorsSince(mark, '/'), 'story page errors').toEqual([]);

			// Absolute URLs from the page's own origin; light unless the producer picks another theme.
			expect(snippet).toContain(`data-frame-src="${site}/embed/${id}?theme=light"`);
			// The parent script: content-hashed name, with an SRI hash that matches what is served.
			const script =
				/<script src="([^"]+)" integrity="([^"]+)" crossorigin="anonymous" async><\/script>/.exec(
					snippet
				);
			expect(script, snippet).not.toBeNull();
			expect(script![1]).toMatch(
				new RegExp(`^${site.replace(/[.]/g, '\\.')}/embed-[0-9a-f]{10}\\.js$`)
			);
			const served = Buffer.from(await (await fetch(script![1])).arrayBuffer());
			expect(script![2]).toBe(`sha384-${createHash('sha384').update(served).digest('base64')}`);
			const urls = [...snippet.matchAll(/\b(?:src|href|data-frame-src)="([^"]*)"/g)].map(
				(m) => m[1]
			);
			expect(urls.length).toBeGreaterThanOrEqual(2);
			for (const u of urls)
				expect(u.startsWith(`${site}/`), `absolute URL on ${site}: ${u}`).toBe(true);

			const hostUrl = await host.publish(`host-${id}`, snippet);
			expect(host.origin()).not.toBe(site);

			const context = await browser().newContext({ viewport: { width: 1000, height: 900 } });
			const hostErrors: string[] = [];
			try {
				const page = await context.newPage();
				page.on('pageerror', (e) => hostErrors.push(`pageerror: ${e.message}`));
				page.on('console', (m) => {
					if (m.type() === 'error') hostErrors.push(`console: ${m.text()} (${m.location().url})`);
				});
				page.on('response', (r) => {
					if (r.status() >= 400) hostErrors.push(`HTTP ${r.status()} ${r.url()}`);
				});
				await page.goto(hostUrl, { waitUntil: 'load' });

				// The frames script creates the iframe and the child reports its height.
				await until(
					() =>
						page.evaluate(
							() => Number(document.querySelector('iframe')?.getAttribute('height')) > 0
						),
					() => `iframe for ${id} created and given a height`
				);
				const attrs = await page.evaluate(() => {
					const f = document.querySelector('iframe')!;
					return {
						src: f.getAttribute('src'),
						title: f.getAttribute('title'),
						loading: f.getAttribute('loading'),
						count: document.querySelectorAll('iframe').length,
						// The fallback for hosts that strip scripts makes way for the iframe.
						fallbacks: document.querySelectorAll('[data-frame-fallback]').length
					};
				});
				expect(attrs).toEqual({
					src: `${site}/embed/${id}?theme=light`,
					title: chart.title,
					loading: 'lazy',
					count: 1,
					fallbacks: 0
				});
				const frame = await until(
					async () => page.frames().find((f) => f.url() === `${site}/embed/${id}?theme=light`),
					() => `frame for ${site}/embed/${id}?theme=light`
				);
				await frame.waitForLoadState('load');

				const first = await settle(page, frame);
				expectFits(first, `${id} @1000`);

				// No jitter: once settled, the resizer leaves the height alone.
				await page.evaluate(() => {
					const w = window as unknown as { heightChanges: string[] };
					w.heightChanges = [];
					new MutationObserver((records) => {
						for (const r of records)
							w.heightChanges.push(String((r.target as Element).getAttribute('height')));
					}).observe(document.querySelector('iframe')!, {
						attributes: true,
						attributeFilter: ['height']
					});
				});
				await sleep(1000);
				const changes = await page.evaluate(
					() => (window as unknown as { heightChanges: string[] }).heightChanges
				);
				expect(
					changes,
					`height attribute changes in the second after settling at ${first.iframe}`
				).toEqual([]);

				await page.setViewportSize({ width: 360, height: 740 });
				const narrow = await settle(page, frame);
				expectFits(narrow, `${id} @360`);
				// The content reflows at 360 px (taller for text-led charts, shorter for charts that scale
				// with their width); either way the iframe must have followed it.
				expect(
					Math.abs(narrow.iframe - first.iframe),
					`iframe height changes with the width: ${first.iframe} → ${narrow.iframe}`
				).toBeGreaterThan(4);
				const overflow = await page.evaluate(() => ({
					scrollWidth: document.documentElement.scrollWidth,
					innerWidth: window.innerWidth
				}));
				expect(
					overflow.scrollWidth,
					`host page has no horizontal scrollbar at 360 px: ${JSON.stringify(overflow)}`
				).toBeLessThanOrEqual(overflow.innerWidth);

				// Content that grows and shrinks without a window resize: the embed's own Embed panel.
				const summary = frame.locator('details > summary', { hasText: 'Embed' });
				await summary.click();
				await frame.locator('details[open] textarea').waitFor({ state: 'visible' });
				const opened = await settle(page, frame);
				expectFits(opened, `${id} @360, Embed panel open`);
				expect(
					opened.iframe,
					`iframe grows when the panel opens: ${narrow.iframe} → ${opened.iframe}`
				).toBeGreaterThan(narrow.iframe + 40);
				await summary.click();
				const closed = await settle(page, frame);
				expectFits(closed, `${id} @360, Embed panel closed`);
				expect(
					Math.abs(closed.iframe - narrow.iframe),
					`iframe shrinks when the panel closes: ${narrow.iframe} → ${opened.iframe} → ${closed.iframe}`
				).toBeLessThanOrEqual(4);

				await page.setViewportSize({ width: 1000, height: 900 });
				const back = await settle(page, frame);
				expectFits(back, `${id} @1000 again`);
				heights[id] = [first.iframe, narrow.iframe, opened.iframe, closed.iframe, back.iframe];
				expect(
					Math.abs(back.iframe - first.iframe),
					`iframe shrinks back at 1000 px: ${first.iframe} → ${narrow.iframe} → ${back.iframe}`
				).toBeLessThanOrEqual(4);

				expect(hostErrors, 'host page and embed errors').toEqual([]);
			} finally {
				await context.close();
			}
		});
	}
});
