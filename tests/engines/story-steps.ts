// What the story specs read and wait for, through the adapter (so the same in every engine). Every
// wait is on a condition the page reports (an attribute, a frame), and waits in the page where it
// can: one command, however slow the machine, instead of a poll of round trips.
import { parse } from 'node-html-parser';
import type { Page } from './driver/index.ts';

/** What these helpers need of a page: running a function in it (an adapter page, or tests/e2e's). */
export type Runs = Pick<Page, 'evaluate'>;

export interface Step {
	id: string;
	chart: string;
	state: string;
}

/** Every step of the story as the prerendered HTML gives it (read in Node, before any script). */
export async function storySteps(site: string): Promise<Step[]> {
	const html = parse(await (await fetch(`${site}/`)).text());
	return html.querySelectorAll('.scrolly[data-chart]').flatMap((scrolly) =>
		scrolly.querySelectorAll('.step[data-state]').map((step) => ({
			id: step.id,
			chart: scrolly.getAttribute('data-chart')!,
			state: step.getAttribute('data-state')!
		}))
	);
}

/** Each chart's states as the published manifest lists them (from its spec, not from the copy). */
export async function chartStates(site: string): Promise<Map<string, string[]>> {
	const manifest = (await (await fetch(`${site}/data/charts.json`)).json()) as {
		id: string;
		states: string[];
	}[];
	return new Map(manifest.map((c) => [c.id, c.states]));
}

/** How long a condition may take on a loaded 2-core machine before it counts as not met: a bound
 *  for failures only (a met condition ends the wait at once). */
export const PATIENCE = 10_000;

