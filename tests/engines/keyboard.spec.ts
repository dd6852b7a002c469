// The story from the keyboard, in every engine: a skip link first; citations open with Enter and
// Space, close with Escape and give focus back, and Tab out of one goes on from its figure; a derived
// figure's citation says how it was computed, with each input quote; at a phone's size every figure
// reached with Tab is on screen and not under the sticky chart; one Tab stop per figure in a chart.
// And the error net every spec relies on sees what it should. The quotes come from the page's own
// citation data (/citations/story.json), the same file the dialog reads.
import { describe, it, expect } from 'vitest';
import { useEngine } from './use-engine.ts';
import { scriptReady, scrollToStep, until } from './story-steps.ts';
import type { Page } from './driver/index.ts';

const e = useEngine();

interface Citations {
	claims: Record<string, { quote: string; source: string }>;
	derived: Record<string, { how: string; claims: string[] }>;
}
const citations = (await (await fetch(`${e.origin()}/citations/story.json`)).json()) as Citations;
const { claims } = (await (await fetch(`${e.origin()}/data/claims.json`)).json()) as {
	claims: { claim_id: string; quote: string }[];
};

const focusedClaim = (page: Page) =>
	page.evaluate(() => document.activeElement?.getAttribute('data-claim')?.split(' ')[0] ?? null);

const dialog = (page: Page) =>
	page.evaluate(() => {
		const d = document.querySelector<HTMLElement>('[role="dialog"]');
		const shown = !!d && !d.hidden && d.getBoundingClientRect().height > 0;
		return {
			shown,
			text: shown ? d.innerText : '',
			focus: document.activeElement?.getAttribute('role')
		};
	});

