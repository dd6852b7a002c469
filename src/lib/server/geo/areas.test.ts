// Tests for the land areas computed from the Natural Earth polygons.
import { describe, it, expect } from 'vitest';
import type { Polygon } from 'geojson';
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import { asiaTopology, europeTopology } from './sources';
import { AREA_SOURCE, countryAreas, sphericalArea } from './areas';

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
