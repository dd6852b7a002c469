// What a chart is: its spec (id, copy, states, CSV columns, its component) and a typed build from
// the evidence.
import type { Column, CsvRow } from '$lib/csv';
import type { Claim } from '$lib/evidence/claim-schema';
import type { DerivedFigure } from '$lib/evidence/derived';
import type { Figure, FigureOptions } from '$lib/figures/figure';
import type { MapData } from '$lib/geography';
import type { Component, ComponentProps } from 'svelte';

/** What a chart's build may read: claims, our derived figures and the projected map. */
export interface ChartContext {
	/** A claim by id; a missing id stops the build with the chart's name. */
	claim(id: string): Claim;
	/** A derived figure by id (src/lib/evidence/derived.ts). */
	derived(id: string): DerivedFigure;
	/** One figure from one or more claims that give the same figure. */
	figure(ids: string | string[], opts?: FigureOptions): Figure;
	/** The figure of a derived value, citing its inputs. */
	derivedFigure(id: string): Figure;
	/** How many reports carry these claims ("two reports"): a count we make, shown as ours;
	 *  reports that print one story count once. */
	reports(ids: string[]): Figure;
	/** How many independent stories carry these claims (reports that print one story count once). */
	sources(ids: string[]): number;
	/**
	 * The first day the claim's report can have been written, by our dating of it (its printed date,
	 * or the earliest its text allows), or null when we cannot bound it.
	 */
	writtenFrom(id: string): string | null;
	/** The locator map, projected at build time. */
	map: MapData;
}

/** What a build returns: the CSV rows (one per plotted value) and the props the component draws. */
export interface ChartBuild<Row extends CsvRow, Props> {
	rows: Row[];
	props: Props;
}

/** The props every chart component receives besides its own: the state to draw. */
export interface StateProp {
	/** One of the spec's states, or its final state. */
	state: string;
	/** Animate a change of state (off for the first one after hydration, and for reduced motion). */
	animate?: boolean;
	/** Drawn still, as a picture in the story: its marks and key, not the details a step tells. */
	still?: boolean;
}

/** What a chart component draws from: its props less the state the page sets. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type DrawnProps<C extends Component<any>> = Omit<ComponentProps<C>, keyof StateProp>;

/** One chart: its folder holds this spec (`spec.ts`), the component it imports, its tests. */
export interface ChartSpec<Row extends CsvRow = CsvRow, Props = unknown> {
	/** Lowercase-kebab, as in its URLs: /embed/<id>, /data/<id>.csv. */
	id: string;
	title: string;
	/** One sentence for embeds, the manifest and social cards; no figures (they would be uncited). */
	description: string;
	/** Draws the chart on the page, in its island, in its embed and in its image edition. */
	component: Component<Props & StateProp>;
	/** The states story steps can put it in, in order. */
	states: readonly string[];
	/** The state drawn without JavaScript, in embeds and in image editions. */
	final: string;
	/** Draws the map, so the Natural Earth and GeoNames attribution travels with it. */
	map?: boolean;
	columns: Column<Row>[];
	build(ctx: ChartContext): ChartBuild<Row, Props>;
}

/** Any chart, whatever its row and props types: what the registry and the pipeline hold. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyChartSpec = ChartSpec<any, any>;

/**
 * Declares a chart. Its props type is its component's: a build that leaves out a prop the
 * component needs, or returns one it does not take, is a type error.
 */
export function defineChart<
	Row extends CsvRow,
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	C extends Component<any>,
	Props extends DrawnProps<C>
>(
	spec: Omit<ChartSpec<Row>, 'component' | 'columns' | 'build'> & {
		component: C;
		/** The CSV's columns, keys of the rows the build returns. */
		columns: Column<NoInfer<Row>>[];
		build(ctx: ChartContext): ChartBuild<Row, Props & Exactly<Props, DrawnProps<C>>>;
	}
): ChartSpec<Row, DrawnProps<C>> {
	return spec as unknown as ChartSpec<Row, DrawnProps<C>>;
}

/** Marks every key of `Given` that `Wanted` does not have as `never`, so it cannot be set. */
type Exactly<Given, Wanted> = { [K in Exclude<keyof Given, keyof Wanted>]: never };

/**
 * A chart as the pipeline built it from the evidence, and as every page, island, embed, image
 * edition and published file reads it: its spec's fields, its rows, its props and what it cites.
 */
export interface BuiltChart {
	id: string;
	title: string;
	description: string;
	states: readonly string[];
	final: string;
	map: boolean;
	columns: Column[];
	rows: CsvRow[];
	/** What the component draws, and nothing else (an island's data). */
	props: Record<string, unknown>;
	/** Exactly the claims its figures cite. */
	claims: string[];
	/** Exactly the derived figures it shows. */
	derived: string[];
	/** The reports its figures quote, in order, for the source line. */
	sources: { label: string; file: string }[];
}

/** A built chart as a page draws it: everything but its published rows and columns. */
export type DrawnChart = Omit<BuiltChart, 'rows' | 'columns'>;

/** What a page is sent of a chart: not its CSV rows, which only /data/ publishes. */
export function drawnChart(chart: BuiltChart): DrawnChart {
	const drawn: Partial<BuiltChart> = { ...chart };
	delete drawn.rows;
	delete drawn.columns;
	return drawn as DrawnChart;
}

/** The provenance columns every chart CSV ends with. */
export type Provenance = { claim_id: string; article: string; quote: string };

export const PROVENANCE_COLUMNS: Column<Provenance>[] = [
	{
		key: 'claim_id',
		type: 'string',
		description: 'The claim(s) this row plots, space-separated; see /data/claims.csv'
	},
	{
		key: 'article',
		type: 'string',
		description: 'The report file(s) the claims quote, space-separated'
	},
	{
		key: 'quote',
		type: 'string',
		description: 'The exact quote(s), verbatim from the report, joined by " | "'
	}
];

/** Provenance of one claim, or of several joined (a derived figure, a figure two reports give). */
export function provenance(claims: Claim[]): Provenance {
	return {
		claim_id: claims.map((c) => c.claim_id).join(' '),
		article: [...new Set(claims.map((c) => c.article))].join(' '),
		quote: claims.map((c) => c.quote).join(' | ')
	};
}
