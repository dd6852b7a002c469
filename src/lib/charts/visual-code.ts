// One visual code for every chart, for what is not a report's own figure: our calculation from
// the reports' figures (and areas from the map), and an upper bound ("less than", "more than" lost). Each
// code is distinct from the others and from a report's figure (solid fill); every chart that uses
// one shows its key inside the chart (CodeKey.svelte, and codeKeyImage for the image editions).

export type CodeKind = 'ours' | 'upper-bound';

/** The key's words for each code. */
export const CODE_LABEL: Record<CodeKind, string> = {
	ours: 'our calculation, from the reports’ figures',
	'upper-bound': 'an upper bound: at most this much'
};

/**
 * How each code is drawn, the same on the page (CSS) and in the image editions (SVG):
 * ours is hatched at 45° inside a solid outline; an upper bound is a pale fill inside a dashed
 * outline.
 */
export const CODE_DRAWING: Record<
	CodeKind,
	{ fill: 'hatch' | 'soft'; dash: number[] | null; dotted: boolean }
> = {
	ours: { fill: 'hatch', dash: null, dotted: false },
	'upper-bound': { fill: 'soft', dash: [4, 2.5], dotted: false }
};

/** The id of the image editions' hatch pattern (one per SVG, drawn by HatchPattern.svg.svelte). */
export const HATCH_ID = 'code-ours-hatch';

/** SVG paint for a code in an image edition, with the palette's held and soft colours. */
export function codePaint(
	kind: CodeKind,
	colour: { held: string; heldSoft: string },
	strokeWidth = 1.5
): Record<string, string | number> {
	const d = CODE_DRAWING[kind];
	return {
		fill: d.fill === 'hatch' ? `url(#${HATCH_ID})` : colour.heldSoft,
		stroke: colour.held,
		'stroke-width': d.dotted ? strokeWidth * 1.4 : strokeWidth,
		...(d.dash ? { 'stroke-dasharray': d.dash.map((v) => v * strokeWidth).join(' ') } : {}),
		...(d.dotted ? { 'stroke-linecap': 'round' } : {})
	};
}
