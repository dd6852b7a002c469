// What is left, measured three ways: shares still held, each of a different whole.
import HeldShares from './HeldShares.svelte';
import type { Figure } from '$lib/figures/figure';
import {
	defineChart,
	PROVENANCE_COLUMNS,
	provenance,
	type ChartContext,
	type Provenance
} from '../chart-spec';

export type HeldRow = {
	series: string;
	base: string;
	percent_held: number;
	qualifier: string;
	attributed_to: string;
} & Provenance;

/** One bar: a share of its own whole. */
export interface HeldBar {
	id: string;
	percent: number;
	/** "Less than": the bar is an upper bound. */
	openEnded: boolean;
	figure: Figure;
	base: string;
	source: string;
}

export interface HeldSharesProps {
	bars: HeldBar[];
	/** Which bars each state brings forward. */
	focus: Record<string, number[]>;
}

const SERIES = [
	{ id: 'iraq-desert-4-hashemi-000', base: 'Iraqi territory' },
	{ id: 'deir-countryside-25-000', base: 'the countryside of Deir ez-Zor province' },
	{ id: 'deir-province-40-sohr-003', base: 'Deir ez-Zor province' }
];

export default defineChart({
	id: 'held-shares',
	title: 'What was left, each share of its own whole',
	description: 'Shares still held by the group, each of a different whole, with its source.',
	component: HeldShares,
	states: ['iraq', 'deir', 'apart'],
	final: 'apart',
	columns: [
		{ key: 'series', type: 'string', description: 'The claim id of the figure' },
		{ key: 'base', type: 'string', description: 'The whole the share is of' },
		{
			key: 'percent_held',
			type: 'number',
			description: 'Share of that whole still held, in percent'
		},
		{
			key: 'qualifier',
			type: 'string',
			description: 'The report’s hedge, e.g. "around", "less than"'
		},
		{ key: 'attributed_to', type: 'string', description: 'Who the report says gave the figure' },
		...PROVENANCE_COLUMNS
	],
	build(ctx: ChartContext) {
		const rows = SERIES.map(({ id, base }): HeldRow => {
			const c = ctx.claim(id);
			return {
				series: id,
				base,
				percent_held: c.value ?? NaN,
				qualifier: c.qualifier,
				attributed_to: c.attributed_to,
				...provenance([c])
			};
		});
		const bars = rows.map((r): HeldBar => ({
			id: r.series,
			percent: r.percent_held,
			openEnded: r.qualifier === 'less than',
			figure: ctx.figure(r.series),
			base: r.base,
			source:
				r.attributed_to === 'the article'
					? 'The report itself; it names no source'
					: r.attributed_to
		}));
		return { rows, props: { bars, focus: { iraq: [0], deir: [1, 2], apart: [0, 1, 2] } } };
	}
});
