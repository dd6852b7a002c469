// Helpers shared by the story's browser tests: the steps on the page and the chart state they set.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Every step on the page: its id, the chart it drives and the state it should show. */
export async function allSteps(page: Page) {
	return page.$$eval('.scrolly', (scrollies) =>
		scrollies.flatMap((s) =>
			[...s.querySelectorAll<HTMLElement>('.step')].map((step) => ({
				id: step.id,
				chart: s.getAttribute('data-chart')!,
				state: step.dataset.state!
			}))
		)
	);
}

/** Each chart's states as the published manifest lists them (from its spec, not from the copy). */
export async function chartStates(origin: string): Promise<Map<string, string[]>> {
	const manifest = (await (await fetch(`${origin}/data/charts.json`)).json()) as {
		id: string;
		states: string[];
	}[];
	return new Map(manifest.map((c) => [c.id, c.states]));
}

export const chartState = (page: Page, chart: string) =>
	page.$eval(`.scrolly[data-chart="${chart}"] .chart`, (el) => el.getAttribute('data-state'));

/** Waits until the chart shows the state (scroll events are asynchronous). */
export async function expectState(page: Page, chart: string, state: string) {
	await expect
		.poll(() => chartState(page, chart), {
			timeout: 5000,
			message: `${chart} should show ${state}`
		})
		.toBe(state);
}

export async function scrollToStep(page: Page, id: string) {
	await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'center' }), id);
}
