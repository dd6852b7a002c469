// The map's names, placed at build time for each state at two map widths (see label-placement.ts).
import type { MapData } from '$lib/geography';
import { LARGE_MAP_PX, MIN_MAP_PX, placeLabels, type LabelLayout } from './label-placement';

type Town = { id: string; name: string; label: string; x: number; y: number };
type ContextTown = { id: string; name: string; x: number; y: number };

/** For each width, each state's label layout: its view (zoomed or whole), its town placed first. */
export function mapLabels(
	map: MapData,
	towns: Town[],
	context: ContextTown[],
	states: string[],
	zoomedStates: string[],
	views: Record<string, number[]>
): { minWidth: number; states: Record<string, LabelLayout> }[] {
	/** Each placement is checked across the widths it serves, up to the widest screens. */
	const widths = (from: number, to: number) => {
		const out: number[] = [];
		for (let w = from * 1.08; w < to; w *= 1.08) out.push(Math.round(w));
		return [...out, to];
	};
	const band: Record<number, number[]> = {
		[MIN_MAP_PX]: widths(MIN_MAP_PX, LARGE_MAP_PX - 1),
		[LARGE_MAP_PX]: widths(LARGE_MAP_PX, 4000)
	};
	const layout = (state: string, mapPx: number) => {
		const zoomed = zoomedStates.includes(state);
		const ordered = [...towns].sort((a, b) => Number(b.id === state) - Number(a.id === state));
		return placeLabels({
			view: views[state] ?? [0, 0, map.width, map.height],
			mapPx,
			alsoAt: band[mapPx],
			active: state,
			locator: zoomed ? { ratio: map.width / map.height } : undefined,
			towns: [
				...ordered.map((t) => ({
					id: t.id,
					x: t.x,
					y: t.y,
					text: t.label === t.name || zoomed ? t.label : ''
				})),
				...context.map((t) => ({ id: t.id, x: t.x, y: t.y, text: t.name }))
			],
			rivers: map.rivers.map((r) => ({ id: r.id, text: r.name, places: r.labelPlaces ?? [] })),
			countries: map.countries.map((c) => ({
				id: c.id,
				text: c.name,
				interior: c.interior?.points ?? [],
				step: c.interior?.step ?? 1
			}))
		});
	};
	return [LARGE_MAP_PX, MIN_MAP_PX].map((minWidth) => ({
		minWidth,
		states: Object.fromEntries(states.map((s) => [s, layout(s, minWidth)]))
	}));
}
