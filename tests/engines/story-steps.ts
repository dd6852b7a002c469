// What the story specs read and wait for, through the adapter (so the same in every engine).
import { parse } from 'node-html-parser';
import type { Page } from './driver/index.ts';

export interface Step {
	id: string;
	chart: string;
	state: string;
}

/** Every step of the story as the prerendered HTML gives it (read in Node, before any script). */
export async function storySteps(origin: string): Promise<Step[]> {
	const html = parse(await (await fetch(`${origin}/`)).text());
	return html.querySelectorAll('.scrolly[data-chart]').flatMap((scrolly) =>
		scrolly.querySelectorAll('.step[data-state]').map((step) => ({
			id: step.id,
			chart: scrolly.getAttribute('data-chart')!,
			state: step.getAttribute('data-state')!
		}))
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
	page.evaluate(
		(c) => document.querySelector(`.scrolly[data-chart="${c}"] .chart`)!.getAttribute('data-state'),
		chart
	);

/** Polls `read` until `done(value)`; fails with `message` and the last value after `timeout` ms. */
export async function until<T>(
	read: () => Promise<T>,
	done: (value: T) => boolean,
	message: string,
	timeout = 5000
): Promise<T> {
	const end = Date.now() + timeout;
	for (;;) {
		const value = await read();
		if (done(value)) return value;
		if (Date.now() > end)
			throw new Error(`${message} (after ${timeout} ms: ${JSON.stringify(value)})`);
		await new Promise((r) => setTimeout(r, 50));
	}
}

/** Waits until the chart shows the state (the steps' observers are asynchronous). */
export async function expectState(page: Page, chart: string, state: string, when = '') {
	await until(
		() => chartState(page, chart),
		(s) => s === state,
		`${chart} should show "${state}"${when}`
	);
}

export const scrollToStep = (page: Page, id: string) =>
	page.evaluate((i) => document.getElementById(i)!.scrollIntoView({ block: 'center' }), id);

/**
 * Waits for the page script: until then each chart shows its prerendered `data-state="final"` and
 * each figure is a plain link to /sources (a click or Enter before it follows that link). The script
 * wires the citations before it hydrates the first chart, so the first chart leaving "final" says
 * both are done.
 */
export const scriptReady = (page: Page) =>
	until(
		() =>
			page.evaluate(() => document.querySelector('.scrolly .chart')!.getAttribute('data-state')),
		(s) => s !== 'final',
		'the page script hydrates the first chart',
		10_000
	);

/**
 * Samples how many squares the first waffle of territory-lost draws as lost: once at once, then every
 * frame until `stop()`, which returns the counts. Sampling lives in the page, so no command is in
 * flight while the spec scrolls (WebDriver runs one command at a time).
 */
export async function sampleWaffle(page: Page) {
	await page.evaluate(() => {
		const w = window as unknown as { __counts: number[]; __sampling: boolean };
		const panel = document.querySelector('.scrolly[data-chart="territory-lost"] .panel')!;
		const sample = () => {
			w.__counts.push(panel.querySelectorAll('rect.lost').length);
			if (w.__sampling) requestAnimationFrame(sample);
		};
		w.__counts = [];
		w.__sampling = true;
		sample();
	});
	return {
		async stop(afterMs: number): Promise<number[]> {
			await new Promise((r) => setTimeout(r, afterMs));
			return page.evaluate(() => {
				const w = window as unknown as { __counts: number[]; __sampling: boolean };
				w.__sampling = false;
				return w.__counts;
			});
		}
	};
}
