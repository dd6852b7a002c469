// The map's scale bar: a round number of kilometres, drawn from the projection's own scale (measured
// at build time, server/geo/map.ts kmPerUnitAt), never typed in.

export interface ScaleBar {
	/** The distance the bar stands for. */
	km: number;
	/** Its length as a share of the view's width. */
	fraction: number;
}

/** Round distances a bar may stand for: 1, 2 or 5 times a power of ten. */
function roundKm(max: number): number {
	const power = 10 ** Math.floor(Math.log10(max));
	return [5, 2, 1].map((m) => m * power).find((km) => km <= max) ?? power;
}

/**
 * The longest round distance no wider than `share` of a view `viewUnits` wide, at `kmPerUnit`
 * kilometres per unit of the view.
 */
export function scaleBar(viewUnits: number, kmPerUnit: number, share = 0.28): ScaleBar {
	if (!(viewUnits > 0) || !(kmPerUnit > 0))
		throw new Error(`scale bar: view ${viewUnits} units, ${kmPerUnit} km a unit`);
	const km = roundKm(viewUnits * kmPerUnit * share);
	return { km, fraction: km / kmPerUnit / viewUnits };
}
