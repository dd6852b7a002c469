// The map's geography (land, borders, rivers), drawn two ways from one list of layers: as one small
// SVG file the map chart references with <use> (it never changes with the story's steps, so it stays
// out of the page's HTML and out of the island's data, and the browser caches it; colours come from
// the page's CSS variables, which reach into the <use> tree, so dark mode and the embeds' themes
// apply), and as paths in the image editions' own colours.
import { createHash } from 'node:crypto';
import type { MapData } from '$lib/geography';
import { PALETTE } from '../images/palette';

type Geography = Pick<MapData, 'width' | 'height' | 'countries' | 'borders' | 'rivers'>;

/** A path, its colour token and how it is stroked (in screen px) or filled. */
interface Layer {
	d: string;
	fill?: 'land' | 'landFocus';
	stroke?: { colour: 'border' | 'river'; width: number; dash?: [number, number] };
}

const FOCUS = new Set(['iraq', 'syria']);

function layers(map: Geography): Layer[] {
	return [
		...map.countries.map((c): Layer => ({ d: c.d, fill: FOCUS.has(c.id) ? 'landFocus' : 'land' })),
		...(map.borders ?? []).map((b): Layer => ({
			d: b.d,
			stroke:
				b.id === 'iraq-syria'
					? { colour: 'border', width: 1.6, dash: [4, 2] }
					: { colour: 'border', width: 0.8 }
		})),
		...map.rivers.map((r): Layer => ({ d: r.d, stroke: { colour: 'river', width: 1.6 } }))
	];
}

const cssVar = (token: string) =>
	`var(--${token.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)},${PALETTE[token as keyof typeof PALETTE]})`;

/** The geography's SVG document, with a content-hashed file name. */
export function geographySvg(map: Geography): { file: string; body: string } {
	const style = (l: Layer) =>
		l.fill
			? `fill:${cssVar(l.fill)}`
			: `fill:none;stroke:${cssVar(l.stroke!.colour)};stroke-width:${l.stroke!.width};${l.stroke!.dash ? `stroke-dasharray:${l.stroke!.dash.join(' ')};` : ''}vector-effect:non-scaling-stroke`;
	const body = [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${map.width} ${map.height}"><g id="geo">`,
		`<rect x="-2000" y="-2000" width="5000" height="5000" style="fill:${cssVar('sea')}"/>`,
		...layers(map).map((l) => `<path d="${l.d}" style="${style(l)}"/>`),
		'</g></svg>\n'
	].join('');
	const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
	return { file: `geography-${hash}.svg`, body };
}

/** The geography as paths in the image editions' colours, drawn at `scale` (strokes stay as wide). */
export function geographyPaths(map: Geography, scale: number): Record<string, string>[] {
	const px = (n: number) => String(Math.round((n / scale) * 100) / 100);
	return layers(map).map((l) =>
		l.fill
			? { d: l.d, fill: PALETTE[l.fill] }
			: {
					d: l.d,
					fill: 'none',
					stroke: PALETTE[l.stroke!.colour],
					'stroke-width': px(l.stroke!.width),
					...(l.stroke!.dash ? { 'stroke-dasharray': l.stroke!.dash.map(px).join(' ') } : {})
				}
	);
}
