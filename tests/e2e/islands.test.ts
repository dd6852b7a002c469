// The page's runtime, in Chromium only (it reads Chromium's resource timing, its CDP listener list and
// blocks requests): HTML first, no framework for the text, each chart hydrated on its own in idle time
// or as it nears the screen, one scrollama and no scroll listener, and a story that keeps every word and figure when
// any one of its scripts fails.
import { describe, it, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { runs, useBrowser } from './fixtures.ts';
import { scrollThrough, storySteps } from '../engines/story-steps.ts';

const b = useBrowser();
const steps = await storySteps(b.site());

/** In the page: every step scrolled to (what a reader's scroll through does). */
const readThrough = (page: Page) =>
	scrollThrough(
		runs(page),
		steps.map((s) => s.id)
	);

/**
 * Waits until every island on the page has hydrated (left its prerendered "final"). It polls on a
 * timer, not every frame: a callback every frame leaves the page no idle time to hydrate in.
 */
const allHydrated = (page: Page) =>
	page.waitForFunction(
		() =>
			[...document.querySelectorAll<HTMLElement>('[data-island]')].every(
				(e) => e.dataset.state !== 'final'
			),
		undefined,
		{ polling: 100 }
	);

describe('islands', () => {
	it('loads no framework client: its scripts are the page’s own, under client/', async () => {
		const page = await b.open('/');
		const scripts = await page.evaluate(() =>
			performance
				.getEntriesByType('resource')
				.map((e) => e.name)
				.filter((n) => n.endsWith('.js'))
		);
		expect(scripts.length).toBeGreaterThan(0);
		for (const s of scripts)
			expect(new URL(s).pathname, s).toMatch(new RegExp(`^${b.base()}/client/`));
	});

	it('never re-renders the text: the steps’ prose is the prerendered markup after a full scroll', async () => {
		const page = await b.open('/');
		const before = await page.$$eval('.step .card', (cards) => cards.map((c) => c.innerHTML));
		await readThrough(page);
		await allHydrated(page);
		expect(await page.$$eval('.step .card', (cards) => cards.map((c) => c.innerHTML))).toEqual(
			before
		);
	});

	/** The paths of the island data the page has fetched, in the order it asked for them. */
	const fetchedIslands = (page: Page) =>
		page.evaluate(() =>
			performance
				.getEntriesByType('resource')
				.map((e) => new URL(e.name).pathname)
				.filter((p) => p.includes('/islands/'))
		);
	const islandPaths = (page: Page) =>
		page.$$eval('[data-island]', (all) => all.map((e) => (e as HTMLElement).dataset.props!));

	it('hydrates every chart in idle time, in page order, before the reader scrolls to it', async () => {
		const page = await b.open('/', { viewport: { width: 1280, height: 800 } });
		await allHydrated(page);
		expect(await page.evaluate(() => scrollY)).toBe(0);
		expect(await fetchedIslands(page)).toEqual(await islandPaths(page));
	});

	it('on a page never idle, hydrates only the charts that come near the screen', async () => {
		const context = await b.context({ viewport: { width: 1280, height: 800 } });
		// A callback every frame: the page is never idle for longer than a frame.
		await context.addInitScript('{ const spin = () => requestAnimationFrame(spin); spin(); }');
		const page = await context.newPage();
		await page.goto(`${b.site()}/`);
		const [first, second] = await islandPaths(page);
		const fighters = `${b.base()}/islands/fighters.json`;
		await expect.poll(() => fetchedIslands(page), { timeout: 20_000 }).toContain(first);
		await page.evaluate(() => document.getElementById('fighters-dillon')!.scrollIntoView());
		await expect.poll(() => fetchedIslands(page), { timeout: 20_000 }).toContain(fighters);
		// The second chart is screens away from both the first and the last.
		expect(await fetchedIslands(page)).not.toContain(second);
	});

	it('has one scrollama (its direction listener is the only scroll listener) and reads no step geometry while scrolling', async () => {
		const page = await b.open('/');
		const cdp = await page.context().newCDPSession(page);
		const listenersOn = async (expression: string) => {
			const { result } = await cdp.send('Runtime.evaluate', { expression });
			const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
				objectId: result.objectId!
			});
			return listeners.filter((l) => l.type === 'scroll').length;
		};
		expect(await listenersOn('window')).toBe(0);
		expect(await listenersOn('document')).toBe(1);
		const reads = await page.evaluate(async () => {
			let count = 0;
			for (const name of ['getBoundingClientRect', 'getClientRects'] as const) {
				const original = Element.prototype[name] as (this: Element) => unknown;
				Object.defineProperty(Element.prototype, name, {
					configurable: true,
					value(this: Element) {
						count++;
						return original.call(this);
					}
				});
			}
			for (let y = 0; y < document.body.scrollHeight; y += 300) {
				window.scrollTo(0, y);
				await new Promise((r) => requestAnimationFrame(r));
			}
			return count;
		});
		// Step geometry is read when the layout changes (a ResizeObserver), which scrolling does not
		// do: a crossing of the trigger line reads only the scroll position.
		expect(reads, 'geometry reads while scrolling the whole story').toBe(0);
	});
});

