// The data behind each chart, one row per plotted value with its provenance; built from claims.
import type { Claim } from '$lib/claims';
import type { Column, Row } from '$lib/csv';
import { claimGetter, type DerivedFigure } from '$lib/derived';
import type { Step } from '$lib/story';
import type { MapData } from '$lib/geography';

/** The provenance columns every chart CSV ends with. */
export const PROVENANCE: Column[] = [
	{ key: 'claim_id', type: 'string' },
	{ key: 'article', type: 'string' },
	{ key: 'quote', type: 'string' }
];

const s = (key: string): Column => ({ key, type: 'string' });
const n = (key: string): Column => ({ key, type: 'number' });

/** Provenance of one claim, or of several joined (a derived figure). */
export function provenance(claims: Claim[]): Row {
	return {
		claim_id: claims.map((c) => c.claim_id).join(' '),
		article: [...new Set(claims.map((c) => c.article))].join(' '),
		quote: claims.map((c) => c.quote).join(' | ')
	};
}

export const TERRITORY_COLUMNS: Column[] = [
	s('series'),
	s('base'),
	n('percent_lost'),
	s('qualifier'),
	s('attributed_to'),
	s('reported_how'),
	s('reported'),
	s('reported_claim_id'),
	...PROVENANCE
];

/** Territory lost: the coalition's two figures, each against its own base. */
export function territoryLostRows(claims: Claim[]): Row[] {
	const get = claimGetter(claims);
	// `when` is the claim that says when the figure was given: a weekday, or the report's own date.
	const series = [
		{
			id: 'territory-lost-95-000',
			base: 'the cross-border “caliphate” it declared',
			when: 'territory-lost-95-said-wednesday-000',
			how: 'said on a'
		},
		{
			id: 'territory-lost-96-003',
			base: 'the territory it once controlled in both countries',
			when: 'report-date-003',
			how: 'in a report dated'
		}
	];
	return series.map(({ id, base, when, how }) => {
		const c = get(id);
		const w = get(when);
		return {
			series: id,
			base,
			percent_lost: c.value,
			qualifier: c.qualifier,
			attributed_to: c.attributed_to,
			reported_how: how,
			reported: w.text,
			reported_claim_id: w.claim_id,
			...provenance([c])
		};
	});
}

export const HELD_COLUMNS: Column[] = [
	s('series'),
	s('base'),
	n('percent_held'),
	s('qualifier'),
	s('attributed_to'),
	...PROVENANCE
];

/** Shares still held, each of a different whole. */
export function heldShareRows(claims: Claim[]): Row[] {
	const get = claimGetter(claims);
	const series = [
		{ id: 'iraq-desert-4-hashemi-000', base: 'Iraqi territory' },
		{ id: 'deir-countryside-25-000', base: 'the countryside of Deir ez-Zor province' },
		{ id: 'deir-province-40-sohr-003', base: 'Deir ez-Zor province' }
	];
	return series.map(({ id, base }) => {
		const c = get(id);
		return {
			series: id,
			base,
			percent_held: c.value,
			qualifier: c.qualifier,
			attributed_to: c.attributed_to,
			...provenance([c])
		};
	});
}

export const FIGHTER_COLUMNS: Column[] = [
	s('estimate'),
	s('area'),
	n('low'),
	n('high'),
	s('text'),
	s('attributed_to'),
	s('derived'),
	...PROVENANCE
];

/** Fighter estimates: one row per claim (two reports carry Dillon's ranges), plus our sum. */
export function fighterRows(claims: Claim[], derived: DerivedFigure[]): Row[] {
	const get = claimGetter(claims);
	const estimates = [
		{
			estimate: 'dillon-al-qaim',
			area: 'al-Qaim',
			ids: ['fighters-qaim-001', 'fighters-qaim-004']
		},
		{
			estimate: 'dillon-albu-kamal',
			area: 'Albu Kamal',
			ids: ['fighters-albu-kamal-001', 'fighters-albu-kamal-004']
		},
		{
			estimate: 'jarrard-euphrates',
			area: 'the Euphrates valley',
			ids: ['fighters-euphrates-jarrard-002']
		},
		{
			estimate: 'coalition-few-thousand',
			area: 'mainly al-Qaim and Albu Kamal',
			ids: ['fighters-few-thousand-001', 'fighters-few-thousand-004']
		}
	];
	const rows: Row[] = estimates.flatMap(({ estimate, area, ids }) =>
		ids.map((id) => {
			const c = get(id);
			return {
				estimate,
				area,
				low: c.low,
				high: c.high,
				text: c.text,
				attributed_to: c.attributed_to,
				derived: null,
				...provenance([c])
			};
		})
	);
	const sum = derived.find((d) => d.id === 'fighters-dillon-sum');
	if (!sum) throw new Error('derived figure "fighters-dillon-sum" is missing');
	rows.splice(4, 0, {
		estimate: 'dillon-sum',
		area: 'al-Qaim and Albu Kamal together',
		low: sum.low,
		high: sum.high,
		text: null,
		attributed_to: 'our calculation',
		derived: sum.how,
		...provenance(sum.claim_ids.map(get))
	});
	return rows;
}

export const TOWN_COLUMNS: Column[] = [
	n('order'),
	s('town'),
	s('name'),
	n('lon'),
	n('lat'),
	s('status'),
	s('text'),
	s('event_date'),
	s('event_date_basis'),
	s('attributed_to'),
	...PROVENANCE
];

/** The town sequence: each map step's town, with every claim its text cites. */
export function townRows(claims: Claim[], steps: Step[], map: MapData): Row[] {
	const get = claimGetter(claims);
	return steps.flatMap((step, i) => {
		const place =
			step.town === map.crossing.id
				? { name: 'al-Qaim border crossing', lon: null, lat: null }
				: map.towns.find((t) => t.id === step.town);
		if (!place)
			throw new Error(`story step "${step.id}" names town "${step.town}", which is not on the map`);
		return step.text
			.filter((seg) => seg.kind === 'claim')
			.map((seg) => {
				const c = get(seg.id);
				return {
					order: i + 1,
					town: step.town ?? null,
					name: place.name,
					lon: place.lon,
					lat: place.lat,
					status: step.status ?? null,
					text: c.text,
					event_date: c.event_date,
					event_date_basis: c.event_date_basis,
					attributed_to: c.attributed_to,
					...provenance([c])
				};
			});
	});
}

export const SIZE_COLUMNS: Column[] = [s('shape'), s('label'), n('km2'), s('basis'), ...PROVENANCE];

/** The caliphate's size: the two comparisons the sources make, and a third of both countries. */
export function sizeRows(claims: Claim[], derived: DerivedFigure[]): Row[] {
	const get = claimGetter(claims);
	const shapes = [
		{ shape: 'britain', label: 'Britain (United Kingdom)', derivedId: 'britain-area' },
		{ shape: 'third', label: 'A third of Iraq and Syria', derivedId: 'third-of-iraq-syria' },
		{ shape: 'belgium', label: 'Belgium', derivedId: 'belgium-area' }
	];
	return shapes.map(({ shape, label, derivedId }) => {
		const d = derived.find((x) => x.id === derivedId);
		if (!d) throw new Error(`derived figure "${derivedId}" is missing`);
		return { shape, label, km2: d.value, basis: d.how, ...provenance(d.claim_ids.map(get)) };
	});
}
