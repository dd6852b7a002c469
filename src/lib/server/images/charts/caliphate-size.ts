// The caliphate-size chart as an image: CaliphateSize.svelte's squares to one scale, bottom-aligned
// in three columns, each captioned with its name, our area and the report's comparison.
import type { CaliphateSizeProps } from '$lib/charts/caliphate-size/spec';
import type { BodyRenderer } from '../edition';
import { PALETTE } from '../palette';
import { figureRun, richRuns, round, textBlock } from '../svg-text';

const GAP = 12;

export const caliphateSizeBody: BodyRenderer<CaliphateSizeProps> = (props, state, width) => {
	const on = props.shown[state] ?? [];
	const column = (width - 2 * GAP) / 3;
	const maxArea = Math.max(...props.shapes.map((s) => s.km2));
	const parts: string[] = [];
	let height = 0;
	props.shapes.forEach((shape, i) => {
		const x = i * (column + GAP);
		const side = Math.sqrt(shape.km2 / maxArea) * column;
		const lit = on.includes(shape.id);
		const dashed = shape.id === 'third';
		parts.push(
			`<rect data-shape="${shape.id}" x="${round(x + (column - side) / 2 + 0.75)}" y="${round(column - side + 0.75)}" width="${round(side - 1.5)}" height="${round(side - 1.5)}" fill="${dashed ? PALETTE.heldSoft : PALETTE.held}" stroke="${PALETTE.held}" stroke-width="1.5"${dashed ? ' stroke-dasharray="4 3"' : ''} opacity="${lit ? 1 : 0.3}"/>`
		);
		let y = column + 6;
		const line = (block: ReturnType<typeof textBlock>) => {
			parts.push(block.svg);
			y += block.height;
		};
		const face = lit ? 'sansBold' : 'sans';
		line(textBlock(richRuns(shape.label, 13.5, { face }), x, y, column, 22));
		line(textBlock([figureRun(shape.area, 13.5)], x, y, column, 22));
		line(
			textBlock(
				shape.source
					? [figureRun(shape.source, 12.8, { fill: PALETTE.muted })]
					: [{ text: shape.note, face: 'sans', size: 12.8, fill: PALETTE.muted }],
				x,
				y,
				column,
				22
			)
		);
		height = Math.max(height, y);
	});
	return { svg: parts.join('\n'), height };
};
