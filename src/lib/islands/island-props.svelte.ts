// The props an island is hydrated with: its data, and the state the page sets.
import type { StateProp } from '$lib/charts/chart-spec';

/**
 * Props a chart island hydrates with; setting `state` redraws it, `animate` says whether to move.
 * Only those two are reactive: the data never changes once fetched, so it stays a plain object
 * rather than a deep `$state` proxy, whose signals would be made as hydration first reads each
 * field (most of an island's hydration time, measured in the benchmark).
 */
export function islandProps(
	data: Record<string, unknown>,
	initial: string
): StateProp & Record<string, unknown> {
	let state = $state(initial);
	let animate = $state(false);
	return {
		...data,
		get state() {
			return state;
		},
		set state(value: string) {
			state = value;
		},
		get animate() {
			return animate;
		},
		set animate(value: boolean) {
			animate = value;
		}
	};
}
