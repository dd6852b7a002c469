// Britain or Belgium? The two size comparisons the reports make, drawn as squares to one scale.
import CaliphateSize from './CaliphateSize.svelte';
import type { Figure, Rich } from '$lib/figures/figure';
import {
	defineChart,
	PROVENANCE_COLUMNS,
	provenance,
	type ChartContext,
	type Provenance
} from '../chart-spec';

export type SizeRow = { shape: string; label: string; km2: number; basis: string } & Provenance;

/** One square: what it stands for, its computed area and the report that makes the comparison. */
export interface SizeShape {
	id: string;
	label: Rich;
	km2: number;
	/** Our computed area (a derived figure). */
	area: Figure;
	/** The report's comparison, or null for our own calculation (`note` says so). */
	source: Figure | null;
	note: string;
}

export interface CaliphateSizeProps {
	shapes: SizeShape[];
	/** Which squares each state highlights. */
	shown: Record<string, string[]>;
}

/** Each square, the derived area it is drawn from, and the claim that makes the comparison. */
const SHAPES = [
	{
		id: 'britain',
		label: 'Britain (United Kingdom)',
		area: 'britain-area',
		source: 'size-britain-000'
	},
	{
		id: 'third',
		label: 'About a third of Iraq and Syria',
		area: 'third-of-iraq-syria',
		share: 'held-third-001'
	},
	{ id: 'belgium', label: 'Belgium', area: 'belgium-area', source: 'size-belgium-002' }
] as const;

export default defineChart({
	id: 'caliphate-size',
	title: 'Britain or Belgium?',
	description:
		'Reports compare the caliphate’s former extent with countries of very different size; areas computed by us from Natural Earth polygons.',
	component: CaliphateSize,
	states: ['declared', 'britain', 'belgium', 'third'],
	final: 'third',
	columns: [
		{ key: 'shape', type: 'string', description: 'Which square: britain, third or belgium' },
		{ key: 'label', type: 'string', description: 'What the square stands for' },
		{ key: 'km2', type: 'number', description: 'Area in square kilometres, computed by us' },
		{ key: 'basis', type: 'string', description: 'How the area was computed' },
		...PROVENANCE_COLUMNS
	],
	build(ctx: ChartContext) {
		const shapes: SizeShape[] = SHAPES.map((s) => {
			const area = ctx.derived(s.area);
			return {
				id: s.id,
				label:
					'share' in s
						? [ctx.figure(s.share, { qualifier: false }), ' of Iraq and Syria']
						: [s.label],
				km2: area.value ?? NaN,
				area: ctx.derivedFigure(s.area),
				source: 'source' in s ? ctx.figure(s.source) : null,
				note: 'source' in s ? '' : 'our calculation, not a report’s'
			};
		});
		const rows = SHAPES.map((s): SizeRow => {
			const area = ctx.derived(s.area);
			return {
				shape: s.id,
				label: s.label,
				km2: area.value ?? NaN,
				basis: area.how,
				...provenance(area.claim_ids.map((id) => ctx.claim(id)))
			};
		});
		return {
			rows,
			props: {
				shapes,
				shown: {
					// The share of both countries the group held when it declared the caliphate first.
					declared: ['third'],
					britain: ['third', 'britain'],
					belgium: ['third', 'britain', 'belgium'],
					third: ['britain', 'belgium', 'third']
				}
			}
		};
	}
});
