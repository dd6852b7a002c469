// Browser tests of the page's runtime: HTML first, no framework for the text, each chart hydrated on
// its own as it nears the screen, one scrollama and no scroll listener, and a story that keeps every
// word and figure when any one of its scripts fails.
import { describe, it, expect } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { useBrowser } from './fixtures.ts';
import { allSteps, scrollToStep } from './story-steps.ts';

const b = useBrowser();
const BUILD = process.env.BUILD_DIR ?? 'build';

describe('islands', () => {
	it('loads no framework client: its scripts are the page’s own, under /client/', async () => {
		const page = await b.open('/');
		const scripts = await page.evaluate(() =>
			performance
				.getEntriesByType('resource')
				.map((e) => e.name)
				.filter((n) => n.endsWith('.js'))
		);
		expect(scripts.length).toBeGreaterThan(0);
		for (const s of scripts) expect(new URL(s).pathname, s).toMatch(/^\/client\//);
		await page.context().close();
	});

	it('never re-renders the text: the steps’ prose is the prerendered markup after a full scroll', async () => {
		const page = await b.open('/');
		const before = await page.$$eval('.step .card', (cards) => cards.map((c) => c.innerHTML));
		for (const step of await allSteps(page)) await scrollToStep(page, step.id);
		await page.waitForTimeout(800);
		expect(await page.$$eval('.step .card', (cards) => cards.map((c) => c.innerHTML))).toEqual(
			before
		);
		await page.context().close();
	});

	it('hydrates each chart only as it nears the screen', async () => {
		const page = await b.open('/', { viewport: { width: 1280, height: 800 } });
		const fetched = () =>
			page.evaluate(() =>
				performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname)
			);
		expect(await fetched()).not.toContain('/islands/fighters.json');
		await scrollToStep(page, 'fighters-dillon');
		await expect.poll(fetched).toContain('/islands/fighters.json');
		await page.context().close();
	});

	it('has one scrollama (its direction listener is the only scroll listener) and reads geometry only at step boundaries', async () => {
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
		// Each crossing of the trigger line measures its own section once: a section of n steps has
		// n + 1 step edges to cross on the way down, so at most n(n + 1) reads, where reading every
		// step every frame would be thousands.
		const bound = await page.$$eval('.scrolly', (all) =>
			all.reduce((sum, s) => {
				const n = s.querySelectorAll('.step').length;
				return sum + n * (n + 1);
			}, 0)
		);
		expect(reads, 'geometry reads while scrolling the whole story').toBeLessThanOrEqual(bound);
		await page.context().close();
	});
});

describe('the story survives its scripts', () => {
	const files = readdirSync(join(BUILD, 'client')).filter((f) => f.endsWith('.js'));

	async function readPage(block?: string) {
		const page = await b.open('/', {}, block ? { block: `/client/${block}` } : undefined);
		for (const step of await allSteps(page)) await scrollToStep(page, step.id);
		await page.waitForTimeout(500);
		const read = await page.evaluate(() => ({
			text: document.querySelector('main')!.innerText.length,
			figures: [...document.querySelectorAll('[data-claim]')].filter(
				(e) => e.getClientRects().length
			).length,
			charts: [...document.querySelectorAll<HTMLElement>('.chart[data-island]')].map(
				(c) => c.getBoundingClientRect().height
			)
		}));
		await page.context().close();
		return read;
	}

	it('has scripts to block', () => expect(files.length).toBeGreaterThan(2));

	it('keeps every word, figure and chart with any one script blocked', async () => {
		const whole = await readPage();
		b.allowErrors(/Failed to (load|fetch)|ERR_FAILED|dynamically imported module|net::/i);
		for (const file of files) {
			const blocked = await readPage(file);
			expect(blocked.figures, `${file} blocked: figures`).toBe(whole.figures);
			expect(Math.abs(blocked.text - whole.text), `${file} blocked: text length`).toBeLessThan(200);
			for (const h of blocked.charts) expect(h, `${file} blocked: a chart`).toBeGreaterThan(150);
		}
	}, 180_000);
});
