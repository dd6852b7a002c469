// A chart's image edition (/data/<id>.svg and .png): its title, description, the chart in its final
// state, the source line and the credit, as one self-contained SVG (no external references: fonts
// by name only, patterns and clips defined inside). The PNG is that SVG at twice the size.
import { Resvg } from '@resvg/resvg-js';
import { PALETTE, SANS } from './palette';
import { esc, round, textBlock, textWidth, type Run } from './svg-text';

/** A chart drawn as SVG at the origin by its component (chart-images.ts), and how tall it is. */
export interface ChartBody {
	svg: string;
	height: number;
}

/** What an edition shows besides the chart itself. */
export interface EditionText {
	id: string;
	title: string;
	description: string;
	/** Labels of the reports the chart's figures quote ("Article A"). */
	sources: string[];
	/** What its figures are: quotes, figures we computed, dates we read (src/lib/figures/provenance.ts). */
	provenance: string;
	/** The sources page and the chart's embed page, as public URLs; null when SITE_URL is unknown. */
	links: { sources: string; chart: string } | null;
}

/** Width of an edition in CSS px; the PNG is drawn at `PNG_SCALE` times this. */
export const EDITION_WIDTH = 640;
export const PNG_SCALE = 2;
const PAD = 24;

/** "news.example.org/graphics/x": a URL as a reader would type it. */
const shown = (url: string) => url.replace(/^https?:\/\//, '');

/** The edition's SVG and its size in CSS px. */
export function editionSvg(
	text: EditionText,
	body: ChartBody
): { svg: string; width: number; height: number } {
	const inner = EDITION_WIDTH - 2 * PAD;
	const parts: string[] = [];
	let y = PAD;
	const block = (runs: Run[], lineHeight: number, gapAfter: number, slack = 1) => {
		const b = textBlock(runs, PAD, y, inner, lineHeight, { slack });
		parts.push(b.svg);
		y += b.height + gapAfter;
	};
	// Measured in Times-compatible metrics; Georgia, named first, sets about an eighth wider.
	block([{ text: text.title, face: 'serifBold', size: 24, fill: PALETTE.ink }], 29, 4, 1.14);
	block([{ text: text.description, face: 'sans', size: 15, fill: PALETTE.muted }], 21, 14);
	parts.push(`<g transform="translate(${PAD} ${round(y)})">\n${body.svg}\n</g>`);
	y += body.height + 14;
	const muted = { face: 'sans', size: 12.5, fill: PALETTE.muted } as const;
	block(
		[
			{ ...muted, face: 'sansBold', text: 'Sources: ' },
			{ ...muted, text: `${text.sources.join('; ')}. ` },
			{
				...muted,
				text: text.links
					? `${text.provenance}; the quotes are at ${shown(text.links.sources)}`
					: `${text.provenance}; the quotes are on the sources page of “The last towns”.`
			}
		],
		18,
		2
	);
	block(
		[
			{ ...muted, size: 11.5, text: 'Chart: “The last towns”' },
			...(text.links ? [{ ...muted, size: 11.5, text: ` · ${shown(text.links.chart)}` }] : [])
		],
		16,
		0
	);
	const height = Math.ceil(y + PAD - 4);
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${EDITION_WIDTH}" height="${height}" viewBox="0 0 ${EDITION_WIDTH} ${height}" font-family="${SANS}" fill="${PALETTE.ink}" role="img" aria-labelledby="${text.id}-title ${text.id}-desc">
<title id="${text.id}-title">${esc(text.title)}</title>
<desc id="${text.id}-desc">${esc(text.description)}</desc>
<rect width="${EDITION_WIDTH}" height="${height}" fill="${PALETTE.paper}"/>
${parts.join('\n')}
</svg>
`;
	return { svg, width: EDITION_WIDTH, height };
}

const FONTS = {
	loadSystemFonts: true,
	defaultFontFamily: 'Liberation Sans',
	sansSerifFamily: 'Liberation Sans',
	serifFamily: 'Liberation Serif'
};
let fontsChecked = false;

/**
 * The text was laid out with Arial's metrics (font-metrics.ts): the PNG must be drawn with Arial or
 * Liberation Sans, or its lines could run past the edge. Stops the build when neither is installed.
 */
export function checkFonts(family = SANS): void {
	if (fontsChecked && family === SANS) return;
	const sample = 'Wm Wm Wm Wm Wm Wm';
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="200"><text x="0" y="100" font-size="100" font-family="${family}">${sample}</text></svg>`;
	const drawn = new Resvg(svg, { font: FONTS }).getBBox()?.width ?? 0;
	const measured = textWidth(sample, 'sans', 100);
	if (Math.abs(drawn - measured) / measured > 0.04) {
		throw new Error(
			`the image editions need Arial or Liberation Sans to draw their PNGs (text drawn ${Math.round(drawn)} px wide where ${Math.round(measured)} px was measured): install them (Debian and Ubuntu: apt-get install fonts-liberation)`
		);
	}
	fontsChecked = family === SANS;
}

/** The edition as PNG bytes, `PNG_SCALE` times its CSS size. */
export function editionPng(svg: string): Uint8Array {
	checkFonts();
	return new Resvg(svg, { fitTo: { mode: 'zoom', value: PNG_SCALE }, font: FONTS })
		.render()
		.asPng();
}
