// How many fighters are left: each estimate as a range, by who gave it and for which area.
import FightersRange from './FightersRange.svelte';
import { range, tickStep } from 'd3-array';
import type { Figure } from '$lib/figures/figure';
import { formatNumber } from '$lib/format';
import {
	defineChart,
	PROVENANCE_COLUMNS,
	provenance,
	type ChartContext,
	type Provenance
} from '../chart-spec';

export type FighterRow = {
	estimate: string;
	area: string;
	low: number | null;
	high: number | null;
	text: string | null;
	attributed_to: string;
	derived: string | null;
} & Provenance;

/** One bar: an estimate, shared by the reports that carry it. */
export interface FighterBar {
	id: string;
	area: string;
	figure: Figure;
	/** How many reports carry the figure, when more than one does (a count of ours). */
	reports: Figure | null;
	who: string;
	low: number | null;
	high: number | null;
	/** Our sum, not a source's: drawn in the code for our calculation (visual-code.ts). */
	derived: boolean;
	/** For our sum, the bars it adds, in the order it lays them one after the other. */
	parts: string[] | null;
	/** The state that first shows it. */
	from: string;
}

export interface FightersProps {
	bars: FighterBar[];
	/** A linear axis from zero, computed at build time (d3-array), its tick labels formatted. */
	axis: { max: number; ticks: number[]; labels: string[] };
	/** The states in order: a bar shows from its `from` state on. */
	order: string[];
}

const STATES = ['dillon', 'sum', 'jarrard', 'few'];

/** Each estimate, the claims that carry it (one per report) and the state that reveals it. */
const ESTIMATES = [
	{
		id: 'dillon-al-qaim',
		area: 'al-Qaim',
		claims: ['fighters-qaim-001', 'fighters-qaim-004'],
		from: 'dillon'
	},
	{
		id: 'dillon-albu-kamal',
		area: 'Albu Kamal',
		claims: ['fighters-albu-kamal-001', 'fighters-albu-kamal-004'],
		from: 'dillon'
	},
	{
		id: 'dillon-sum',
		area: 'al-Qaim and Albu Kamal together',
		derived: 'fighters-dillon-sum',
		parts: ['dillon-al-qaim', 'dillon-albu-kamal'],
		from: 'sum'
	},
	{
		id: 'jarrard-euphrates',
		area: 'the Euphrates valley',
		claims: ['fighters-euphrates-jarrard-002'],
		from: 'jarrard'
	},
	{
		id: 'coalition-few-thousand',
		area: 'mainly al-Qaim and Albu Kamal',
		claims: ['fighters-few-thousand-001', 'fighters-few-thousand-004'],
		from: 'few'
	}
] as const;

export default defineChart({
	id: 'fighters',
	title: 'How many fighters were left',
	description:
		'Estimates of the fighters left, each bar from the low to the high estimate on one shared scale, by who gave them and for which area; the sum of Col. Dillon’s ranges is ours.',
	component: FightersRange,
	states: STATES,
	final: 'few',
	columns: [
		{ key: 'estimate', type: 'string', description: 'Which estimate the row belongs to' },
		{ key: 'area', type: 'string', description: 'The area the estimate covers' },
		{ key: 'low', type: 'number', description: 'Low end of the range, fighters' },
		{ key: 'high', type: 'number', description: 'High end of the range, fighters' },
		{ key: 'text', type: 'string', description: 'The estimate in words, where it gives no number' },
		{ key: 'attributed_to', type: 'string', description: 'Who gave the estimate' },
		{ key: 'derived', type: 'string', description: 'For our own figures: how we computed it' },
		...PROVENANCE_COLUMNS
	],
	build(ctx: ChartContext) {
		const rows: FighterRow[] = [];
		const bars: FighterBar[] = ESTIMATES.map((e) => {
			if ('derived' in e) {
				const d = ctx.derived(e.derived);
				rows.push({
					estimate: e.id,
					area: e.area,
					low: d.low,
					high: d.high,
					text: null,
					attributed_to: 'our calculation',
					derived: d.how,
					...provenance(d.claim_ids.map((id) => ctx.claim(id)))
				});
				return {
					id: e.id,
					area: e.area,
					figure: ctx.derivedFigure(e.derived),
					reports: null,
					who: 'our sum, not a source’s',
					low: d.low,
					high: d.high,
					derived: true,
					parts: [...e.parts],
					from: e.from
				};
			}
			const claims = e.claims.map((id) => ctx.claim(id));
			for (const c of claims) {
				rows.push({
					estimate: e.id,
					area: e.area,
					low: c.low,
					high: c.high,
					text: c.text,
					attributed_to: c.attributed_to,
					derived: null,
					...provenance([c])
				});
			}
			// "in two reports" only where two independent stories give it (one printed twice is one).
			const several = ctx.sources([...e.claims]) > 1;
			return {
				id: e.id,
				area: e.area,
				figure: ctx.figure([...e.claims], { unit: false }),
				reports: several ? ctx.reports([...e.claims]) : null,
				who: claims[0].attributed_to,
				low: claims[0].low,
				high: claims[0].high,
				derived: false,
				parts: null,
				from: e.from
			};
		});
		// The sum is drawn by laying its parts one after the other: they must add up to it.
		for (const bar of bars.filter((b) => b.parts)) {
			const parts = bar.parts!.map((id) => bars.find((b) => b.id === id));
			const low = parts.reduce((s, p) => s + (p?.low ?? NaN), 0);
			const high = parts.reduce((s, p) => s + (p?.high ?? NaN), 0);
			if (low !== bar.low || high !== bar.high)
				throw new Error(
					`fighters: the bar ${bar.id} is ${bar.low}–${bar.high}, but its parts ` +
						`${bar.parts!.join(', ')} add up to ${low}–${high}`
				);
		}
		const top = Math.max(...bars.map((b) => b.high ?? 0));
		// Ticks a round step apart, and the axis ends on one: the longest bar never runs past the last.
		const step = tickStep(0, top, 4);
		const max = Math.ceil(top / step) * step;
		const at = range(0, max + step / 2, step);
		const axis = { max, ticks: at, labels: at.map((t) => formatNumber(t)) };
		return { rows, props: { bars, axis, order: STATES } };
	}
});
