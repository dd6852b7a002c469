// The fixed height of a chart's iframe-only embed (and the height its responsive frame starts at),
// computed by the build, without a browser: the embed page laid out at the narrowest frame it must
// hold (FRAME_MIN_WIDTH), with the image editions' typesetting (svg-text.ts) and the chart's own image
// mode (chartBody) at that width. The narrowest frame is the tallest: text wraps most there. Wider
// frames take less height for the text and give the rest to the drawing, which the page, given
// `?fit`, scales to the frame (src/routes/embed/[chart]/+page.svelte). Text is measured as set wider
// than the metrics (FONT_SLACK), for readers' fonts; tests/e2e/frame-heights.test.ts checks it holds.
import type { BuiltChart } from '$lib/charts/chart-spec';
import { chartBody } from './images/chart-images';
import { wrapRuns, type Run } from './images/svg-text';

/** A small phone: the narrowest frame the fixed height must hold the chart in. */
export const FRAME_MIN_WIDTH = 320;
/** Room for a reader's font (system-ui) wider than the Arial metrics, and for the page's looser
 *  leading than the image's: set so that Linux's DejaVu Sans, wider than Arial, fits. */
export const FONT_SLACK = 1.3;

/** The embed page's CSS, in px at a 16 px rem: padding, and each text block's size and leading. */
const PAGE = {
	padding: 12,
	title: { size: 20, lineHeight: 24, after: 4 },
	description: { size: 14.4, lineHeight: 22.3, after: 12 },
	sourceLine: { before: 8, size: 12.5, lineHeight: 18.1 },
	/** The download and Embed links (three lines at 320 px) and the link back to the story. */
	tools: 124
};

const lines = (runs: Run[], width: number) => wrapRuns(runs, width, FONT_SLACK).length;

/** A chart's fixed frame height in px, a multiple of ten. */
export function frameHeight(chart: BuiltChart): number {
	const width = FRAME_MIN_WIDTH - 2 * PAGE.padding;
	const { title, description, sourceLine } = PAGE;
	const source = `Sources: ${chart.sources.map((s) => s.label).join('; ')}. Click any figure for its quote.`;
	const text =
		lines([{ text: chart.title, face: 'serifBold', size: title.size }], width) * title.lineHeight +
		title.after +
		lines([{ text: chart.description, face: 'sans', size: description.size }], width) *
			description.lineHeight +
		description.after +
		sourceLine.before +
		lines([{ text: source, face: 'sans', size: sourceLine.size }], width) * sourceLine.lineHeight +
		PAGE.tools;
	// The chart as its image mode draws it in a column as narrow as the wider font leaves.
	const body = chartBody(chart, width / FONT_SLACK).height;
	return Math.ceil((2 * PAGE.padding + text + body) / 10) * 10;
}
