import { describe, it, expect } from 'vitest';
import {
	fontPx,
	LOCATOR,
	placeLabels,
	townLabelBox,
	type LabelLayoutInput
} from './label-placement';

/** A 100×100 view drawn on a map this many CSS pixels wide. */
const base = (mapPx: number): LabelLayoutInput => ({
	view: [0, 0, 100, 100],
	mapPx,
	towns: [],
	rivers: [],
	countries: []
});

describe('placeLabels', () => {
	it('puts a name on the right of its marker when there is room', () => {
		const l = placeLabels({ ...base(400), towns: [{ id: 'a', x: 20, y: 50, text: 'Ab' }] });
		expect(l.towns.a).toEqual({ side: 'right', gap: 0.6 });
	});

	it('puts it on the left near the right edge', () => {
		const l = placeLabels({ ...base(400), towns: [{ id: 'a', x: 95, y: 50, text: 'Abcdef' }] });
		expect(l.towns.a?.side).toBe('left');
	});

	it('keeps the names of two close towns apart, and off each other’s markers', () => {
		const l = placeLabels({
			...base(400),
			towns: [
				{ id: 'a', x: 48, y: 50, text: 'Abcdef' },
				{ id: 'b', x: 52, y: 50, text: 'Ghijkl' }
			]
		});
		// "Abcdef" on the right would cover b's marker.
		expect(l.towns.a?.side).toBe('left');
		expect(l.towns.b?.side).toBe('right');
		const em = (fontPx(400) * 100) / 400;
		const [a, b] = [
			townLabelBox({ x: 48, y: 50 }, 'Abcdef', l.towns.a!, em),
			townLabelBox({ x: 52, y: 50 }, 'Ghijkl', l.towns.b!, em)
		];
		const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
		expect(overlap).toBe(false);
	});

	it('sends the names of a cluster to the sides facing away from each other', () => {
		// b is west of a: with room on every side, a's name goes east and b's west.
		const l = placeLabels({
			...base(400),
			towns: [
				{ id: 'a', x: 52, y: 50, text: 'Ab' },
				{ id: 'b', x: 45, y: 51, text: 'C' }
			]
		});
		expect(l.towns.a?.side).toBe('right');
		expect(l.towns.b?.side).toBe('left');
	});

	it('keeps names out of the locator in a close view’s upper right corner', () => {
		// A town just under the corner: its name would sit on the right, where the locator is.
		const town = { id: 'a', x: 70, y: 8, text: 'Abcdef' };
		const open = placeLabels({ ...base(400), towns: [town] });
		expect(open.towns.a?.side).toBe('right');
		const l = placeLabels({ ...base(400), towns: [town], locator: { ratio: 1 } });
		const em = (fontPx(400) * 100) / 400;
		const box = townLabelBox(town, town.text, l.towns.a!, em);
		// The locator on a 400 px map: 24% of it, inset, in a 100-unit view.
		const w =
			((Math.min(LOCATOR.max, Math.max(LOCATOR.min, 0.24 * 400)) + LOCATOR.inset) * 100) / 400;
		expect(box.x1 <= 100 - w || box.y0 >= w).toBe(true);
	});

	it('leaves a name out when the map is too small for it anywhere', () => {
		const l = placeLabels({
			...base(120),
			towns: [{ id: 'a', x: 50, y: 50, text: 'A very long town name indeed' }]
		});
		expect(l.towns.a).toBeNull();
	});

	it('places a country name inside the country, and none when it has no room', () => {
		const square = (x0: number, x1: number) => {
			const points = [];
			for (let x = x0 + 1; x < x1; x += 2) for (let y = 1; y < 100; y += 2) points.push({ x, y });
			return points;
		};
		const l = placeLabels({
			...base(400),
			countries: [
				{ id: 'wide', text: 'Wide', interior: square(0, 80), step: 2 },
				{ id: 'sliver', text: 'Sliver', interior: square(80, 84), step: 2 }
			]
		});
		expect(l.countries.wide!.x).toBeLessThan(80);
		expect(l.countries.sliver).toBeNull();
	});

	it('moves a river name off a town marker, beside its line or along it', () => {
		const l = placeLabels({
			...base(400),
			towns: [{ id: 'a', x: 50, y: 50, text: '' }],
			rivers: [
				{
					id: 'r',
					text: 'River',
					places: [
						{ x: 50, y: 50, angle: 0 },
						{ x: 50, y: 80, angle: 0 }
					]
				}
			]
		});
		expect(l.rivers.r).not.toBeNull();
		expect(l.rivers.r).not.toEqual({ x: 50, y: 50, angle: 0 });
	});
});
