// The map as a reader measures it: its scale bar is as long as the km it names, measured against
// the great-circle distance between two towns (from the published CSV's GeoNames positions), on the
// whole map and in the close view; and the map's names stay inside it at every size the page is
// read at, 200% zoom included.
import { describe, it, expect } from 'vitest';
import { csvParse } from 'd3-dsv';
import { useBrowser } from './fixtures.ts';
import {
	expectState,
	scrollToStep,
	settled,
	settledValue,
	storySteps
} from '../engines/story-steps.ts';
import { runs } from './fixtures.ts';

const b = useBrowser();
const steps = await storySteps(b.site());
const rows = csvParse(await (await fetch(`${b.site()}/data/town-sequence.csv`)).text());
const at = (town: string) => {
	const r = rows.find((row) => row.town === town && row.lat)!;
	return { lat: Number(r.lat), lon: Number(r.lon) };
};
/** Great-circle km between two towns (haversine, mean Earth radius). */
function km(a: string, b: string) {
	const [p, q] = [at(a), at(b)];
	const rad = Math.PI / 180;
	const h =
		Math.sin(((q.lat - p.lat) * rad) / 2) ** 2 +
		Math.cos(p.lat * rad) * Math.cos(q.lat * rad) * Math.sin(((q.lon - p.lon) * rad) / 2) ** 2;
	return 2 * 6371 * Math.asin(Math.sqrt(h));
}

const MAP = '.scrolly[data-chart="town-sequence"]';

describe('the map’s scale and names', () => {
	for (const [step, pair] of [
		['town-mosul', ['mosul', 'deir-ez-zor']],
		['town-rawa', ['al-qaim', 'rawa']]
	] as const) {
		it(`its scale bar is as long as its km at ${step} (against ${pair.join('–')})`, async () => {
			const page = await b.open('/', { viewport: { width: 390, height: 844 } });
			await scrollToStep(runs(page), step);
			await expectState(runs(page), 'town-sequence', steps.find((s) => s.id === step)!.state);
			const m = await page.evaluate(
				({ sel, pair }) => {
					const box = (e: Element) => e.getBoundingClientRect();
					const centre = (id: string) => {
						const r = box(document.querySelector(`${sel} .marker[data-town="${id}"]`)!);
						return [r.x + r.width / 2, r.y + r.height / 2];
					};
					const [a, c] = pair.map(centre);
					const bar = document.querySelector(`${sel} .scale-bar`) as HTMLElement;
					return {
						px: Math.hypot(a[0] - c[0], a[1] - c[1]),
						barPx: box(bar).width,
						barKm: Number(bar.dataset.km)
					};
				},
				{ sel: MAP, pair: [...pair] }
			);
			const pxPerKm = m.px / km(pair[0], pair[1]);
			// Within 6%: the bar's border, and the projection's scale across the region.
			expect(m.barPx / m.barKm / pxPerKm).toBeGreaterThan(0.94);
			expect(m.barPx / m.barKm / pxPerKm).toBeLessThan(1.06);
		});
	}

	for (const view of [
		{ name: '360×740', viewport: { width: 360, height: 740 }, scale: 1 },
		{ name: '1280×800 at 200%', viewport: { width: 640, height: 400 }, scale: 2 }
	]) {
		it(`keeps every name inside the map at ${view.name}, the map at least 240 px wide`, async () => {
			const page = await b.open('/', { viewport: view.viewport, deviceScaleFactor: view.scale });
			const problems: string[] = [];
			for (const s of steps.filter((st) => st.chart === 'town-sequence')) {
				await scrollToStep(runs(page), s.id);
				await expectState(runs(page), 'town-sequence', s.state);
				// The names are read where the view comes to rest, not in the middle of its move.
				settled(
					await settledValue(
						runs(page),
						() =>
							document
								.querySelector('.scrolly[data-chart="town-sequence"] .map > svg')
								?.getAttribute('viewBox'),
						5
					),
					`the map's view at ${s.id}`
				);
				problems.push(
					...(await page.evaluate(
						({ sel, id }) => {
							const map = document.querySelector(`${sel} .map`)!.getBoundingClientRect();
							const out =
								map.width < 240 ? [`${id}: the map is ${Math.round(map.width)} px wide`] : [];
							for (const l of document.querySelectorAll(`${sel} .labels span`)) {
								const r = l.getBoundingClientRect();
								if (
									r.left < map.left - 0.5 ||
									r.right > map.right + 0.5 ||
									r.top < map.top - 0.5 ||
									r.bottom > map.bottom + 0.5
								)
									out.push(`${id}: "${l.textContent}" runs off the map`);
							}
							return out;
						},
						{ sel: MAP, id: s.id }
					))
				);
			}
			expect(problems).toEqual([]);
		});
	}
});
