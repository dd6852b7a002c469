// Figures we compute from claims (and, for areas, from Natural Earth polygons). Each says how.
import type { Claim } from './claim-schema';
import { EvidenceError, problemAt } from './problems';
import { formatNumber } from '$lib/format';
import type { CountryArea } from '$lib/geography';

/** A figure that is ours, not a source's: its inputs and how it was made travel with it. */
export interface DerivedFigure {
	id: string;
	/** The figure as displayed. */
	display: string;
	/** The claims it is computed from or stands beside. */
	claim_ids: string[];
	/** How it was computed, in words (shown in its citation). */
	how: string;
	value: number | null;
	low: number | null;
	high: number | null;
}

/** Where our derived figures are made, for messages. */
const WHERE = 'src/lib/evidence/derived.ts';

function requireRange(c: Claim): { low: number; high: number } {
	if (c.low === null || c.high === null) {
		throw new EvidenceError([
			problemAt(
				{ where: `${WHERE}, claim ${c.claim_id}`, file: WHERE, id: c.claim_id },
				'range-required',
				`claim "${c.claim_id}" must be a range (low and high) to be summed; give it low and high in data/claims.csv, or change the sum in ${WHERE}`
			)
		]);
	}
	return { low: c.low, high: c.high };
}

/** The claims a derived figure needs, by id; a missing one stops the build with its name and the fix. */
function claimsFor(claims: Claim[]) {
	const byId = new Map(claims.map((c) => [c.claim_id, c]));
	return (id: string, figure: string): Claim => {
		const c = byId.get(id);
		if (c) return c;
		throw new EvidenceError([
			problemAt(
				{ where: `${WHERE}, derived figure ${figure}`, file: WHERE, id: figure },
				'unknown-claim',
				`needs claim "${id}", which is not in claims.csv; restore its row in data/claims.csv, or change how ${figure} is computed`
			)
		]);
	};
}

function requireArea(areas: CountryArea[], id: string): CountryArea {
	const a = areas.find((x) => x.id === id);
	if (!a) throw new Error(`no computed area for "${id}" (expected from Natural Earth)`);
	return a;
}

/** Rounds an area for display to two significant figures: what a 1:50m outline can carry. */
export const roundArea = (km2: number) => {
	const unit = 10 ** (Math.floor(Math.log10(Math.abs(km2))) - 1);
	return Math.round(km2 / unit) * unit;
};

/** Rounds to one significant figure: the precision of a share given as "about a third". */
export const oneFigure = (x: number) => {
	const unit = 10 ** Math.floor(Math.log10(Math.abs(x)));
	return Math.round(x / unit) * unit;
};

/** Sums two ranges: low with low, high with high. */
export function sumRanges(a: Claim, b: Claim): { low: number; high: number } {
	const ra = requireRange(a);
	const rb = requireRange(b);
	return { low: ra.low + rb.low, high: ra.high + rb.high };
}

/** Every derived figure the site shows. */
export function deriveFigures(claims: Claim[], areas: CountryArea[]): DerivedFigure[] {
	const get = claimsFor(claims);
	const qaim = get('fighters-qaim-001', 'fighters-dillon-sum');
	const albuKamal = get('fighters-albu-kamal-001', 'fighters-dillon-sum');
	const sum = sumRanges(qaim, albuKamal);
	const uk = requireArea(areas, 'united-kingdom');
	const be = requireArea(areas, 'belgium');
	const iq = requireArea(areas, 'iraq');
	const sy = requireArea(areas, 'syria');
	const third = (iq.km2 + sy.km2) / 3;
	const ratio = Math.round(uk.km2 / be.km2);
	const areaHow = (name: string) =>
		`computed by us: area of the Natural Earth 1:50m polygon of ${name}, rounded to two significant figures`;
	const figures: DerivedFigure[] = [
		{
			id: 'fighters-dillon-sum',
			display: `${formatNumber(sum.low)}–${formatNumber(sum.high)} fighters`,
			claim_ids: [qaim.claim_id, albuKamal.claim_id],
			how: `computed by us: Col. Dillon's al-Qaim range plus his Albu Kamal range (low + low, high + high); he did not give a total`,
			value: null,
			...sum
		},
		{
			id: 'britain-belgium-ratio',
			display: `about ${ratio} times`,
			claim_ids: ['size-britain-000', 'size-belgium-002'],
			how: `computed by us: area of the United Kingdom divided by the area of Belgium, both from Natural Earth 1:50m polygons, rounded to a whole number; the report says "Britain", we use the United Kingdom polygon`,
			value: ratio,
			low: null,
			high: null
		},
		{
			id: 'third-of-iraq-syria',
			display: `about ${formatNumber(oneFigure(third))} km²`,
			claim_ids: ['held-third-001', 'held-third-004'],
			how: `computed by us: one third of the combined areas of the Natural Earth 1:50m polygons of Iraq and Syria, rounded to one significant figure, all the precision “about a third” can carry`,
			value: oneFigure(third),
			low: null,
			high: null
		},
		{
			id: 'britain-area',
			display: `${formatNumber(roundArea(uk.km2))} km²`,
			claim_ids: ['size-britain-000'],
			how: areaHow('the United Kingdom'),
			value: roundArea(uk.km2),
			low: null,
			high: null
		},
		{
			id: 'belgium-area',
			display: `${formatNumber(roundArea(be.km2))} km²`,
			claim_ids: ['size-belgium-002'],
			how: areaHow('Belgium'),
			value: roundArea(be.km2),
			low: null,
			high: null
		}
	];
	// Every figure cites claims that exist, or its citation would point at nothing.
	for (const f of figures) for (const id of f.claim_ids) get(id, f.id);
	return figures;
}
