// The embed pages themselves: overflow, title, data, back link, noindex, citations, copy button, the
// 404 for an unknown chart, and the chart without JavaScript.
import { describe, it, expect, inject } from 'vitest';
import { useBrowser } from './fixtures.ts';

interface ManifestChart {
	id: string;
	title: string;
	embed_url: string;
	csv_url: string;
}

// The chart list comes from the served manifest, never from a hard-coded list.
const charts: ManifestChart[] = await (await fetch(`${inject('origin')}/data/charts.json`)).json();

const { origin, errors, open, allowErrors } = useBrowser();

/** Errors recorded (by useBrowser) since `mark`, for pages whose path starts with `prefix`. */
function errorsSince(mark: number, prefix: string) {
	return errors.slice(mark).filter((e) => e.startsWith(prefix));
}

describe('embed pages', () => {
	for (const chart of charts) {
		for (const width of [300, 1200]) {
			it(`${chart.id} at ${width} px: title, data, back link, noindex, citations, no overflow`, async () => {
				const site = origin();
				const id = chart.id;
				const path = `/embed/${id}`;
				const mark = errors.length;
				const page = await open(path, { viewport: { width, height: 900 } });
				try {
					const o = await page.evaluate(() => ({
						scrollWidth: document.documentElement.scrollWidth,
						innerWidth: window.innerWidth
					}));
					expect(
						o.scrollWidth,
						`no horizontal overflow at ${width} px: ${JSON.stringify(o)}`
					).toBeLessThanOrEqual(o.innerWidth);

					await expect(page.locator('h1').textContent()).resolves.toBe(chart.title);
					expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
					expect(await page.locator('[data-claim]').count()).toBeGreaterThan(0);

					const download = page.locator('a', { hasText: 'Download data' });
					expect(await download.count()).toBe(1);
					const href = await download.getAttribute('href');
					expect(new URL(href!, page.url()).pathname).toBe(`/data/${id}.csv`);
					expect(chart.csv_url).toBe(`/data/${id}.csv`);
					const csv = await fetch(new URL(href!, page.url()));
					expect(csv.status).toBe(200);
					expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
					expect((await csv.text()).split('\n')[0]).toContain('claim_id');

					const back = page.locator('a[href^="/#"]');
					expect(await back.count()).toBeGreaterThan(0);
					const hash = (await back.first().getAttribute('href'))!.slice(2);
					expect(hash.length, 'back link names a section').toBeGreaterThan(0);
					const story = await (await fetch(`${site}/`)).text();
					expect(story, `the story has an element with id "${hash}"`).toContain(`id="${hash}"`);

					if (id === 'town-sequence') {
						const text = await page.locator('main').innerText();
						expect(text).toContain('Natural Earth');
						expect(text).toContain('GeoNames');
					}

					await page.waitForTimeout(200);
					expect(errorsSince(mark, path)).toEqual([]);
				} finally {
					await page.context().close();
				}
			});
		}
	}
});

describe('copy embed code', () => {
	it('copies the snippet shown in the textarea', async () => {
		const id = charts[0].id;
		const path = `/embed/${id}`;
		const mark = errors.length;
		const page = await open(path, { permissions: ['clipboard-read', 'clipboard-write'] });
		try {
			await page.locator('details > summary', { hasText: 'Embed' }).click();
			const area = page.locator('details[open] textarea');
			await area.waitFor({ state: 'visible' });
			const snippet = await area.inputValue();
			expect(snippet).toContain(`data-frame-src="${origin()}/embed/${id}?theme=light"`);
			expect(snippet).toMatch(
				new RegExp(
					`src="${origin().replace(/[.]/g, '\\.')}/embed-[0-9a-f]{10}\\.js" integrity="sha384-`
				)
			);

			await page.getByRole('button', { name: 'Copy embed code' }).click();
			await expect
				.poll(() => page.locator('[role="status"]').textContent(), { timeout: 5_000 })
				.toMatch(/copied/i);
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
			expect(errorsSince(mark, path)).toEqual([]);
		} finally {
			await page.context().close();
		}
	});
});

describe('unknown chart id', () => {
	it('GET /embed/no-such-chart is a 404 listing the charts', async () => {
		const res = await fetch(`${origin()}/embed/no-such-chart`);
		expect(res.status).toBe(404);
		const html = await res.text();
		expect(html).toContain('Not found');
		for (const c of charts)
			expect(html, `links to /embed/${c.id}`).toContain(`href="/embed/${c.id}"`);
	});

	it('is not a blank page in the browser', async () => {
		allowErrors(/status of 404/);
		const page = await open('/embed/no-such-chart');
		try {
			expect(await page.locator('h1').count()).toBeGreaterThan(0);
			expect(await page.locator('h1').first().innerText()).toMatch(/not found/i);
			expect(await page.locator(`a[href^="/embed/"]`).count()).toBe(charts.length);
		} finally {
			await page.context().close();
		}
	});

	it('loads its styles and scripts at a nested path', async () => {
		const path = '/embed/no-such-chart';
		const mark = errors.length;
		// The document itself is a 404, which Chromium logs as a failed resource.
		allowErrors(/status of 404/);
		const page = await open(path);
		try {
			await page.waitForTimeout(300);
			// A 404.html with relative asset URLs (./_app/...) resolves them under /embed/ and loses both.
			const failed = await page.evaluate(() =>
				// Disabled links are SvelteKit's placeholders for CSS it inlined into the page.
				[...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]:not([disabled])')]
					.filter((l) => !l.sheet || l.sheet.cssRules.length === 0)
					.map((l) => l.href)
			);
			expect(failed, 'stylesheets that did not load').toEqual([]);
			// And the page is styled: the global stylesheet (inlined or linked) set the body margin to 0.
			expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px');
			// The document itself is a 404, which Chromium logs as a failed resource; nothing else may fail.
			const unexpected = errorsSince(mark, path).filter((e) => !/status of 404/.test(e));
			expect(unexpected).toEqual([]);
		} finally {
			await page.context().close();
		}
	});
});

describe('embed pages without JavaScript', () => {
	for (const chart of charts) {
		it(`${chart.id} shows the chart with JavaScript disabled`, async () => {
			const page = await open(`/embed/${chart.id}`, { javaScriptEnabled: false });
			try {
				const main = page.locator('main');
				await expect(main.locator('h1').textContent()).resolves.toBe(chart.title);
				const box = await page.locator(`main [data-chart="${chart.id}"]`).boundingBox();
				expect(box?.height ?? 0, 'chart container has a height').toBeGreaterThan(50);
				expect(box?.width ?? 0, 'chart container has a width').toBeGreaterThan(50);
				const claims = page.locator(`main [data-chart="${chart.id}"] [data-claim]`);
				expect(await claims.count()).toBeGreaterThan(0);
				const visible = await claims.evaluateAll(
					(els) => els.filter((e) => e.getClientRects().length > 0).length
				);
				expect(visible, 'data-claim elements are rendered').toBeGreaterThan(0);
			} finally {
				await page.context().close();
			}
		});
	}
});
