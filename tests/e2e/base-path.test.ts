// Deploy anywhere: the site built with BASE_PATH=/graphics/last-towns and SITE_URL (into its own
// folder), served under that path only, crawled link by link and page by page in Chromium: zero 404s,
// no URL outside the base path, absolute social URLs, and a snippet that works on another origin.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'node-html-parser';
import type { Page } from 'playwright-core';
import { useBrowser } from './fixtures.ts';
import { copySnippet, useForeignHost } from './foreign-host.ts';
import { serveStatic, type StaticServer } from '../../tools/static-server.ts';

const BASE = '/graphics/last-towns';
const OUT = resolve('test-results/base-path');
const b = useBrowser();
const host = useForeignHost();
let server: StaticServer;
let site: string;

/** A free loopback port, so SITE_URL can name the server before it serves the build. */
async function freePort(): Promise<number> {
	const probe = createServer();
	await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
	const { port } = probe.address() as { port: number };
	await new Promise((r) => probe.close(r));
	return port;
}

beforeAll(async () => {
	await rm(OUT, { recursive: true, force: true });
	const port = await freePort();
	site = `http://127.0.0.1:${port}${BASE}`;
	await promisify(execFile)('npx', ['vite', 'build', '--logLevel', 'error'], {
		env: {
			...process.env,
			BASE_PATH: BASE,
			SITE_URL: `http://127.0.0.1:${port}`,
			BUILD_DIR: `${OUT}/build`,
			SVELTEKIT_OUT_DIR: `${OUT}/kit`
		},
		maxBuffer: 64 * 1024 * 1024
	});
	server = await serveStatic(`${OUT}/build`, { port, base: BASE });
}, 240_000);

afterAll(async () => {
	await server?.close();
});

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

describe(`the site built for ${BASE}`, () => {
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
		const context = await b.browser().newContext({ viewport: { width: 1000, height: 900 } });
		const problems: string[] = [];
		try {
			const page = await context.newPage();
			page.on('response', (r) => {
				const u = new URL(r.url());
				if (u.origin !== new URL(site).origin) return;
				if (r.status() >= 400 && u.pathname !== `${BASE}/no-such-page`)
					problems.push(`${r.status()} ${r.url()}`);
				if (!u.pathname.startsWith(`${BASE}/`) && u.pathname !== BASE)
					problems.push(`outside the base: ${r.url()}`);
			});
			page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
			await page.goto(site + path, { waitUntil: 'networkidle' });
			await act(page);
			await page.waitForLoadState('networkidle');
		} finally {
			await context.close();
		}
		return problems;
	}

	it('loads every page in Chromium with its scripts, islands, citations and Embed control: no 404', async () => {
		b.allowErrors(/status of 404/);
		const problems = await visit('/', async (page) => {
			// Scroll through, so every island fetches its component and data.
			for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += 600) {
				await page.mouse.wheel(0, 600);
				await page.waitForTimeout(60);
			}
			// Every island fetched its data (the component chunks come with it).
			await expect
				.poll(
					() =>
						page.evaluate(
							() =>
								performance.getEntriesByType('resource').filter((e) => e.name.includes('/islands/'))
									.length
						),
					{ timeout: 10_000 }
				)
				.toBe(await page.locator('[data-island]').count());
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
						expect(await page.locator('h1').innerText()).toBe('Not found');
						expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px');
					}
				}))
			);
		}
		expect(problems).toEqual([]);
	});

	it('gives a snippet that works on another origin, from under the base path', async () => {
		const context = await b.browser().newContext();
		let code: string;
		try {
			const story = await context.newPage();
			await story.goto(`${site}/`, { waitUntil: 'networkidle' });
			code = await copySnippet(story, { nth: 0 });
		} finally {
			await context.close();
		}
		expect(code).toContain(`data-frame-src="${site}/embed/`);
		expect(code).toMatch(
			new RegExp(
				`<script src="${site.replace(/[.]/g, '\\.')}/embed-[0-9a-f]{10}\\.js" integrity="sha384-`
			)
		);
		const hostContext = await b.browser().newContext();
		try {
			const hostPage = await hostContext.newPage();
			await hostPage.goto(await host.publish('based', code), { waitUntil: 'load' });
			await expect.poll(() => hostPage.frames().length, { timeout: 10_000 }).toBe(2);
			const frame = hostPage.frames()[1];
			await frame.waitForLoadState('load');
			expect(frame.url()).toMatch(
				new RegExp(`^${site.replace(/[.]/g, '\\.')}/embed/[a-z-]+\\?theme=light$`)
			);
			// The parent script (loaded with SRI from under the base path) sizes the frame to its content.
			await expect
				.poll(
					async () =>
						Math.abs(
							(await hostPage.evaluate(
								() => document.querySelector('iframe')!.getBoundingClientRect().height
							)) - (await frame.evaluate(() => document.documentElement.offsetHeight))
						),
					{ timeout: 10_000 }
				)
				.toBeLessThanOrEqual(2);
			expect(await hostPage.locator('[data-frame-fallback]').count()).toBe(0);
		} finally {
			await hostContext.close();
		}
	});
});
