// The towns' positions in a data folder's places.json, checked before the map is drawn: each town
// has its one GeoNames entry, and that entry's lat and lng fall inside the town's country (a
// coordinate typed wrong, or lat and lng swapped, would otherwise move the map's whole view).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoContains, geoDistance } from 'd3-geo';
import { TOWNS } from '$lib/geography';
import { problemAt, type Problem } from '$lib/evidence/problems';
import { countryFeatures } from './areas';
import { readPlaces, PLACES_FILE, type GeonamesCity } from './places';
import { asiaTopology, COUNTRY_NAMES } from './sources';
import { EARTH_RADIUS_KM } from './lines';

/** The Natural Earth code of each country a town may be in. */
const ISO3 = { IQ: 'IRQ', SY: 'SYR' } as const;

/** How far outside its country's 1:50m outline a town may lie (a border town on a coarse line). */
const SLACK_KM = 10;

/** The places file of a data folder: its own places.json, or the project's. */
export function placesFileOf(dir: string): string {
	const own = join(dir, 'places.json');
	return existsSync(own) ? own : PLACES_FILE;
}

/** Kilometres from a point to the nearest vertex of a country's outline, 0 when inside it. */
function kmOutside(feature: ReturnType<typeof countryFeatures>[number], at: [number, number]) {
	if (geoContains(feature, at)) return 0;
	const g = feature.geometry;
	const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
	const nearest = Math.min(...rings.flat().map((p) => geoDistance(at, p as [number, number])));
	return nearest * EARTH_RADIUS_KM;
}

/** Every town of the map whose places.json entry is missing, repeated, or outside its country. */
export function checkTownPlaces(path: string): Problem[] {
	const text = readFileSync(path, 'utf8');
	const { places } = readPlaces(path);
	const lines = text.split('\n');
	const problems: Problem[] = [];
	const features = countryFeatures(asiaTopology());
	for (const town of TOWNS) {
		const at = places.flatMap((p, i) =>
			p.name === town.geonamesName && p.country === town.country ? [i] : []
		);
		if (at.length !== 1) {
			problems.push(
				problemAt(
					{
						where: `places.json, town ${town.id}`,
						file: 'places.json',
						id: town.id,
						field: 'places'
					},
					'town-not-in-places',
					`has ${at.length} entries named "${town.geonamesName}" in ${town.country}, the town ${town.name} needs exactly one; regenerate the file: npx tsx scripts/write-places.ts`
				)
			);
			continue;
		}
		const i = at[0];
		const p: GeonamesCity = places[i];
		const lonLat: [number, number] = [Number(p.lng), Number(p.lat)];
		const country = features.find((f) => f.id === ISO3[town.country]);
		if (!country || kmOutside(country, lonLat) <= SLACK_KM) continue;
		const name = COUNTRY_NAMES[ISO3[town.country]].name;
		const swapped = kmOutside(country, [lonLat[1], lonLat[0]]) <= SLACK_KM;
		// The entry's "lat" line: the first after the line that names it.
		const named = lines.findIndex((l) => l.includes(`"name": ${JSON.stringify(p.name)}`));
		const latLine = lines.findIndex((l, k) => k > named && l.includes('"lat"'));
		const line = named < 0 || latLine < 0 ? undefined : latLine + 1;
		problems.push(
			problemAt(
				{
					where: `places.json${line ? ` line ${line}` : ''}, town ${town.id}`,
					file: 'places.json',
					line,
					id: town.id,
					field: `places[${i}].lat`
				},
				'town-outside-country',
				`${town.name} is at lat ${p.lat}, lng ${p.lng}, which is outside ${name}, its country${swapped ? ' (lat and lng look swapped)' : ''}; give the GeoNames position: npx tsx scripts/write-places.ts`
			)
		);
	}
	return problems;
}
