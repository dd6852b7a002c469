// The held-shares chart as an image: HeldShares.svelte's bars, each a share of its own whole.
import type { HeldSharesProps } from '$lib/charts/held-shares/spec';
import type { BodyRenderer } from '../edition';
import { PALETTE } from '../palette';
import { figureRun, round, textBlock } from '../svg-text';

export const heldSharesBody: BodyRenderer<HeldSharesProps> = (props, state, width, id) => {
	const shown = props.focus[state] ?? props.bars.map((_, i) => i);
	const parts: string[] = [];
	let y = 0;
	props.bars.forEach((bar, i) => {
		const dim = !shown.includes(i);
		const ink = dim ? PALETTE.muted : PALETTE.ink;
		const label = textBlock(
			[
				figureRun(bar.figure, 19, { fill: ink }),
				{ text: `  of ${bar.base}, still held`, face: 'sans', size: 15, fill: ink }
			],
			0,
			y,
			width,
			24
		);
		parts.push(label.svg);
		y += label.height + 4;
		const fill = bar.openEnded ? `url(#${id}-open)` : PALETTE.held;
		const length = dim ? 0 : (width * bar.percent) / 100;
		parts.push(
			`<g${dim ? ' opacity="0.35"' : ''}><rect x="0.5" y="${round(y + 0.5)}" width="${width - 1}" height="17" fill="none" stroke="${PALETTE.lost}"/>` +
				`<rect x="1" y="${round(y + 1)}" width="${round(Math.max(0, length - 2))}" height="16" fill="${fill}"/></g>`
		);
		y += 18 + 3;
		const source = textBlock(
			[{ text: bar.source, face: 'sans', size: 12.5, fill: PALETTE.muted }],
			0,
			y,
			width,
			18
		);
		parts.push(source.svg);
		y += source.height + (i < props.bars.length - 1 ? 18 : 0);
	});
	// The "less than" bar: stripes at 135°, as on the page.
	const defs = `<pattern id="${id}-open" width="9" height="9" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="9" height="9" fill="${PALETTE.heldSoft}"/><rect width="6" height="9" fill="${PALETTE.held}"/></pattern>`;
	return { svg: parts.join('\n'), height: y, defs };
};
