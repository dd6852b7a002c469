// "Text and chart never fight", read in the page (one command a step, in any engine): for a step, a
// scroll position where the chart shows the step's state, the whole step text and the whole chart are
// in the visible area, and nothing covers the chart's marks (elementFromPoint over each). The visible
// area is the viewport less any classic scrollbar (documentElement.clientWidth), which Firefox on
// Linux draws 12 px wide. And the map's names: none runs off the map or into another, or covers
// another town's marker.
import type { Runs } from './story-steps.ts';

export interface Reading {
	ok: boolean;
	why: string;
}

/**
 * In the page: once the step's chart has hydrated, tries the scroll positions where a reader would
 * read step `id` (below the chart when they are stacked, centred, at the bottom, at the top) until
 * one passes. At each it waits until the
 * chart shows the step's state, for at most ten frames (the steps' observers report at the next
 * rendering, the page sets the state in the frame after), then a frame more, and reads.
 */
async function positionFor(id: string): Promise<Reading> {
	const step = document.getElementById(id)!;
	const scrolly = step.closest('.scrolly')!;
	const graphic = scrolly.querySelector<HTMLElement>('.graphic')!;
	const chart = scrolly.querySelector<HTMLElement>('.chart')!;
	const frame = () => new Promise((r) => requestAnimationFrame(r));
	const span = (r: DOMRect) =>
		`${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`;
	const read = (): Reading => {
		const card = step.querySelector('.card')!.getBoundingClientRect();
		const g = graphic.getBoundingClientRect();
		const room = graphic.querySelector('.room')!.getBoundingClientRect();
		const [w, h] = [document.documentElement.clientWidth, document.documentElement.clientHeight];
		const inView = (r: DOMRect) =>
			r.top >= -0.5 && r.left >= -0.5 && r.bottom <= h + 0.5 && r.right <= w + 0.5;
		if (chart.dataset.state !== step.dataset.state)
			return { ok: false, why: `chart shows ${chart.dataset.state}` };
		if (!inView(card)) return { ok: false, why: `card ${span(card)} not inside ${w}x${h}` };
		if (!inView(g)) return { ok: false, why: `chart ${span(g)} not inside ${w}x${h}` };
		// The chart's content (its HTML boxes; an SVG's inside is clipped by the SVG) fits its room.
		for (const el of chart.querySelectorAll<HTMLElement>('*:not(svg *)')) {
			const r = el.getBoundingClientRect();
			if (r.height === 0 || r.width === 0) continue;
			if (r.bottom > room.bottom + 1 || r.right > room.right + 1)
				return {
					ok: false,
					why: `chart clipped: ${el.tagName.toLowerCase()}.${el.getAttribute('class')} at ${span(r)}, its room ${span(room)}`
				};
		}
		// The marks: every drawn element of the chart that has a size (squares, bars, markers, labels).
		const marks = [
			...chart.querySelectorAll<Element>('rect, .bar, .fill, .marker, .label, .box, [data-claim]')
		]
			.map((el) => el.getBoundingClientRect())
			.filter((r) => r.width > 1 && r.height > 1);
		if (!marks.length) return { ok: false, why: 'no marks found' };
		for (const r of marks) {
			const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
			const at = `${Math.round(x)},${Math.round(y)}`;
			if (x < 0 || y < 0 || x > w || y > h)
				return { ok: false, why: `a mark at ${at} is off screen` };
			const top = document.elementFromPoint(x, y);
			if (!top || !graphic.contains(top))
				return {
					ok: false,
					why: `a mark at ${at} is covered by ${top?.className || top?.tagName}`
				};
		}
		return { ok: true, why: '' };
	};
	const scrollTo = (where: string) => {
		const card = step.querySelector('.card')!.getBoundingClientRect();
		const g = graphic.getBoundingClientRect();
		const h = document.documentElement.clientHeight;
		const target =
			where === 'below-chart'
				? card.top - (g.height + 8)
				: where === 'center'
					? card.top + card.height / 2 - h / 2
					: where === 'bottom'
						? card.bottom - h + 8
						: card.top - 8;
		window.scrollBy(0, target);
	};
	// First the chart's island must have hydrated (it does as it nears the screen): until then it
	// shows its prerendered "final", whatever the step. (The bounds here are PATIENCE's, in
	// story-steps.ts: a page function cannot import.)
	step.scrollIntoView({ block: 'center' });
	for (
		const end = performance.now() + 20_000;
		chart.dataset.state === 'final' && performance.now() < end;
	)
		await frame();
	const card = step.querySelector('.card')!.getBoundingClientRect();
	const g = graphic.getBoundingClientRect();
	const stacked = g.left < card.right && card.left < g.right;
	// Side by side, "below the chart" is "top": tried once.
	const whys: string[] = [];
	for (const where of stacked
		? ['below-chart', 'center', 'bottom', 'top']
		: ['center', 'bottom', 'top']) {
		scrollTo(where);
		for (let i = 0; i < 10 && chart.dataset.state !== step.dataset.state; i++) await frame();
		await frame();
		const reading = read();
		if (reading.ok) return reading;
		whys.push(`${where}: ${reading.why}`);
	}
	return { ok: false, why: whys.join('; ') };
}

