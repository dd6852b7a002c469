// Deploy anywhere: the test build is made for BASE_PATH=/graphics/last-towns and a SITE_URL (npm test
// builds it so, and every browser test reads it there); served under that path only, it is crawled
// link by link and page by page: zero 404s, no URL outside the base path, absolute social URLs, and
// every page loaded in Chromium with its scripts, islands, citations and Embed control.
import { describe, it, expect } from 'vitest';
import { parse } from 'node-html-parser';
import type { Page } from 'playwright-core';
import { runs, useBrowser } from './fixtures.ts';
import { copySnippet } from './foreign-host.ts';
import { scrollThrough, storySteps } from '../engines/story-steps.ts';

const b = useBrowser();
const site = b.site();
const BASE = b.base();
const steps = await storySteps(site);

/** Every URL a file names: links, sources, data attributes, meta content, imports, JSON strings. */
function urlsIn(body: string, type: string, at: string): string[] {
	const found: string[] = [];
	if (type.startsWith('text/html')) {
		const doc = parse(body);
		for (const el of doc.querySelectorAll('*')) {
			for (const [name, value] of Object.entries(el.attributes)) {
				if (/^(href|src|data-props|data-citations|data-embed-snippets|data-frame-src)$/.test(name))
					found.push(value);
				if (name === 'content' && /^(https?:)?\//.test(value)) found.push(value);
			}
		}
	} else if (type.startsWith('text/javascript')) {
		for (const m of body.matchAll(/["'](\.{1,2}\/[^"']+\.js)["']/g)) found.push(m[1]);
	} else if (type.startsWith('application/json')) {
		const text = body.replaceAll('{theme}', 'light').replaceAll('{origin}', new URL(at).origin);
		for (const m of text.matchAll(/"((?:https?:\/\/[^"\s\\]+)|(?:\/[^"\s\\]*))"/g))
			found.push(m[1]);
		for (const m of text.matchAll(/(?:src|href|data-frame-src)=\\"([^"\\]+)\\"/g)) found.push(m[1]);
		if (at.endsWith('/datapackage.json')) {
			for (const r of (JSON.parse(body) as { resources: { path: string; spreadsheet: string }[] })
				.resources) {
				found.push(r.path, r.spreadsheet);
			}
		}
	}
	return found.map((u) => new URL(u.replace(/&amp;/g, '&'), at).href);
}

describe(`the site built for ${BASE || '(no base path)'}`, () => {
	it('is built for a base path and a SITE_URL, as npm test builds it', async () => {
		// The setup (tests/engines/built-site.ts) serves the build where it says it lives, and stops
		// when that is not where BASE_PATH and SITE_URL of the run say.
		expect(BASE, 'build with BASE_PATH (npm test builds with /graphics/last-towns)').not.toBe('');
		const story = parse(await (await fetch(`${site}/`)).text());
		expect(
			story.querySelector('link[rel="canonical"]'),
			'build with SITE_URL (npm test does)'
		).not.toBeNull();
	});

	it('serves every page, asset, download and image it links to, all under the base path', async () => {
		const origin = new URL(site).origin;
		const queue = [`${site}/`, `${site}/data/datapackage.json`, `${site}/data/charts.json`];
		const seen = new Set<string>();
		const failures: string[] = [];
		const outside: string[] = [];
		while (queue.length) {
			const url = queue.shift()!.replace(/#.*$/, '');
			if (seen.has(url)) continue;
			seen.add(url);
			const { pathname } = new URL(url);
			if (new URL(url).origin !== origin) continue;
			if (pathname !== BASE && !pathname.startsWith(`${BASE}/`)) {
				outside.push(url);
				continue;
			}
			const res = await fetch(url);
			if (res.status !== 200) failures.push(`${res.status} ${url}`);
			const type = res.headers.get('content-type') ?? '';
			if (/^(text\/html|text\/javascript|application\/json)/.test(type)) {
				queue.push(...urlsIn(await res.text(), type, url));
			} else await res.arrayBuffer();
		}
		expect(failures).toEqual([]);
		expect(outside, 'URLs that leave the base path').toEqual([]);
		// The crawl reached every kind of file, not just the home page.
		const paths = [...seen].map((u) => new URL(u).pathname.slice(BASE.length));
		for (const want of [
			/^\/sources$/,
			/^\/embed\/fighters$/,
			/^\/data\/fighters\.(csv|xlsx|png|svg)$/,
			/^\/data\/claims\.json$/,
			/^\/client\/story-/,
			/^\/embed-[0-9a-f]+\.js$/,
			/^\/islands\//,
			/^\/citations\//,
			/^\/embed\/fighters\/snippets\.json$/,
			/^\/og\.png$/
		]) {
			expect(
				paths.some((p) => want.test(p)),
				`crawled ${want}`
			).toBe(true);
		}
		expect(seen.size).toBeGreaterThan(60);
	});

	it('gives absolute canonical, og:url and og:image from SITE_URL and the base path', async () => {
		const story = parse(await (await fetch(`${site}/`)).text());
		expect(story.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${site}/`);
		expect(story.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(
			`${site}/`
		);
		expect(story.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(
			`${site}/og.png`
		);
		const embed = parse(await (await fetch(`${site}/embed/fighters`)).text());
		expect(embed.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(
			`${site}/embed/fighters`
		);
		expect(embed.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(
			`${site}/data/fighters.png`
		);
		expect(
			embed.querySelector('link[rel="canonical"]'),
			'embeds are noindex: no canonical'
		).toBeNull();
		const res = await fetch(site);
		expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
	});

	/** Opens a page of the based site, recording every failed request and any outside the base. */
	async function visit(path: string, act: (page: Page) => Promise<void> = async () => {}) {
		const context = await b.context({ viewport: { width: 1000, height: 900 } }, path);
		const problems: string[] = [];
		const page = await context.newPage();
		page.on('response', (r) => {
			const u = new URL(r.url());
			if (u.origin !== new URL(site).origin) return;
			if (r.status() >= 400 && u.pathname !== `${BASE}/no-such-page`)
				problems.push(`${r.status()} ${r.url()}`);
			if (!u.pathname.startsWith(`${BASE}/`) && u.pathname !== BASE)
				problems.push(`outside the base: ${r.url()}`);
		});
		page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
		await page.goto(site + path);
		await act(page);
		await context.close();
		return problems;
	}

	it('loads every page in Chromium with its scripts, islands, citations and Embed control: no 404', async () => {
		b.allowErrors(/status of 404/);
		const problems = await visit('/', async (page) => {
			// Scroll through, so every island fetches its component and data, and hydrates.
			await scrollThrough(
				runs(page),
				steps.map((s) => s.id)
			);
			await page.waitForFunction(() =>
				[...document.querySelectorAll<HTMLElement>('[data-island]')].every(
					(e) => e.dataset.state !== 'final'
				)
			);
			await page.locator('main a[data-claim]').first().click();
			await page.locator('[data-citation-body] a').first().waitFor({ state: 'visible' });
			expect(await page.locator('[data-citation-body] a').first().getAttribute('href')).toMatch(
				new RegExp(`^${BASE}/sources#claim-`)
			);
			await copySnippet(page);
		});
		for (const path of [
			'/sources',
			'/embed/fighters',
			'/embed/town-sequence?theme=dark',
			'/no-such-page'
		]) {
			problems.push(
				...(await visit(path, async (page) => {
					if (path.startsWith('/embed/'))
						await copySnippet(page, { theme: 'auto', variant: 'iframe' });
					if (path === '/no-such-page') {
						expect(await page.locator(`main a[href="${BASE}/embed/fighters"]`).count()).toBe(1);
						expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px');
					}
				}))
			);
		}
		expect(problems).toEqual([]);
	});
});
