// The real map's names, as the page places them: at every map width from 240 to 1920 px, in every
// state, no name touches another name, another town's marker or the close view's locator, none runs
// off the view, and none is under 12 px. In the close views every town in view keeps its name.
import { describe, expect, it } from 'vitest';
import { buildMap } from './map';
import {
	fontPx,
	MIN_LABEL_PX,
	townLabelBox,
	type Box
} from '$lib/charts/town-sequence/label-placement';
import { mapLabels } from '$lib/charts/town-sequence/map-labels';
import { stateViews } from '$lib/charts/town-sequence/map-views';

const map = buildMap();
const SEQUENCE = ['mosul', 'raqqa', 'deir-ez-zor', 'al-qaim-border-crossing', 'al-qaim', 'rawa'];
const ZOOMED = ['al-qaim-border-crossing', 'al-qaim', 'rawa', 'albu-kamal'];
const place = (id: string) =>
	id === map.crossing.id ? map.crossing : map.towns.find((t) => t.id === id)!;
const towns = [...SEQUENCE, 'albu-kamal'].map((id) => {
	const p = place(id);
	const name = id === map.crossing.id ? 'al-Qaim border crossing' : (p as { name: string }).name;
	return { id, name, label: id === map.crossing.id ? 'border crossing' : name, x: p.x, y: p.y };
});
const context = map.towns
	.filter((t) => !towns.some((s) => s.id === t.id))
	.map(({ id, name, x, y }) => ({ id, name, x, y }));
const states = [...towns.map((t) => t.id), 'summary'];
const views = stateViews(map, towns, states, ZOOMED);
const sets = mapLabels(map, towns, context, states, ZOOMED, views);
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('the map’s names, at every width', () => {
	for (const px of [240, 320, 360, 390, 600, 768, 1280, 1920]) {
		it(`at ${px} px: apart, clear of markers, in view, at least 12 px`, () => {
			expect(fontPx(px)).toBeGreaterThanOrEqual(MIN_LABEL_PX);
			const set = sets.find((s) => px >= s.minWidth) ?? sets.at(-1)!;
			const problems: string[] = [];
			for (const state of states) {
				const [vx, vy, vw, vh] = views[state];
				const unit = vw / px;
				const em = fontPx(px) * unit;
				const all = [
					...towns.map((t) => ({ ...t, text: t.label })),
					...context.map((t) => ({ ...t, text: t.name }))
				];
				const inView = (p: { x: number; y: number }) =>
					p.x >= vx && p.x <= vx + vw && p.y >= vy && p.y <= vy + vh;
				const boxes = all.flatMap((t) => {
					const side = set.states[state].towns[t.id];
					return side ? [{ id: t.id, box: townLabelBox(t, t.text, side, em) }] : [];
				});
				const markers = all.filter(inView).map((t) => {
					const r = ((t.id === state ? 0.95 : 0.6) * 16 * unit) / 2;
					return { id: t.id, box: { x0: t.x - r, y0: t.y - r, x1: t.x + r, y1: t.y + r } };
				});
				// The locator as TownSequenceMap's CSS draws it in a close view: clamp(88px, 24%, 128px)
				// wide with its border, 0.4rem from the top right corner.
				const w = Math.min(128, Math.max(88, 0.24 * px)) + 8.4;
				const locator = ZOOMED.includes(state)
					? {
							x0: vx + vw - w * unit,
							y0: vy,
							x1: vx + vw,
							y1: vy + (w / (map.width / map.height) + 8.4) * unit
						}
					: null;
				for (const [i, a] of boxes.entries()) {
					if (locator && overlaps(a.box, locator))
						problems.push(`${state}: ${a.id} is under the locator`);
					const { box } = a;
					if (box.x0 < vx || box.y0 < vy || box.x1 > vx + vw || box.y1 > vy + vh)
						problems.push(`${state}: ${a.id} runs off the view`);
					for (const b of boxes.slice(i + 1))
						if (overlaps(box, b.box)) problems.push(`${state}: ${a.id} touches ${b.id}`);
					for (const m of markers)
						if (m.id !== a.id && overlaps(box, m.box))
							problems.push(`${state}: ${a.id} covers ${m.id}’s marker`);
				}
				if (ZOOMED.includes(state))
					for (const t of towns.filter(inView))
						if (!set.states[state].towns[t.id]) problems.push(`${state}: ${t.id} has no name`);
			}
			expect(problems).toEqual([]);
		});
	}
});