/** Every step that has no scroll position showing its whole text and its whole, uncovered chart. */
export async function stepsWithoutAPosition(page: Runs, steps: { id: string }[]) {
	const failures: string[] = [];
	for (const step of steps) {
		const reading = await page.evaluate(positionFor, step.id);
		if (!reading.ok) failures.push(`${step.id}: ${reading.why}`);
	}
	return failures;
}

/** In the page: what is wrong with the names on the map inside `root`; empty when nothing is. */
export function mapLabelProblems(root: string): string[] {
	const map = document.querySelector(`${root} .map`)!;
	const box = map.getBoundingClientRect();
	const labels = [...map.querySelectorAll<HTMLElement>('.label, .country-label, .river-label')];
	const markers = [...map.querySelectorAll<HTMLElement>('.marker')];
	const out: string[] = [];
	const rect = (el: Element) => el.getBoundingClientRect();
	const name = (el: HTMLElement) => `"${el.textContent}"`;
	for (const l of labels) {
		const r = rect(l);
		if (
			r.left < box.left - 1 ||
			r.right > box.right + 1 ||
			r.top < box.top - 1 ||
			r.bottom > box.bottom + 1
		)
			out.push(`${name(l)} runs off the map`);
	}
	// Rotated river names are checked against the map's edges only: their box is not their shape.
	const straight = labels.filter((l) => !l.classList.contains('river-label'));
	for (let i = 0; i < straight.length; i++)
		for (let j = i + 1; j < straight.length; j++) {
			const [a, c] = [rect(straight[i]), rect(straight[j])];
			const overlap =
				Math.min(a.right, c.right) - Math.max(a.left, c.left) > 1 &&
				Math.min(a.bottom, c.bottom) - Math.max(a.top, c.top) > 1;
			if (overlap) out.push(`${name(straight[i])} and ${name(straight[j])} collide`);
		}
	// No name covers the middle of another town's marker.
	for (const l of straight) {
		const r = rect(l);
		for (const m of markers) {
			const c = rect(m);
			const [x, y] = [c.left + c.width / 2, c.top + c.height / 2];
			const own = m.nextElementSibling === l || l.dataset.town === (m.dataset.town ?? '');
			if (!own && x > r.left && x < r.right && y > r.top && y < r.bottom)
				out.push(`${name(l)} covers a marker`);
		}
	}
	return out;
}

/**
 * In the page, at its present width: each step is scrolled to, its state awaited, then two frames
 * more (the map places its names for its width in the frame after a resize); at every step the page
 * must not scroll sideways, and at every map step the map's names are read.
 */
async function walkSteps(
	steps: { id: string; chart: string; state: string }[],
	labelProblems: (root: string) => string[]
): Promise<string[]> {
	const frame = () => new Promise((r) => requestAnimationFrame(r));
	const out: string[] = [];
	for (const step of steps) {
		document.getElementById(step.id)!.scrollIntoView({ block: 'center' });
		const chart = document.querySelector<HTMLElement>(
			`.scrolly[data-chart="${step.chart}"] .chart`
		)!;
		const end = performance.now() + 10_000;
		while (chart.dataset.state !== step.state && performance.now() < end) await frame();
		if (chart.dataset.state !== step.state) {
			out.push(`${step.id}: the chart shows ${chart.dataset.state}`);
			continue;
		}
		await frame();
		await frame();
		const wide = document.documentElement.scrollWidth - document.documentElement.clientWidth;
		if (wide > 0) out.push(`${step.id}: the page scrolls sideways by ${wide} px`);
		if (step.chart === 'town-sequence')
			out.push(
				...labelProblems('.scrolly[data-chart="town-sequence"]').map((p) => `${step.id}: ${p}`)
			);
	}
	return out;
}

/** What `walkSteps` finds wrong at the page's present width, in one command. */
export function mapAndWidthProblems(
	page: Runs,
	steps: { id: string; chart: string; state: string }[]
): Promise<string[]> {
	// Composed in Node: a page function cannot import, and the page's CSP forbids eval.
	const run = new Function('steps', `return (${walkSteps})(steps, (${mapLabelProblems}));`) as (
		s: typeof steps
	) => Promise<string[]>;
	return page.evaluate(run, steps);
}
