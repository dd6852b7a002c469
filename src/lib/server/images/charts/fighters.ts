// The fighters chart as an image: FightersRange.svelte's ranges on one axis from zero, our sum dashed.
import type { FightersProps } from '$lib/charts/fighters/spec';
import type { BodyRenderer } from '../edition';
import { PALETTE } from '../palette';
import { figureRun, round, textBlock, type Run } from '../svg-text';

export const fightersBody: BodyRenderer<FightersProps> = (props, state, width, id) => {
	const at = props.order.indexOf(state);
	const step = at < 0 ? props.order.length - 1 : at;
	// The scale's numbers over the bars, with room on the right for the last one.
	const plot = width - 24;
	const x = (v: number) => (v / props.axis.max) * plot;
	const parts: string[] = props.axis.ticks.map(
		(t, i) =>
			`<text x="${round(x(t))}" y="12" font-size="12" text-anchor="${i === 0 ? 'start' : 'middle'}" fill="${PALETTE.muted}" data-axis="">${props.axis.labels[i]}</text>`
	);
	let y = 22;
	const bars = props.bars.filter((bar) => props.order.indexOf(bar.from) <= step);
	bars.forEach((bar) => {
		const label: Run[] = [
			{ text: `${bar.area}  `, face: 'sansBold', size: 14.5 },
			figureRun(bar.figure, 14.5)
		];
		if (bar.reports)
			label.push(
				{ text: ' in ', face: 'sans', size: 12.5, fill: PALETTE.muted },
				figureRun(bar.reports, 12.5, { fill: PALETTE.muted })
			);
		const head = textBlock(label, 0, y, width, 21);
		parts.push(head.svg);
		y += head.height;
		const who = textBlock(
			[{ text: bar.who, face: 'sans', size: 12.5, fill: PALETTE.muted }],
			0,
			y,
			width,
			18
		);
		parts.push(who.svg);
		y += who.height + 4;
		for (const t of props.axis.ticks) {
			const tx = Math.min(Math.max(x(t), 0.5), plot - 0.5);
			parts.push(
				`<line x1="${round(tx)}" x2="${round(tx)}" y1="${round(y - 2.5)}" y2="${round(y + 18.5)}" stroke="${PALETTE.rule}"/>`
			);
		}
		if (bar.low !== null && bar.high !== null) {
			const [x0, x1] = [x(bar.low), x(bar.high)];
			parts.push(
				bar.derived
					? `<rect x="${round(x0 + 1)}" y="${round(y + 1)}" width="${round(x1 - x0 - 2)}" height="14" rx="2" fill="url(#${id}-ours)" stroke="${PALETTE.held}" stroke-width="2" stroke-dasharray="4 3"/>`
					: `<rect x="${round(x0)}" y="${round(y)}" width="${round(x1 - x0)}" height="16" rx="2" fill="${PALETTE.held}"/>`
			);
		} else {
			parts.push(
				`<text x="6" y="${round(y + 12)}" font-size="12.5" font-style="italic" fill="${PALETTE.muted}">no number given: not drawn</text>`
			);
		}
		y += 16 + 14;
	});
	const note = textBlock(
		[
			{
				text: 'Fighters: each bar runs from the low to the high estimate, on one scale from zero.',
				face: 'sans',
				size: 12,
				fill: PALETTE.muted
			}
		],
		0,
		y - 4,
		width,
		17
	);
	parts.push(note.svg);
	const defs = `<pattern id="${id}-ours" width="9" height="14" patternUnits="userSpaceOnUse"><rect width="6" height="14" fill="${PALETTE.heldSoft}"/></pattern>`;
	return { svg: parts.join('\n'), height: y - 4 + note.height, defs };
};
