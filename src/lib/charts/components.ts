// The chart components, found by the name each spec gives (a chart's folder is `<id>/`).
import type { Component } from 'svelte';

/** Chart props differ per chart; each spec's build and component share one props type. */
type ChartComponent = Component<Record<string, unknown>>;

const modules = import.meta.glob<{ default: ChartComponent }>('./*/*.svelte', { eager: true });

/** The component that draws a chart; a spec naming a missing file is an error, never a blank box. */
export function chartComponent(spec: { id: string; component: string }): ChartComponent {
	const mod = modules[`./${spec.id}/${spec.component}.svelte`];
	if (!mod) {
		throw new Error(
			`chart ${spec.id}: src/lib/charts/${spec.id}/${spec.component}.svelte does not exist`
		);
	}
	return mod.default;
}