describe('the story survives its scripts', () => {
	/** A step of each chart's section: scrolled to, each brings its island near the screen. */
	const sections = [...new Map(steps.map((s) => [s.chart, s.id])).values()];

	/** The page read once each section was scrolled to and every island has hydrated or kept its
	 *  prerendered chart (the page says so in a warning), with `block` (a file of client/) failing
	 *  to load. Reduced motion: nothing to draw between states. */
	async function readPage(block?: string) {
		const context = await b.context(
			{ reducedMotion: 'reduce' },
			block ? `/ without ${block}` : '/'
		);
		const page = await context.newPage();
		const kept = new Set<string>();
		// A module script whose graph fails to load (the entry, or a chunk it imports) never runs and
		// fires "error" at its <script>: then no island will hydrate.
		await context.addInitScript(() =>
			addEventListener(
				'error',
				(e) => {
					if ((e.target as Element | null)?.tagName === 'SCRIPT')
						(window as unknown as { __entryFailed: boolean }).__entryFailed = true;
				},
				true
			)
		);
		page.on('console', (m) => {
			const chart = /^chart (\S+) stays in its final state/.exec(m.text())?.[1];
			if (m.type() === 'warning' && chart) kept.add(chart);
		});
		const scripts = new Set<string>();
		page.on('request', (r) => {
			if (r.resourceType() === 'script') scripts.add(new URL(r.url()).pathname.split('/').at(-1)!);
		});
		if (block) {
			const blocked = `${b.base()}/client/${block}`;
			await page.route(
				(url) => url.pathname === blocked,
				(route) => route.fulfill({ status: 404, body: 'blocked by the test' })
			);
		}
		await page.goto(b.site() + '/');
		await scrollThrough(runs(page), sections);
		const islands = await page.$$eval('[data-island]', (all) =>
			all.map((e) => (e as HTMLElement).dataset.island!)
		);
		await expect
			.poll(
				async () => {
					if (await page.evaluate(() => '__entryFailed' in window)) return [];
					const hydrated = await page.$$eval('[data-island]', (all) =>
						all
							.filter((e) => (e as HTMLElement).dataset.state !== 'final')
							.map((e) => (e as HTMLElement).dataset.island!)
					);
					return islands.filter((id) => !hydrated.includes(id) && !kept.has(id));
				},
				{
					message: `islands neither hydrated nor kept in their final state (${block ?? 'nothing'} blocked)`,
					timeout: 30_000
				}
			)
			.toEqual([]);
		const read = await page.evaluate(() => ({
			text: document.querySelector('main')!.innerText.length,
			figures: [...document.querySelectorAll('[data-claim]')].filter(
				(e) => e.getClientRects().length
			).length,
			charts: [...document.querySelectorAll<HTMLElement>('.chart[data-island]')].map(
				(c) => c.getBoundingClientRect().height
			)
		}));
		await context.close();
		return { ...read, scripts };
	}

	it('keeps every word, figure and chart with any one of its scripts blocked', async () => {
		const whole = await readPage();
		// The scripts the story loads, over a full scroll: its entry, its chunks, each chart's code.
		const files = [...whole.scripts].filter((f) => f.endsWith('.js'));
		expect(files.length).toBeGreaterThan(2);
		b.allowErrors(
			/Failed to (load|fetch)|ERR_FAILED|dynamically imported module|net::|status of 404|resource failed/i
		);
		// Three pages at a time: the page loads wait on the browser, not on each other.
		const reads: Awaited<ReturnType<typeof readPage>>[] = [];
		for (let i = 0; i < files.length; i += 3)
			reads.push(...(await Promise.all(files.slice(i, i + 3).map((f) => readPage(f)))));
		for (const [i, file] of files.entries()) {
			const blocked = reads[i];
			// Keeps every figure: a chart left in its prerendered final state may show more of them
			// than the last step does (the map's overview adds our outline's cited words), never fewer.
			expect(blocked.figures, `${file} blocked: figures`).toBeGreaterThanOrEqual(whole.figures);
			expect(Math.abs(blocked.text - whole.text), `${file} blocked: text length`).toBeLessThan(200);
			for (const h of blocked.charts) expect(h, `${file} blocked: a chart`).toBeGreaterThan(150);
		}
	}, 180_000);
});
