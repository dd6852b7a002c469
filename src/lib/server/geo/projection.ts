// The map's projection, fitted to the towns, and projected SVG path strings.
import { geoConicConformal, geoPath, type GeoProjection } from 'd3-geo';
import type { Position } from 'geojson';
import { memo, townPositions, type LonLat } from './sources';

export type XY = [number, number];

export const MAP_WIDTH = 640;

/** Padding around the towns' bounding box, in viewBox units, so labels and context fit. */
export const MAP_PADDING = { x: 88, y: 80 };

/**
 * How far the drawn geography runs past the map's edges, in viewBox units: a page whose box for the
 * map is taller or wider than the map (a phone upright, a wide screen) shows the land around it, not
 * an empty band. Names, towns and everything measured stay inside the map itself.
 */
export const MAP_BLEED = { x: 160, y: 120 };

/** The projection, clipped to the map (`bleed` 0) or to the map and its bleed. */
function fitted(bleed: { x: number; y: number }) {
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
		[-bleed.x, -bleed.y],
		[MAP_WIDTH + bleed.x, height + bleed.y]
	]);
	return { projection: p, width: MAP_WIDTH, height };
}

/** Parallels and centre come from the towns' own extent; nothing is typed in. */
export const projection = memo((): { projection: GeoProjection; width: number; height: number } =>
	fitted({ x: 0, y: 0 })
);

/** The same projection, clipped to the map and its bleed: what the geography is drawn with. */
const drawing = memo(() => fitted(MAP_BLEED).projection);

export function round1(v: number): number {
	return Math.round(v * 10) / 10;
}

export function project(lonLat: LonLat): XY {
	const xy = projection().projection(lonLat);
	if (!xy) throw new Error(`cannot project ${lonLat.join(',')}`);
	return [round1(xy[0]), round1(xy[1])];
}

export function pathString(object: Parameters<ReturnType<typeof geoPath>>[0]): string {
	return geoPath(drawing()).digits(1)(object) ?? '';
}

export function inView(p: Position): boolean {
	const { projection: proj, width, height } = projection();
	const xy = proj([p[0], p[1]]);
	return !!xy && xy[0] >= 0 && xy[0] <= width && xy[1] >= 0 && xy[1] <= height;
}
