// The chart registry: ids, titles and descriptions shared by the story, embeds and downloads.
import type { Column, Row } from '$lib/csv';

/** What every surface (story, embed, CSV, manifest) needs to know of a chart. */
export interface ChartMeta {
	id: string;
	title: string;
	description: string;
	/** Shows a map, so the Natural Earth / GeoNames attribution must travel with it. */
	map: boolean;
}

export const CHART_META: ChartMeta[] = [
	{
		id: 'caliphate-size',
		title: 'Britain or Belgium?',
		description:
			'Two reports compare the caliphate at its height with two countries of very different size; areas computed from Natural Earth polygons.',
		map: false
	},
	{
		id: 'territory-lost',
		title: 'How much territory had the group lost?',
		description:
			'The US-led coalition’s two figures, as two reports give them, each against its own base.',
		map: false
	},
	{
		id: 'held-shares',
		title: 'What is left, measured three ways',
		description: 'Shares still held by the group, each of a different whole, with its source.',
		map: false
	},
	{
		id: 'town-sequence',
		title: 'The last towns, one by one',
		description: 'Where and when each town fell, as the reports give it, and where they disagree.',
		map: true
	},
	{
		id: 'fighters',
		title: 'How many fighters are left',
		description:
			'Estimates of the fighters left, by who gave them and for which area; the sum of two ranges is ours.',
		map: false
	}
];

/** A chart with its data, ready to render, embed or download. */
export interface ChartData extends ChartMeta {
	columns: Column[];
	rows: Row[];
	/** Every claim the chart cites. */
	claim_ids: string[];
	/** A value axis computed at build time (d3-array), so the client ships no scale code. */
	axis?: ValueAxis;
}

/** A linear axis from zero: its rounded top and its gridline values. */
export interface ValueAxis {
	max: number;
	ticks: number[];
}

/** Finds a chart by id, failing with the list of known ids. */
export function findChart<T extends ChartMeta>(charts: T[], id: string): T {
	const chart = charts.find((c) => c.id === id);
	if (!chart) {
		throw new Error(
			`unknown chart id "${id}"; known charts: ${charts.map((c) => c.id).join(', ')}`
		);
	}
	return chart;
}

/** Columns the chart components never read: provenance and notes, which the CSV carries. */
const NOT_DRAWN = new Set([
	'quote',
	'article',
	'basis',
	'text',
	'event_date',
	'event_date_basis',
	'lon',
	'lat',
	'reported'
]);

/** A chart as a page needs it to draw and hydrate: without the CSV's provenance columns. */
export function chartForPage(chart: ChartData): ChartData {
	return {
		...chart,
		columns: [],
		rows: chart.rows.map((r) =>
			Object.fromEntries(Object.entries(r).filter(([k]) => !NOT_DRAWN.has(k)))
		)
	};
}
