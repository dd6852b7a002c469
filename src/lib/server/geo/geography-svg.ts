// The map's geography (land, borders, rivers) as one small SVG file the map chart references with
// <use>: it never changes with the story's steps, so it stays out of the page's HTML and out of the
// island's data, and the browser caches it. Colours come from the page's CSS variables, which reach
// into the <use> tree by inheritance, so dark mode and the embeds' themes apply.
import { createHash } from 'node:crypto';
import type { MapData } from '$lib/geography';

/** The geography's SVG document, with a content-hashed file name. */
export function geographySvg(
	map: Pick<MapData, 'width' | 'height' | 'countries' | 'borders' | 'rivers'>
): {
	file: string;
	body: string;
} {
	const path = (d: string, style: string) => `<path d="${d}" style="${style}"/>`;
	const nonScaling = 'vector-effect:non-scaling-stroke';
	const focus = new Set(['iraq', 'syria']);
	const body = [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${map.width} ${map.height}"><g id="geo">`,
		'<rect x="-2000" y="-2000" width="5000" height="5000" style="fill:var(--sea,#e4ecef)"/>',
		...map.countries.map((c) =>
			path(c.d, `fill:var(${focus.has(c.id) ? '--land-focus,#ebe4d3' : '--land,#f4f1ea'})`)
		),
		...(map.borders ?? []).map((b) =>
			path(
				b.d,
				`fill:none;stroke:var(--border,#8f8a7c);stroke-width:${b.id === 'iraq-syria' ? '1.6;stroke-dasharray:4 2' : '0.8'};${nonScaling}`
			)
		),
		...map.rivers.map((r) =>
			path(r.d, `fill:none;stroke:var(--river,#5d8fb0);stroke-width:1.6;${nonScaling}`)
		),
		'</g></svg>\n'
	].join('');
	const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
	return { file: `geography-${hash}.svg`, body };
}
