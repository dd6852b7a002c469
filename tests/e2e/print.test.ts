// The story on paper: A4, at most 14 pages, each chart once in its final state, no controls.
import { describe, it, expect } from 'vitest';
import { useBrowser } from './fixtures.ts';

const b = useBrowser();

const islandStates = `[...document.querySelectorAll('[data-island]')]
	.map((e) => e.dataset.island + ':' + e.dataset.state).join(' ')`;

describe('print', () => {
	it('prints on at most 14 A4 pages, each chart in its final state, then restores the reader’s', async () => {
		const page = await b.open('/#town-rawa');
		await expect.poll(() => page.evaluate(islandStates)).toContain('town-sequence:rawa');
		await page.evaluate(`window.__printed = [];
			addEventListener('beforeprint', () => queueMicrotask(() => window.__printed.push(${islandStates})));`);
		const pdf = await page.pdf({ format: 'A4' });
		const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
		expect(pages).toBeGreaterThanOrEqual(3);
		expect(pages).toBeLessThanOrEqual(14);
		// Each chart in its final state: unhydrated ones show it as prerendered ("final").
		const printed = (await page.evaluate('window.__printed')) as string[];
		expect(printed).toHaveLength(1);
		const finals = await page.$$eval('[data-island]', (all) =>
			all.map((e) => `${(e as HTMLElement).dataset.island}:${(e as HTMLElement).dataset.final}`)
		);
		for (const [i, shown] of printed[0].split(' ').entries()) {
			expect([finals[i], finals[i].replace(/:.*/, ':final')]).toContain(shown);
		}
		expect(printed[0]).toContain('town-sequence:summary');
		// Back on screen, the chart the reader was at is in the reader's state again.
		await expect.poll(() => page.evaluate(islandStates)).toContain('town-sequence:rawa');
		await page.context().close();
	});

	it('drops the sticky graphic and the controls, and keeps every step’s text', async () => {
		const page = await b.open('/');
		await page.emulateMedia({ media: 'print' });
		const layout = await page.evaluate(() => ({
			sticky: [...document.querySelectorAll('.graphic')].filter(
				(g) => getComputedStyle(g).position === 'sticky'
			).length,
			controls: [
				...document.querySelectorAll('[data-embed-tools], .section-link, .contents, .skip-link')
			].filter((e) => (e as HTMLElement).offsetParent !== null).length,
			hiddenSteps: [...document.querySelectorAll('.step .card')].filter(
				(c) => (c as HTMLElement).offsetHeight === 0
			).length,
			chartsFirst: [...document.querySelectorAll('.scrolly')].every(
				(s) =>
					s.querySelector('.graphic')!.getBoundingClientRect().top <
					s.querySelector('.step')!.getBoundingClientRect().top
			)
		}));
		expect(layout).toEqual({ sticky: 0, controls: 0, hiddenSteps: 0, chartsFirst: true });
		await page.context().close();
	});
});
