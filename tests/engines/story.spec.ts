// The story in every engine, motion on: every step drives its chart (scrolled to, and after an
// anchor jump in the page), each chart keeps its state through a reload in mid-page and shows it on
// loading at an anchor, a state change moves through frames, and citations work from the keyboard. The steps and their states come from the prerendered HTML, the
// states a chart has from the published manifest, the quotes from /data/claims.json.
import { describe, it, expect } from 'vitest';
import { useEngine } from './use-engine.ts';
import {
	chartStates,
	expectState,
	sampleWaffle,
	scriptReady,
	scrollToStep,
	storySteps,
	until,
	type Step
} from './story-steps.ts';

const e = useEngine();
const steps = await storySteps(e.origin());

/** For each chart, a step in the middle of its section (never its first, which a fresh load shows):
 *  where the reload and load-at-an-anchor tests land, one page load each. */
const middles = [...new Set(steps.map((s) => s.chart))].map((chart) => {
	const own = steps.filter((s) => s.chart === chart);
	return own[Math.max(1, Math.floor(own.length / 2))] ?? own[0];
});

describe(`scroll steps drive the charts (${e.engine})`, () => {
	it('every step, scrolled to in order, sets the state of its chart', async () => {
		const states = await chartStates(e.origin());
		expect(steps.length).toBeGreaterThanOrEqual(20);
		const page = await e.open('/');
		for (const step of steps) {
			expect(states.get(step.chart), `${step.id}: a state of ${step.chart}`).toContain(step.state);
			await scrollToStep(page, step.id);
			await expectState(page, step.chart, step.state, ` at step ${step.id}`);
		}
	});

	it('keeps the state through a reload in mid-page, in every chart', async () => {
		const page = await e.open('/');
		for (const step of middles) {
			await scrollToStep(page, step.id);
			await expectState(page, step.chart, step.state, ` at step ${step.id}`);
			const y = await page.evaluate(() => Math.round(scrollY));
			await page.reload();
			// The browser restores the scroll position; the page must then read the same step from it.
			await until(
				() => page.evaluate(() => Math.round(scrollY)),
				(now) => Math.abs(now - y) <= 2,
				`scroll position ${y} restored after the reload at ${step.id}`
			);
			await expectState(page, step.chart, step.state, ` after a reload at ${step.id}`);
		}
	});

	it('every step is shown after an anchor jump in the page, wherever the jump starts', async () => {
		const page = await e.open('/');
		// From both ends inwards: each jump crosses much of the story, up and down.
		const order: Step[] = [];
		for (let i = 0, j = steps.length - 1; i <= j; i++, j--)
			order.push(steps[i], ...(i < j ? [steps[j]] : []));
		for (const step of order) {
			await page.evaluate((id) => (location.hash = id), step.id);
			await expectState(page, step.chart, step.state, ` after a jump to #${step.id}`);
		}
	});

	it('lands on the right state when the page loads at an anchor', async () => {
		const page = await e.open('/');
		for (const step of middles) {
			await page.goto('about:blank');
			await page.goto(`${e.origin()}/#${step.id}`);
			await expectState(page, step.chart, step.state, ` on loading /#${step.id}`);
		}
	});

	it('moves a state change through frames (what reduced motion turns off)', async () => {
		const page = await e.open('/');
		await scrollToStep(page, 'lost-whole');
		await expectState(page, 'territory-lost', 'whole');
		const sampling = await sampleWaffle(page);
		await scrollToStep(page, 'lost-95');
		const counts = [...new Set(await sampling.stop(1500))];
		expect(counts.at(-1)).toBe(95);
		expect(counts.filter((n) => n > 0 && n < 95).length, `counts: ${counts}`).toBeGreaterThan(3);
	});
});

interface Claim {
	claim_id: string;
	quote: string;
	paragraph: number;
}

describe(`citations (${e.engine})`, () => {
	it('open with Enter and Space, close with Escape, and focus returns to the figure', async () => {
		const { claims } = (await (await fetch(`${e.origin()}/data/claims.json`)).json()) as {
			claims: Claim[];
		};
		const page = await e.open('/');
		await scriptReady(page);
		const focused = () =>
			page.evaluate(
				() => document.activeElement?.getAttribute('data-claim')?.split(' ')[0] ?? null
			);
		let tabs = 0;
		while (!(await focused()) && tabs < 30) {
			await page.press('Tab');
			tabs++;
		}
		const id = await focused();
		expect(id, `a cited figure after ${tabs} Tabs`).toBeTruthy();
		const claim = claims.find((c) => c.claim_id === id);
		expect(claim, `${id} is a published claim`).toBeDefined();

		const dialog = () =>
			page.evaluate(() => {
				const d = document.querySelector<HTMLElement>('[role="dialog"]');
				const shown = !!d && !d.hidden && d.getBoundingClientRect().height > 0;
				const focus = document.activeElement?.getAttribute('role');
				return { shown, text: shown ? d.innerText : '', focus };
			});
		await page.press('Enter');
		const open = await until(dialog, (d) => d.shown, 'Enter opens the citation dialog');
		expect(open.text).toContain(claim!.quote);
		expect(open.text).toContain(`paragraph ${claim!.paragraph}`);
		expect(open.focus, 'focus moves into the dialog').toBe('dialog');

		await page.press('Escape');
		await until(dialog, (d) => !d.shown, 'Escape closes the citation dialog');
		expect(await focused(), 'focus returns to the figure').toBe(id);

		await page.press('Space');
		await until(dialog, (d) => d.shown, 'Space opens the citation dialog');
		await page.press('Escape');
		await until(dialog, (d) => !d.shown, 'Escape closes it again');
		expect(await focused(), 'focus returns again').toBe(id);
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
		expect(await page.evaluate(() => 'window.__ran' in window), 'the policy blocked it').toBe(
			false
		);
		// The engine's own reports of the same errors (Chromium's and Firefox's) may come later.
		await new Promise((r) => setTimeout(r, 500));
		await e.takeErrors(page);
	});
});
