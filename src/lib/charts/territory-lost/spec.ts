// How much territory had the group lost? The coalition's two figures, each against its own base.
import TerritoryLost from './TerritoryLost.svelte';
import type { Figure, Rich } from '$lib/figures/figure';
import { lastWeekdayOnOrBefore } from '$lib/evidence/weekdays';
import {
	defineChart,
	PROVENANCE_COLUMNS,
	provenance,
	type ChartContext,
	type Provenance
} from '../chart-spec';

export type TerritoryRow = {
	series: string;
	base: string;
	percent_lost: number;
	qualifier: string;
	attributed_to: string;
	reported_how: string;
	reported_words: string;
	reported_date: string;
	reported_claim_id: string;
} & Provenance;

/** One waffle: a hundred squares of its own whole. */
export interface TerritorySeries {
	id: string;
	/** Squares shown as lost once the series is revealed. */
	lost: number;
	/** "More than" lost: the squares left are drawn as an upper bound. */
	atMost: boolean;
	figure: Figure;
	base: string;
	/** Who gave it and when. */
	source: Rich;
}

export interface TerritoryLostProps {
	series: TerritorySeries[];
	/** How many series each state shows as lost, in order. */
	revealed: Record<string, number>;
}

/**
 * Each figure, its whole as the report words it, and the claim that says when it was given: the
 * weekday the report names, in its words, or the report's printed date, as we read it.
 */
const SERIES = [
	{
		id: 'territory-lost-95-000',
		base: 'the cross-border “caliphate” it declared',
		when: 'territory-lost-95-said-wednesday-000',
		how: 'said on a',
		after: '',
		show: 'figure'
	},
	{
		id: 'territory-lost-96-003',
		base: 'the territory it once controlled in both countries',
		when: 'report-date-003',
		how: 'in a report we date to',
		after: '',
		show: 'date'
	}
] as const;

export default defineChart({
	id: 'territory-lost',
	title: 'Territory the group had lost',
	description:
		'The US-led coalition’s figures for the territory the group had lost, as the reports give them.',
	component: TerritoryLost,
	states: ['whole', 'lost-95', 'lost-96'],
	final: 'lost-96',
	columns: [
		{ key: 'series', type: 'string', description: 'The claim id of the figure' },
		{
			key: 'base',
			type: 'string',
			description: 'The whole the share is of, as the report words it'
		},
		{ key: 'percent_lost', type: 'number', description: 'Share of that whole lost, in percent' },
		{ key: 'qualifier', type: 'string', description: 'The report’s hedge, e.g. "more than"' },
		{ key: 'attributed_to', type: 'string', description: 'Who the report says gave the figure' },
		{
			key: 'reported_how',
			type: 'string',
			description: 'How the date below relates to the figure'
		},
		{
			key: 'reported_words',
			type: 'string',
			description: 'When it was given, in the report’s own words'
		},
		{
			key: 'reported_date',
			type: 'string',
			description: 'Our reading of that date, ISO at the precision the text allows'
		},
		{ key: 'reported_claim_id', type: 'string', description: 'The claim that says when' },
		...PROVENANCE_COLUMNS
	],
	build(ctx: ChartContext) {
		const rows = SERIES.map(({ id, base, when, how }): TerritoryRow => {
			const c = ctx.claim(id);
			const w = ctx.claim(when);
			return {
				series: id,
				base,
				percent_lost: c.value ?? NaN,
				qualifier: c.qualifier,
				attributed_to: c.attributed_to,
				reported_how: how,
				reported_words: w.text ?? '',
				reported_date: w.event_date,
				reported_claim_id: w.claim_id,
				...provenance([c])
			};
		});
		// A figure said on a weekday carries its month as we read it and, where even the earliest day
		// that weekday can be (the last one on or before the first day its report can have been
		// written) is after the other figure's date, says it is the later one.
		const dated = SERIES.map((s) => ctx.claim(s.when).event_date);
		const series = SERIES.map(({ id, base, when, how, after, show }, i): TerritorySeries => {
			const others = dated.filter((d, j) => j !== i && /^\d{4}-\d{2}-\d{2}$/.test(d));
			const earliest = lastWeekdayOnOrBefore(ctx.claim(when).text, ctx.writtenFrom(id));
			const later = !!earliest && others.length > 0 && others.every((d) => d < earliest);
			// A weekday is shown as the month we read it in (its citation quotes the weekday): one
			// figure, one stop for the keyboard.
			const said: Rich =
				show === 'figure'
					? ['said in ', ctx.figure(when, { show: 'date' }), later ? ', the later count' : '']
					: [`${how} `, ctx.figure(when, { show })];
			return {
				id,
				lost: rows[i].percent_lost,
				atMost: rows[i].qualifier === 'more than',
				figure: ctx.figure(id),
				base,
				source: [`${rows[i].attributed_to}, `, ...said, after]
			};
		});
		return {
			rows,
			props: { series, revealed: { whole: 0, 'lost-95': 1, 'lost-96': 2 } }
		};
	}
});