/** Polls `read` until `done(value)`; fails with `message` and the last value after `timeout` ms. */
export async function until<T>(
	read: () => Promise<T>,
	done: (value: T) => boolean,
	message: string,
	timeout = PATIENCE
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

/** In the page: resolves with the chart's state once it is `state`, or with whatever it shows after `ms`. */
function stateOnceItIs([chart, state, ms]: [string, string, number]) {
	const el = document.querySelector(`.scrolly[data-chart="${chart}"] .chart`)!;
	return new Promise<string | null>((resolve) => {
		const done = () => {
			observer.disconnect();
			clearTimeout(timer);
			resolve(el.getAttribute('data-state'));
		};
		const observer = new MutationObserver(() => {
			if (el.getAttribute('data-state') === state) done();
		});
		const timer = setTimeout(done, ms);
		observer.observe(el, { attributes: true, attributeFilter: ['data-state'] });
		if (el.getAttribute('data-state') === state) done();
	});
}

/** Waits until the chart shows the state (the steps' observers are asynchronous). */
export async function expectState(page: Runs, chart: string, state: string, when = '') {
	const shown = await page.evaluate(stateOnceItIs, [chart, state, PATIENCE]);
	if (shown !== state)
		throw new Error(
			`${chart} should show "${state}"${when} (after ${PATIENCE} ms it shows "${shown}")`
		);
}

export const chartState = (page: Runs, chart: string) =>
	page.evaluate(
		(c) => document.querySelector(`.scrolly[data-chart="${c}"] .chart`)!.getAttribute('data-state'),
		chart
	);

export const scrollToStep = (page: Runs, id: string) =>
	page.evaluate((i) => document.getElementById(i)!.scrollIntoView({ block: 'center' }), id);

/**
 * In the page: each step scrolled to in turn, as a reader scrolling through does, with a whole
 * rendering update at each (two frames: code awaiting one frame runs before that frame's
 * intersection observers, so with one the page's observers would see only every other position).
 */
export const scrollThrough = (page: Runs, ids: string[]) =>
	page.evaluate(async (all) => {
		for (const id of all) {
			document.getElementById(id)!.scrollIntoView({ block: 'center' });
			await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
		}
	}, ids);

/** In the page: waits for `n` animation frames (the page has rendered `n` times). */
export const frames = (page: Runs, n: number) =>
	page.evaluate(
		(count) =>
			new Promise<void>((resolve) => {
				let left = count;
				const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
				requestAnimationFrame(tick);
			}),
		n
	);

/**
 * In the page: reads `read` (a self-contained function, run on every frame) until it has returned
 * the same value for `still` frames in a row, and resolves with that value; after `ms` it resolves
 * with `{ unsettled: last value }`.
 */
export function settledValue<T>(page: Runs, read: () => T, still = 10, ms = PATIENCE) {
	// Composed here, in Node: the page's CSP (no 'unsafe-eval') would refuse to compile it there.
	const wait = new Function(
		'limits',
		`const read = (${String(read)});
		const [need, ms] = limits;
		return new Promise((resolve) => {
			const end = performance.now() + ms;
			let last = JSON.stringify(read());
			let same = 0;
			const tick = () => {
				const now = JSON.stringify(read());
				same = now === last ? same + 1 : 0;
				last = now;
				if (same >= need) resolve(JSON.parse(now));
				else if (performance.now() > end) resolve({ unsettled: JSON.parse(now) });
				else requestAnimationFrame(tick);
			};
			requestAnimationFrame(tick);
		});`
	) as (limits: [number, number]) => Promise<T | { unsettled: T }>;
	return page.evaluate(wait, [still, ms]);
}

/** Fails naming `what` when `settledValue` did not settle. */
export function settled<T>(value: T | { unsettled: T }, what: string): T {
	if (value && typeof value === 'object' && 'unsettled' in value)
		throw new Error(`${what} did not come to rest: last ${JSON.stringify(value.unsettled)}`);
	return value as T;
}

/**
 * Waits for the page script: until then each chart shows its prerendered `data-state="final"` and
 * each figure is a plain link to /sources (a click or Enter before it follows that link). The script
 * marks `<html data-scripted>` once it has wired the citations and the steps, whether or not any
 * chart is near enough the screen to hydrate yet.
 */
export async function scriptReady(page: Runs) {
	const ready = await page.evaluate(
		(ms) =>
			new Promise<boolean>((resolve) => {
				const html = document.documentElement;
				const done = () => {
					observer.disconnect();
					clearTimeout(timer);
					resolve('scripted' in html.dataset);
				};
				const observer = new MutationObserver(() => 'scripted' in html.dataset && done());
				const timer = setTimeout(done, ms);
				observer.observe(html, { attributes: true, attributeFilter: ['data-scripted'] });
				if ('scripted' in html.dataset) done();
			}),
		2 * PATIENCE
	);
	if (!ready) throw new Error(`the page script did not run in ${2 * PATIENCE} ms`);
}

/** Waits until the first chart has hydrated (left its prerendered "final"): on a page whose first
 *  chart is within a screen of the viewport at load. */
export async function firstChartHydrated(page: Runs) {
	const shown = await page.evaluate(
		(ms) =>
			new Promise<string | null>((resolve) => {
				const el = document.querySelector('.scrolly .chart')!;
				const done = () => {
					observer.disconnect();
					clearTimeout(timer);
					resolve(el.getAttribute('data-state'));
				};
				const observer = new MutationObserver(
					() => el.getAttribute('data-state') !== 'final' && done()
				);
				const timer = setTimeout(done, ms);
				observer.observe(el, { attributes: true, attributeFilter: ['data-state'] });
				if (el.getAttribute('data-state') !== 'final') done();
			}),
		2 * PATIENCE
	);
	if (shown === 'final')
		throw new Error(`the page script did not hydrate the first chart in ${2 * PATIENCE} ms`);
}

/**
 * Samples, in the page, how many squares the first waffle of territory-lost draws as lost and the
 * figure its label shows: once at once, then every frame. `until(count)` ends the sampling once the
 * waffle has drawn `count` squares for ten frames in a row, and returns every sample. Sampling lives
 * in the page, so no command is in flight while the spec scrolls (WebDriver runs one at a time).
 */
export async function sampleWaffle(page: Runs) {
	await page.evaluate(() => {
		const w = window as unknown as { __samples: [number, string][]; __sampling: boolean };
		const panel = document.querySelector('.scrolly[data-chart="territory-lost"] .panel')!;
		const sample = () => {
			w.__samples.push([
				panel.querySelectorAll('rect.lost').length,
				panel.querySelector('[data-claim]')?.textContent ?? ''
			]);
			if (w.__sampling) requestAnimationFrame(sample);
		};
		w.__samples = [];
		w.__sampling = true;
		sample();
	});
	return {
		until: (count: number) =>
			page.evaluate(
				([n, ms]) =>
					new Promise<{ lost: number; label: string }[]>((resolve) => {
						const w = window as unknown as { __samples: [number, string][]; __sampling: boolean };
						const end = performance.now() + ms;
						const check = () => {
							const last = w.__samples.slice(-10);
							if ((last.length === 10 && last.every(([c]) => c === n)) || performance.now() > end) {
								w.__sampling = false;
								resolve(w.__samples.map(([lost, label]) => ({ lost, label })));
							} else requestAnimationFrame(check);
						};
						check();
					}),
				[count, PATIENCE]
			)
	};
}
