// A chart's image edition (/data/<id>.svg and .png) is its own component, drawn in pure SVG: the
// image frame (src/lib/server/images/) gives the component this context, and the component then
// draws its marks and sets its labels as SVG <text>, laid out with the frame's font metrics, since
// the PNG renderer (resvg) draws SVG only, not the HTML labels the page uses. The metrics and the
// map's geometry stay on the server: the component asks the frame for them.
import { getContext } from 'svelte';
import type { Figure, Rich } from '$lib/figures/figure';

/** The faces the image editions set text in (their widths are measured: font-metrics.ts). */
export type Face = 'sans' | 'sansBold' | 'serifBold';

/** A stretch of text in one style. */
export interface Run {
	text: string;
	face: Face;
	/** Font size in px. */
	size: number;
	italic?: boolean;
	fill?: string;
	/** The figure this text shows, when it is one. */
	figure?: Figure;
}

/** Runs broken into lines within a width: what <SvgText> writes. */
export interface TextBlock {
	lines: Run[][];
	/** Line height in px; the block is `lines.length * lineHeight` tall. */
	lineHeight: number;
	height: number;
}

/** The colours of the image editions: src/app.css's light theme, by token (`held-soft` → heldSoft). */
export type Palette = Record<
	| 'paper'
	| 'ink'
	| 'muted'
	| 'rule'
	| 'accent'
	| 'accentInk'
	| 'held'
	| 'heldSoft'
	| 'lost'
	| 'highlight'
	| 'sea'
	| 'land'
	| 'landFocus'
	| 'border'
	| 'river'
	| 'riverInk',
	string
>;

/** What the image frame gives a chart component that it draws as an image. */
export interface ImageEdition {
	/** The width the chart has, in px. */
	width: number;
	colour: Palette;
	/** Breaks runs into lines no wider than `width`, at spaces. */
	text(runs: Run[], width: number, lineHeight: number): TextBlock;
	/** The width of a text in px. */
	textWidth(text: string, face: Face, size: number): number;
	/** The map's land, borders and rivers, each path's attributes, strokes drawn `1/scale` wide. */
	geography(scale: number): Record<string, string>[];
	/** The height the chart drew: the component sets it, and the frame puts the source line below. */
	height: number;
}

export const IMAGE_EDITION = Symbol('image-edition');

/** The image edition's context when the component is drawn as an image; undefined on a page. */
export const imageEdition = () => getContext<ImageEdition | undefined>(IMAGE_EDITION);

/** Rich text (strings and figures) as runs: figures always bold, ours (derived, or a date we read)
 *  in italics. */
export function richRuns(parts: Rich, size: number, plain: Partial<Run> = {}): Run[] {
	return parts.map((p) =>
		typeof p === 'string'
			? { face: 'sans', size, ...plain, text: p }
			: {
					size,
					...plain,
					face: 'sansBold',
					text: p.text,
					figure: p,
					italic: !!(p.derived || p.read)
				}
	);
}

/** A figure on its own, as a run. */
export const figureRun = (figure: Figure, size: number, plain: Partial<Run> = {}): Run =>
	richRuns([figure], size, plain)[0];

/** A coordinate with at most two decimals. */
export const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Arial and Times New Roman share their metrics with Liberation Sans and Serif. No space after the
 * commas: resvg (which draws the PNG) skips a quoted family that follows ", ".
 */
export const SANS = "Arial,'Liberation Sans',Helvetica,sans-serif";
export const SERIF = "Georgia,'Times New Roman','Liberation Serif',serif";
