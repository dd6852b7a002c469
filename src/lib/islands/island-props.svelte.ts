// The reactive props an island is hydrated with: its data, and the state the page sets.
import type { StateProp } from '$lib/charts/chart-spec';

/** Props a chart island hydrates with; setting `state` redraws it, `animate` says whether to move. */
export function islandProps(
	props: Record<string, unknown>,
	state: string
): StateProp & Record<string, unknown> {
	const reactive = $state({ ...props, state, animate: false });
	return reactive;
}
