// The town list as an image edition draws it (TownList.svelte's image mode): two columns read
// across, each town a box laid out with the frame's text metrics.
import { figureRun, type ImageEdition, type Run, type TextBlock } from '../image-edition';
import type { TownPlace } from './spec';

/** Markers drawn open: what the reports say is not (or not yet) a town taken. */
export const OPEN_STATUS = new Set(['contested', 'differ', 'entered', 'still-held']);
/** Statuses an authority declared, drawn half filled: a claim of control, not its confirmation. */
export const DECLARED_STATUS = new Set(['declared-taken']);

/** The list as the image edition draws it: two columns read across, each town a box. */
export interface ListLayout {
	items: {
		x: number;
		y: number;
		width: number;
		name: TextBlock;
		status: TextBlock;
		events: TextBlock[];
		height: number;
	}[];
	height: number;
}

/** The text size of the list and the map's names in the image edition (the page's 0.85rem). */
export const IMAGE_SIZE = 13.5;

/** Lays the list out for the image edition, `width` px wide from the top. */
export function listLayout(im: ImageEdition, towns: TownPlace[], state: string): ListLayout {
	const size = IMAGE_SIZE;
	const columns = im.width >= 480 ? 2 : 1;
	const gap = 16;
	const colWidth = (im.width - gap * (columns - 1)) / columns - 9.6;
	const active = towns.findIndex((t) => t.id === state);
	const muted = { face: 'sans', size, fill: im.colour.muted } as const;
	const items: ListLayout['items'] = [];
	let y = 0;
	for (let row = 0; row * columns < towns.length; row++) {
		let rowHeight = 0;
		for (let c = 0; c < columns && row * columns + c < towns.length; c++) {
			const i = row * columns + c;
			const t = towns[i];
			const x = c * (colWidth + 9.6 + gap) + 4.8;
			const ahead = active >= 0 && i > active;
			const nameX = x + 0.9 * size + 5.6;
			const nameRun: Run = {
				text: t.name,
				face: 'sansBold',
				size,
				fill: ahead ? im.colour.muted : im.colour.ink
			};
			const statusX = nameX + im.textWidth(t.name, 'sansBold', size) + 5.6;
			const status = im.text(
				[{ ...muted, text: t.statusLabel }],
				Math.max(40, x + colWidth - statusX),
				21
			);
			const events = t.events.map((e) => {
				const runs: Run[] = [];
				if (e.earlier && e.alone)
					runs.push(
						{ ...muted, text: `earlier, ${e.status}, in ` },
						figureRun(e.alone, size, { fill: muted.fill }),
						{ ...muted, text: ': ' }
					);
				else if (e.earlier) runs.push({ ...muted, text: `earlier, ${e.status}: ` });
				else if (t.events.length > 1) runs.push({ ...muted, text: `${e.status}: ` });
				runs.push(figureRun(e.figure, size, { fill: muted.fill }));
				if (e.date)
					runs.push({ ...muted, text: ' (' }, figureRun(e.date, size, { fill: muted.fill }), {
						...muted,
						text: ')'
					});
				else if (!e.figure.derived) runs.push({ ...muted, text: ' (no date we can read)' });
				return im.text(runs, x + colWidth - nameX, 21);
			});
			const height = status.height + events.reduce((sum, block) => sum + block.height, 0) + 4.8;
			items.push({
				x,
				y: y + 2.4,
				width: colWidth,
				name: { lines: [[nameRun]], lineHeight: 21, height: 21 },
				status,
				events,
				height
			});
			rowHeight = Math.max(rowHeight, height + 2.4);
		}
		y += rowHeight;
	}
	return { items, height: y };
}
