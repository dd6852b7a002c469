// Tests for the projected locator map: towns, the crossing, paths and the path budget.
import { describe, it, expect } from 'vitest';
import { TOWNS } from '$lib/geography';
import { MAP_WIDTH, type XY } from './projection';
import { buildMap, MAX_PATH_BYTES, pathBytes } from './map';

const map = buildMap();
const town = (id: string) => {
	const t = map.towns.find((x) => x.id === id);
	if (!t) throw new Error(`no ${id}`);
	return t;
};
const xy = (id: string): XY => [town(id).x, town(id).y];

describe('projection and towns', () => {
	it('is a landscape viewBox 640 wide', () => {
		expect(map.width).toBe(MAP_WIDTH);
		expect(map.height).toBeGreaterThan(map.width / 2);
		expect(map.height).toBeLessThan(map.width);
	});

	it('puts every town inside the viewBox, at 1 decimal', () => {
		expect(map.towns.map((t) => t.id)).toEqual(TOWNS.map((t) => t.id));
		for (const t of map.towns) {
			expect(t.x, t.id).toBeGreaterThan(0);
			expect(t.x, t.id).toBeLessThan(map.width);
			expect(t.y, t.id).toBeGreaterThan(0);
			expect(t.y, t.id).toBeLessThan(map.height);
			expect(Math.round(t.x * 10) / 10).toBe(t.x);
			expect(Math.round(t.y * 10) / 10).toBe(t.y);
		}
	});

	it('keeps the towns where they are relative to each other', () => {
		expect(town('raqqa').x).toBeLessThan(town('mosul').x);
		expect(town('baghdad').x).toBeGreaterThan(town('rawa').x);
		expect(town('baghdad').y).toBeGreaterThan(town('rawa').y);
		expect(town('mosul').y).toBeLessThan(town('baghdad').y);
		expect(town('deir-ez-zor').x).toBeLessThan(town('albu-kamal').x);
	});

	it('places the crossing between al-Qaim and Albu Kamal and says how', () => {
		const [qx, qy] = xy('al-qaim');
		const [kx, ky] = xy('albu-kamal');
		expect(map.crossing.x).toBeGreaterThanOrEqual(Math.min(qx, kx) - 0.1);
		expect(map.crossing.x).toBeLessThanOrEqual(Math.max(qx, kx) + 0.1);
		expect(map.crossing.y).toBeGreaterThanOrEqual(Math.min(qy, ky) - 0.1);
		expect(map.crossing.y).toBeLessThanOrEqual(Math.max(qy, ky) + 0.1);
		expect(map.crossing.basis).toMatch(/not surveyed/);
		expect(map.crossing.basis).toMatch(/Husaybah/);
	});
});

describe('paths', () => {
	it('draws Iraq, Syria and neighbours, borders and both rivers', () => {
		const ids = map.countries.map((c) => c.id);
		expect(ids).toEqual(expect.arrayContaining(['iraq', 'syria', 'turkey', 'jordan']));
		expect(map.rivers.map((r) => r.id)).toEqual(['euphrates', 'tigris']);
		expect(map.borders?.map((b) => b.id)).toContain('iraq-syria');
		for (const p of [...map.countries, ...(map.borders ?? []), ...map.rivers]) {
			expect(p.d, p.id).toMatch(/^M[\d.-]/);
			expect(p.d, p.id).not.toMatch(/\d\.\d\d/);
		}
	});

	it('keeps all path strings under the byte budget', () => {
		expect(pathBytes(map)).toBeLessThan(MAX_PATH_BYTES);
	});
});

describe('the scale bar’s kilometres per unit', () => {
	it('match the great-circle distance between two projected points', async () => {
		const { geoDistance } = await import('d3-geo');
		const { projection } = await import('./projection');
		const { EARTH_RADIUS_KM } = await import('./lines');
		const { scaleBar } = await import('$lib/charts/town-sequence/scale-bar');
		const { projection: p } = projection();
		for (const [view, kmPerUnit] of [
			[[0, 0, map.width, map.height], map.kmPerUnit.whole],
			[map.borderView, map.kmPerUnit.border]
		] as const) {
			const bar = scaleBar(view[2], kmPerUnit);
			const units = bar.fraction * view[2];
			const cx = view[0] + view[2] / 2;
			const cy = view[1] + view[3] / 2;
			const a = p.invert!([cx - units / 2, cy])!;
			const b = p.invert!([cx + units / 2, cy])!;
			const km = geoDistance(a, b) * EARTH_RADIUS_KM;
			expect(Math.abs(km - bar.km) / bar.km, `${bar.km} km drawn, ${km} km measured`).toBeLessThan(
				0.01
			);
		}
	});
});
