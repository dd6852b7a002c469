// Tests for river selection and the line geometry it rests on.
import { describe, it, expect } from 'vitest';
import type { Feature, LineString } from 'geojson';
import type { XY } from './projection';
import { buildMap } from './map';
import { distanceToLineKm, distanceToPolylines, stitchLines } from './lines';
import { riverFeatureIndices, riverPolylines, selectRiverFeatures } from './rivers';

const map = buildMap();
const town = (id: string) => {
	const t = map.towns.find((x) => x.id === id);
	if (!t) throw new Error(`no ${id}`);
	return t;
};
const xy = (id: string): XY => [town(id).x, town(id).y];
const NEAR_PX = 8;
const FAR_PX = 60;

describe('rivers', () => {
	const rivers = riverPolylines();
	const dist = (id: string, river: 'euphrates' | 'tigris') =>
		distanceToPolylines(xy(id), rivers[river]);

	it('has the Euphrates pass the Euphrates towns and not Mosul', () => {
		for (const id of ['raqqa', 'deir-ez-zor', 'albu-kamal', 'al-qaim', 'rawa']) {
			expect(dist(id, 'euphrates'), id).toBeLessThan(NEAR_PX);
		}
		expect(dist('mosul', 'euphrates')).toBeGreaterThan(FAR_PX);
	});

	it('has the Tigris pass Mosul and Baghdad and not Raqqa', () => {
		expect(dist('mosul', 'tigris')).toBeLessThan(NEAR_PX);
		expect(dist('baghdad', 'tigris')).toBeLessThan(NEAR_PX);
		expect(dist('raqqa', 'tigris')).toBeGreaterThan(FAR_PX);
		expect(dist('rawa', 'tigris')).toBeGreaterThan(FAR_PX);
	});

	it('keeps projected river coordinates inside the viewBox', () => {
		for (const lines of Object.values(rivers)) {
			expect(lines.length).toBeGreaterThan(0);
			for (const line of lines) {
				for (const [x, y] of line) {
					expect(x).toBeGreaterThanOrEqual(-0.01);
					expect(x).toBeLessThanOrEqual(map.width + 0.01);
					expect(y).toBeGreaterThanOrEqual(-0.01);
					expect(y).toBeLessThanOrEqual(map.height + 0.01);
				}
			}
		}
	});

	it('gives the two rivers different Natural Earth features', () => {
		const { euphrates, tigris } = riverFeatureIndices();
		expect(euphrates.length).toBeGreaterThan(0);
		expect(tigris.length).toBeGreaterThan(0);
		expect(euphrates.filter((i) => tigris.includes(i))).toEqual([]);
	});
});

describe('selectRiverFeatures', () => {
	const line = (...coordinates: [number, number][]): Feature<LineString> => ({
		type: 'Feature',
		properties: {},
		geometry: { type: 'LineString', coordinates }
	});
	// 0: river A, 1: river A's upstream, 2: river B, 3: a confluence touching both, 4: far tributary of A.
	const lines = [
		line([0, 0], [1, 0]),
		line([-1, 0], [0, 0]),
		line([0, 2], [1, 2]),
		line([1, 0], [2, 1], [1, 2]),
		line([-3, 1], [-1, 0])
	];
	const rivers = [
		{ id: 'a', passes: [[0.5, 0.01] as [number, number]] },
		{ id: 'b', passes: [[0.5, 1.99] as [number, number]] }
	];

	it('picks the nearest feature per town and grows through connected, visible features', () => {
		const picked = selectRiverFeatures(lines, rivers, (p) => p[0] >= -0.5);
		expect(picked.a).toEqual([0, 1]);
		expect(picked.b).toEqual([2]);
	});

	it('never grows across a feature that touches the other river', () => {
		const picked = selectRiverFeatures(lines, rivers);
		expect(picked.a).toEqual([0, 1, 4]);
		expect(picked.a).not.toContain(3);
		expect(picked.b).not.toContain(3);
	});

	it('measures point–line distance in km', () => {
		const km = distanceToLineKm(
			[0, 1],
			[
				[
					[-1, 0],
					[1, 0]
				]
			]
		);
		expect(km).toBeGreaterThan(110);
		expect(km).toBeLessThan(112);
	});

	it('stitches lines that meet, whichever way they run', () => {
		const out = stitchLines([
			[
				[0, 0],
				[1, 0]
			],
			[
				[2, 0],
				[1, 0]
			],
			[
				[5, 5],
				[6, 6]
			]
		]);
		expect(out).toHaveLength(2);
		expect(out[0]).toEqual([
			[0, 0],
			[1, 0],
			[2, 0]
		]);
	});
});
