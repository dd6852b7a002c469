// The embed pages themselves, in Chromium: at 300 and 1200 px no sideways scrolling, with title, data,
// back link, noindex and citations; the 404 for an unknown chart, styled at its nested path and
// listing the charts; and each chart without JavaScript (Chromium switches it off per page), the
// map's names in place at 280 to 600 px. The chart list comes from the served manifest.
import { describe, it, expect } from 'vitest';
import { useBrowser } from './fixtures.ts';
import { mapLabelProblems } from '../engines/layout-reading.ts';
import { expression } from '../engines/driver/types.ts';

interface ManifestChart {
	id: string;
	title: string;
	embed_url: string;
	csv_url: string;
}

const b = useBrowser();
const charts: ManifestChart[] = await (await fetch(`${b.site()}/data/charts.json`)).json();

describe('embed pages', () => {
	for (const chart of charts) {
		it(`${chart.id}: title, data, back link, noindex, citations, and no sideways scrolling at 300 and 1200 px`, async () => {
			const id = chart.id;
			const page = await b.open(`/embed/${id}`, { viewport: { width: 300, height: 900 } });
			for (const width of [300, 1200]) {
				await page.setViewportSize({ width, height: 900 });
				const o = await page.evaluate(() => ({
					scrollWidth: document.documentElement.scrollWidth,
					innerWidth: window.innerWidth
				}));
				expect(o.scrollWidth, `sideways at ${width} px: ${JSON.stringify(o)}`).toBeLessThanOrEqual(
					o.innerWidth
				);
			}
			expect(await page.locator('h1').textContent()).toBe(chart.title);
			expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
			expect(await page.locator('[data-claim]').count()).toBeGreaterThan(0);

			const download = page.locator('a', { hasText: 'Download data' });
			expect(await download.count()).toBe(1);
			const href = new URL((await download.getAttribute('href'))!, page.url());
			expect(href.pathname).toBe(`${b.base()}/data/${id}.csv`);
			expect(chart.csv_url).toBe(href.pathname);
			const csv = await fetch(href);
			expect(csv.status).toBe(200);
			expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
			expect((await csv.text()).split('\n')[0]).toContain('claim_id');

			const back = page.locator(`a[href^="${b.base()}/#"]`);
			expect(await back.count()).toBeGreaterThan(0);
			const hash = new URL((await back.first().getAttribute('href'))!, page.url()).hash.slice(1);
			expect(hash.length, 'back link names a section').toBeGreaterThan(0);
			const story = await (await fetch(`${b.site()}/`)).text();
			expect(story, `the story has an element with id "${hash}"`).toContain(`id="${hash}"`);

			if (id === 'town-sequence') {
				const text = await page.locator('main').innerText();
				expect(text).toContain('Natural Earth');
				expect(text).toContain('GeoNames');
			}
		});
	}
});

describe('unknown chart id', () => {
	it('is a 404 listing the charts, styled at its nested path, not a blank page', async () => {
		const res = await fetch(`${b.site()}/embed/no-such-chart`);
		expect(res.status).toBe(404);
		const html = await res.text();
		for (const c of charts)
			expect(html, `links to /embed/${c.id}`).toContain(`href="${b.base()}/embed/${c.id}"`);
		// The document itself is a 404, which Chromium logs as a failed resource; nothing else may fail.
		b.allowErrors(/status of 404/);
		const page = await b.open('/embed/no-such-chart');
		expect(await page.locator('h1').count()).toBeGreaterThan(0);
		expect(await page.locator(`a[href^="${b.base()}/embed/"]`).count()).toBe(charts.length);
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
	});
});

describe('embed pages without JavaScript', () => {
	it('show each chart, its figures drawn, and the map’s names in place from 280 to 600 px', async () => {
		const context = await b.context({ javaScriptEnabled: false }, 'embeds without JavaScript');
		const page = await context.newPage();
		for (const chart of charts) {
			await page.goto(`${b.site()}/embed/${chart.id}`);
			expect(await page.locator('main h1').textContent()).toBe(chart.title);
			const box = await page.locator(`main [data-chart="${chart.id}"]`).boundingBox();
			expect(box?.height ?? 0, `${chart.id}: the chart has a height`).toBeGreaterThan(50);
			expect(box?.width ?? 0, `${chart.id}: and a width`).toBeGreaterThan(50);
			const claims = page.locator(`main [data-chart="${chart.id}"] [data-claim]`);
			expect(await claims.count()).toBeGreaterThan(0);
			const visible = await claims.evaluateAll(
				(els) => els.filter((e) => e.getClientRects().length > 0).length
			);
			expect(visible, `${chart.id}: its figures are drawn`).toBeGreaterThan(0);
		}
		await page.goto(`${b.site()}/embed/town-sequence`);
		for (const width of [280, 360, 600]) {
			await page.setViewportSize({ width, height: 900 });
			expect(
				await page.evaluate(expression(mapLabelProblems, 'body')),
				`the map at ${width} px, without JavaScript`
			).toEqual([]);
		}
	});
});