describe(`the keyboard (${e.engine})`, () => {
	it('offers a skip link first, which moves focus past the page’s head to the story', async () => {
		const page = await e.open('/');
		await scriptReady(page);
		await page.press('Tab');
		const first = await page.evaluate(() => {
			const a = document.activeElement as HTMLAnchorElement;
			return { href: a.getAttribute('href'), top: a.getBoundingClientRect().top };
		});
		expect(first.href, 'the first Tab stop').toBe('#story-start');
		expect(first.top, 'and it is on screen').toBeGreaterThanOrEqual(0);
		await page.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('story-start');
		await page.press('Tab');
		// The next stop is inside the story's start, not in the summary or the contents above it.
		expect(await page.evaluate(() => !!document.activeElement?.closest('#story-start'))).toBe(true);
	});

	it('opens a citation with Enter and Space, closes it with Escape, and gives focus back', async () => {
		const page = await e.open('/');
		await scriptReady(page);
		let tabs = 0;
		while (!(await focusedClaim(page)) && tabs < 30) {
			await page.press('Tab');
			tabs++;
		}
		const id = await focusedClaim(page);
		expect(id, `a cited figure after ${tabs} Tabs`).toBeTruthy();
		const claim = claims.find((c) => c.claim_id === id);
		expect(claim, `${id} is a published claim`).toBeDefined();

		await page.press('Enter');
		const open = await until(
			() => dialog(page),
			(d) => d.shown,
			'Enter opens the citation'
		);
		expect(open.text).toContain(claim!.quote);
		// Where the quote is: its report and paragraph, as the page's citation data gives them.
		expect(open.text).toContain(citations.claims[id!].source);
		expect(open.focus, 'focus moves into the dialog').toBe('dialog');
		await page.press('Escape');
		await until(
			() => dialog(page),
			(d) => !d.shown,
			'Escape closes the citation'
		);
		expect(await focusedClaim(page), 'focus returns to the figure').toBe(id);

		await page.press('Space');
		await until(
			() => dialog(page),
			(d) => d.shown,
			'Space opens the citation'
		);
		await page.press('Escape');
		await until(
			() => dialog(page),
			(d) => !d.shown,
			'Escape closes it again'
		);
		expect(await focusedClaim(page), 'focus returns again').toBe(id);
	});

	it('goes on from the figure that opened a citation, with Tab and with Shift+Tab', async () => {
		const page = await e.open('/');
		await scriptReady(page);
		const figure = '#height-britain a[data-claim]';
		const around = await page.evaluate((sel) => {
			// Everything Tab stops at, in order (the page uses links, buttons and its dialog only).
			const stops = [...document.querySelectorAll('a[href], button, [tabindex="0"]')].filter(
				(el) => el.getClientRects().length > 0 && !el.closest('[hidden]')
			);
			const at = stops.indexOf(document.querySelector(sel)!);
			const name = (el: Element) => `${el.getAttribute('href')} ${el.textContent!.trim()}`;
			return { self: name(stops[at]), next: name(stops[at + 1]) };
		}, figure);
		for (const key of ['Tab', 'Shift+Tab'] as const) {
			await page.evaluate((sel) => document.querySelector<HTMLElement>(sel)!.focus(), figure);
			await page.press('Enter');
			await until(
				() => dialog(page),
				(d) => d.shown,
				'Enter opens the citation'
			);
			for (let i = 0; i < 10 && (await dialog(page)).shown; i++) await page.press(key);
			expect((await dialog(page)).shown, `${key} leaves the citation`).toBe(false);
			const at = await page.evaluate(
				() =>
					`${document.activeElement?.getAttribute('href')} ${document.activeElement?.textContent?.trim()}`
			);
			expect(at, `where ${key} goes from the citation`).toBe(
				key === 'Tab' ? around.next : around.self
			);
		}
	});

	it('shows how a derived figure was computed, with each input quote', async () => {
		const page = await e.open('/');
		await scriptReady(page);
		await scrollToStep(page, 'fighters-sum');
		const id = await page.evaluate(() => {
			const el = document.querySelector<HTMLElement>('#fighters-sum [data-derived]')!;
			el.focus();
			return el.dataset.derived!;
		});
		const derived = citations.derived[id];
		expect(derived, `${id} is in the page's citation data`).toBeDefined();
		await page.press('Enter');
		const open = await until(
			() => dialog(page),
			(d) => d.shown,
			'Enter opens the citation'
		);
		expect(open.text).toContain(derived.how);
		for (const claim of derived.claims) expect(open.text).toContain(citations.claims[claim].quote);
	});

	it('at 390 px, scrolls every figure reached with Tab into view, clear of the sticky chart', async () => {
		const page = await e.open('/', { width: 390, height: 844 });
		await scriptReady(page);
		const figures = await page.evaluate(
			() => document.querySelectorAll('.steps a[data-claim]').length
		);
		expect(figures).toBeGreaterThan(20);
		const covered: string[] = [];
		for (let i = 0; i < figures; i++) {
			// From the stop before it, so the browser scrolls as it does for a reader's Tab.
			await page.evaluate((n) => {
				const stops = [
					...document.querySelectorAll<HTMLElement>('a[href], button, [tabindex="0"]')
				].filter((el) => el.getClientRects().length > 0 && !el.closest('[hidden]'));
				const target = document.querySelectorAll('.steps a[data-claim]')[n];
				stops[stops.indexOf(target as HTMLElement) - 1].focus({ preventScroll: true });
			}, i);
			await page.press('Tab');
			const problem = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement;
				const r = el.getClientRects()[0];
				const [x, y] = [r.left + 2, (r.top + r.bottom) / 2];
				if (r.top < 0 || r.bottom > innerHeight) return `${el.textContent} is off screen`;
				const hit = document.elementFromPoint(x, y);
				return hit === el || el.contains(hit) ? '' : `${el.textContent} is under ${hit?.className}`;
			});
			if (problem) covered.push(problem);
		}
		expect(covered).toEqual([]);
	});

	it('stops once per figure in each chart', async () => {
		const page = await e.open('/');
		const repeats = await page.evaluate(() =>
			[...document.querySelectorAll('.graphic')].flatMap((g) => {
				const keys = [...g.querySelectorAll<HTMLElement>('a[href]')]
					.filter((a) => a.getClientRects().length)
					.map((a) => a.dataset.cite ?? a.dataset.claim ?? a.getAttribute('href'));
				return keys.filter((k, i) => keys.indexOf(k) !== i);
			})
		);
		expect(repeats).toEqual([]);
	});
});

describe(`the error net (${e.engine})`, () => {
	it('sees a CSP violation, a console error and an uncaught exception', async () => {
		const page = await e.open('/');
		await page.evaluate(() => {
			const s = document.createElement('script');
			s.textContent = 'window.__ran = true';
			document.body.append(s);
			console.error('a console error');
			setTimeout(() => {
				throw new Error('an uncaught exception');
			});
		});
		const seen: string[] = [];
		await until(
			async () => seen.push(...(await e.takeErrors(page))) && seen.join('\n'),
			(s) =>
				/CSP violation: script-src/.test(s || '') &&
				/a console error/.test(s || '') &&
				/an uncaught exception/.test(s || ''),
			'the error net reports a CSP violation, a console error and an uncaught exception'
		);
		expect(await page.evaluate(() => '__ran' in window), 'the policy blocked it').toBe(false);
		// The engine's own reports of the same errors (Chromium's and Firefox's) arrive on their own
		// time: the page's errors are read once more when it closes, and these may be among them.
		e.expectErrors(
			page,
			/a console error|an uncaught exception|Content Security Policy|script-src/
		);
	});
});
