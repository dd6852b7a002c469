// Every chart, found by its folder: src/lib/charts/<id>/spec.ts. Adding a chart is adding a folder;
// nothing here lists them. The pipeline orders them as the story shows them (src/lib/server/site.ts).
import type { Component } from 'svelte';
import type { AnyChartSpec } from './chart-spec';

const specs = import.meta.glob<{ default: AnyChartSpec }>('./*/spec.ts', { eager: true });
const components = import.meta.glob<{ default: Component }>('./*/*.svelte', { eager: true });

/** The folder a module of the glob is in: './fighters/spec.ts' → 'fighters'. */
const folderOf = (path: string) => path.split('/')[1];

/** Every chart's spec, by folder name (alphabetical); a spec's id must be its folder's name. */
export const CHART_SPECS: AnyChartSpec[] = Object.entries(specs).map(([path, mod]) => {
	const spec = mod.default;
	if (!spec || spec.id !== folderOf(path)) {
		throw new Error(
			`src/lib/charts/${path.slice(2)} must export default defineChart({ id: '${folderOf(path)}', … }): a chart's id is its folder's name`
		);
	}
	return spec;
});

/** The chart ids, for messages and the 404 page. */
export const CHART_IDS = CHART_SPECS.map((s) => s.id);

/** A chart's spec by id; an unknown id names the charts there are. */
export function chartSpec(id: string): AnyChartSpec {
	const spec = CHART_SPECS.find((s) => s.id === id);
	if (!spec) throw new Error(`unknown chart "${id}"; the charts are: ${CHART_IDS.join(', ')}`);
	return spec;
}

/**
 * The file name (without `.svelte`) of the component a spec imports, in its own folder: the chart's
 * island loads it by this name. A spec must import its component from its own folder.
 */
export function componentName(spec: AnyChartSpec): string {
	const found = Object.entries(components).find(
		([path, mod]) => folderOf(path) === spec.id && mod.default === spec.component
	);
	if (!found) {
		throw new Error(
			`chart ${spec.id}: its spec's component is not a .svelte file of src/lib/charts/${spec.id}/`
		);
	}
	return found[0].split('/')[2].replace(/\.svelte$/, '');
}
