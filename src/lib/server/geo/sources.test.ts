// Tests for the GeoNames entries the towns come from (data/places.json).
import { describe, it, expect } from 'vitest';
import { TOWNS } from '$lib/geography';
import { findGeonames } from './sources';

describe('GeoNames places (data/places.json)', () => {
	it('has every town in TOWNS exactly once, in Iraq or Syria', () => {
		for (const t of TOWNS) {
			const city = findGeonames(t.geonamesName, t.country);
			expect(['IQ', 'SY']).toContain(city.country);
			expect(Number.isFinite(Number(city.lat)) && Number.isFinite(Number(city.lng))).toBe(true);
		}
	});

	it('throws on a name it does not have', () => {
		expect(() => findGeonames('Husaybah', 'IQ')).toThrow(/0 GeoNames entries/);
	});
});
