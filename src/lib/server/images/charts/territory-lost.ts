// The territory-lost chart as an image: TerritoryLost.svelte's two waffles of a hundred squares,
// captions aligned above their grids, and the legend.
import type { TerritoryLostProps } from '$lib/charts/territory-lost/spec';
import type { BodyRenderer } from '../edition';
import { PALETTE } from '../palette';
import { figureRun, richRuns, round, textBlock, textLine, textWidth } from '../svg-text';

const GAP = 16;
/** The page caps the waffles at 36rem. */
const MAX_WIDTH = 576;

type Status = 'held' | 'lost' | 'at-most';

const CELL: Record<Status, (s: number) => string> = {
	held: (s) => `fill="${PALETTE.held}" stroke="${PALETTE.held}" stroke-width="${round(s)}"`,
	lost: (s) => `fill="none" stroke="${PALETTE.lost}" stroke-width="${round(s)}"`,
	'at-most': (s) =>
		`fill="${PALETTE.heldSoft}" stroke="${PALETTE.held}" stroke-width="${round(s)}" stroke-dasharray="${round(s * 1.9)} ${round(s * 1.25)}"`
};

export const territoryLostBody: BodyRenderer<TerritoryLostProps> = (props, state) => {
	const width = MAX_WIDTH;
	const panel = (width - GAP) / 2;
	const shownLost = props.revealed[state] ?? props.series.length;
	const captions = props.series.map((one, s) => {
		const ink = s < shownLost ? PALETTE.ink : PALETTE.muted;
		const x = s * (panel + GAP);
		const head = textBlock(
			[
				figureRun(one.figure, 20, { fill: ink }),
				{ text: ' lost', face: 'sans', size: 20, fill: ink }
			],
			x,
			0,
			panel,
			26
		);
		const base = textBlock(
			[{ text: `of ${one.base}`, face: 'sans', size: 14.5, fill: ink }],
			x,
			head.height,
			panel,
			19
		);
		return { x, head, base, top: head.height + base.height };
	});
	const sources = props.series.map((one, s) =>
		textBlock(richRuns(one.source, 12.5, { fill: PALETTE.muted }), captions[s].x, 0, panel, 17)
	);
	// The sources sit at the foot of the captions, which end together (the page's subgrid).
	const captionHeight = Math.max(...captions.map((c, s) => c.top + 6 + sources[s].height));
	const parts: string[] = [];
	props.series.forEach((one, s) => {
		const c = captions[s];
		parts.push(c.head.svg, c.base.svg);
		const src = textBlock(
			richRuns(one.source, 12.5, { fill: PALETTE.muted }),
			c.x,
			captionHeight - sources[s].height,
			panel,
			17
		);
		parts.push(src.svg);
		const top = captionHeight + 6;
		const cell = panel / 10;
		const lost = s < shownLost ? one.lost : 0;
		const atMost = s < shownLost && one.atMost;
		const rects: string[] = [];
		for (let i = 0; i < 100; i++) {
			const status: Status = i < lost ? 'lost' : atMost ? 'at-most' : 'held';
			rects.push(
				`<rect x="${round(c.x + (i % 10) * cell + cell * 0.075)}" y="${round(top + Math.floor(i / 10) * cell + cell * 0.075)}" width="${round(cell * 0.85)}" height="${round(cell * 0.85)}" ${CELL[status](cell * 0.08)}/>`
			);
		}
		parts.push(`<g data-series="${one.id}">${rects.join('')}</g>`);
	});
	let y = captionHeight + 6 + panel + 12;
	// The legend, its items wrapping like the page's flex row.
	const items: [Status, string][] = [
		['held', 'still held'],
		['lost', 'lost'],
		['at-most', 'at most this much still held (“more than” lost)']
	];
	let x = 0;
	for (const [status, label] of items) {
		const w = 15 + textWidth(label, 'sans', 12.5);
		if (x > 0 && x + w > width) {
			x = 0;
			y += 18;
		}
		parts.push(
			`<rect x="${round(x + 0.5)}" y="${round(y + 3.5)}" width="10" height="10" ${CELL[status](1)}/>`,
			textLine([{ text: label, face: 'sans', size: 12.5, fill: PALETTE.muted }], x + 15, y + 12.5)
		);
		x += w + 16;
	}
	return { svg: parts.join('\n'), height: y + 17 };
};
