// "Text and chart never fight", read through the adapter: for a step, a scroll position where the
// chart shows the step's state, the whole step text and the whole chart are in the visible area, and
// nothing covers the chart's marks (elementFromPoint over each). The visible area is the viewport
// less any classic scrollbar (documentElement.clientWidth), which Firefox on Linux draws 12 px wide.
// The checks are those of tests/e2e/layout.test.ts, which reads Chromium only.
import type { Page } from './driver/index.ts';

export interface Reading {
	ok: boolean;
	why: string;
}

function readStep(id: string): Reading {
	const step = document.getElementById(id)!;
	const scrolly = step.closest('.scrolly')!;
	const graphic = scrolly.querySelector<HTMLElement>('.graphic')!;
	const chart = scrolly.querySelector<HTMLElement>('.chart')!;
	const card = step.querySelector('.card')!.getBoundingClientRect();
	const g = graphic.getBoundingClientRect();
	const room = graphic.querySelector('.room')!.getBoundingClientRect();
	const [w, h] = [document.documentElement.clientWidth, document.documentElement.clientHeight];
	const inView = (r: DOMRect) =>
		r.top >= -0.5 && r.left >= -0.5 && r.bottom <= h + 0.5 && r.right <= w + 0.5;
	const span = (r: DOMRect) =>
		`${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`;
	if (chart.dataset.state !== step.dataset.state)
		return { ok: false, why: `chart shows ${chart.dataset.state}` };
	if (!inView(card)) return { ok: false, why: `card ${span(card)} not inside ${w}x${h}` };
	if (!inView(g)) return { ok: false, why: `chart ${span(g)} not inside ${w}x${h}` };
	for (const el of chart.querySelectorAll<HTMLElement>('*:not(svg *)')) {
		const r = el.getBoundingClientRect();
		if (r.height === 0 || r.width === 0) continue;
		if (r.bottom > room.bottom + 1 || r.right > room.right + 1)
			return {
				ok: false,
				why: `chart clipped: ${el.tagName.toLowerCase()}.${el.getAttribute('class')} at ${span(r)}, its room ${span(room)}`
			};
	}
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
			return { ok: false, why: `a mark at ${at} is covered by ${top?.className || top?.tagName}` };
	}
	return { ok: true, why: '' };
}

function scrollFor([id, where]: [string, string]) {
	const step = document.getElementById(id)!;
	const card = step.querySelector('.card')!.getBoundingClientRect();
	const g = step.closest('.scrolly')!.querySelector('.graphic')!.getBoundingClientRect();
	const h = document.documentElement.clientHeight;
	const stacked = g.left < card.right && card.left < g.right;
	const target =
		where === 'below-chart' && stacked
			? card.top - (g.height + 8)
			: where === 'center'
				? card.top + card.height / 2 - h / 2
				: where === 'bottom'
					? card.bottom - h + 8
					: card.top - 8;
	window.scrollBy(0, target);
}

/** Tries the scroll positions where a reader would read the step, until one passes. */
export async function findPosition(page: Page, id: string): Promise<Reading> {
	const whys: string[] = [];
	const stacked = await page.evaluate((i) => {
		const card = document.getElementById(i)!.querySelector('.card')!.getBoundingClientRect();
		const g = document.getElementById(i)!.closest('.scrolly')!.querySelector('.graphic')!;
		const r = g.getBoundingClientRect();
		return r.left < card.right && card.left < r.right;
	}, id);
	// Side by side, "below the chart" is "top": tried once.
	for (const where of stacked
		? ['below-chart', 'center', 'bottom', 'top']
		: ['center', 'bottom', 'top']) {
		await page.evaluate(scrollFor, [id, where]);
		// The steps' observers report at the next rendering, the page measures in the frame after:
		// three frames (however slow the machine), then a little more for the scroll to settle.
		await page.evaluate(() => {
			const frame = () => new Promise((r) => requestAnimationFrame(r));
			return frame().then(frame).then(frame);
		});
		await new Promise((r) => setTimeout(r, 50));
		const reading = await page.evaluate(readStep, id);
		if (reading.ok) return reading;
		whys.push(`${where}: ${reading.why}`);
	}
	return { ok: false, why: whys.join('; ') };
}
