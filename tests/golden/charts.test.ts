// Golden markup: each chart, server-rendered from the pipeline's own output (readSite on data/) in
// a given state, must match its file in tests/golden/__snapshots__/ (SVG plus its HTML labels).
// `npx vitest run -u tests/golden` rewrites them after an intended change; under CI (CI=true) a
// missing file fails instead of being written.
import { SCOPE_CLASS } from '$lib/scope-class.js';
import { describe, it, expect } from 'vitest';
import { render } from 'svelte/server';
import ChartHarness from './ChartHarness.svelte';
import type { BuiltChart } from '$lib/charts/chart-spec';
import { testSite } from '../setup/site';

const { charts } = testSite();

/** Drops what changes between compiler runs but not in what the reader gets: hydration markers, source line breaks. */
function normalise(html: string): string {
	return html
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(SCOPE_CLASS, '')
		.replace(/ class=""/g, '')
		.replace(/\s+/g, ' ')
		.replace(/></g, '>\n<');
}

const renderChart = (chart: BuiltChart, state?: string) =>
	normalise(render(ChartHarness, { props: { chart, state } }).body);

/** Every chart in its first step state and its final state. */
const cases = charts.flatMap((c) => [
	[c.id, c.states[0]],
	[c.id, 'final']
]);

describe('golden chart markup', () => {
	it('has a case for every chart', () => {
		expect(new Set(cases.map(([id]) => id)).size).toBe(charts.length);
		expect(charts.length).toBeGreaterThanOrEqual(5);
	});

	it.each(cases)('%s in state %s matches its golden file', async (id, state) => {
		const chart = charts.find((c) => c.id === id)!;
		await expect(renderChart(chart, state === 'final' ? undefined : state)).toMatchFileSnapshot(
			`./__snapshots__/${id}.${state}.html`
		);
	});

	it('draws different markup for different data (the comparison is not vacuous)', () => {
		const chart = structuredClone(charts.find((c) => c.id === 'fighters')!);
		const before = renderChart(chart);
		(chart.props.bars as { low: number }[])[0].low -= 500;
		expect(renderChart(chart)).not.toBe(before);
	});
});
