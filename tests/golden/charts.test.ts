// Golden markup tests: each chart, server-rendered from fixture data in a given state, must match
// the committed file in tests/golden/ (SVG plus its HTML labels). Update on purpose with UPDATE_GOLDEN=1.
import { describe, it, expect } from 'vitest';
import { render } from 'svelte/server';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import ChartHarness from './ChartHarness.svelte';
import type { ChartData } from '$lib/charts';
import type { MapData } from '$lib/geography';
import type { CitationData } from '$lib/story/citations.svelte';

const fixture = JSON.parse(readFileSync('tests/fixtures/charts.json', 'utf8')) as {
	charts: ChartData[];
	map: MapData;
	evidence: CitationData;
};

/** Drops what changes between compiler runs but not in what the reader gets: scoped-class hashes, hydration markers, source line breaks. */
function normalise(html: string): string {
	return html
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/\s?svelte-[a-z0-9]+/g, '')
		.replace(/ class=""/g, '')
		.replace(/\s+/g, ' ')
		.replace(/></g, '>\n<');
}

const cases: [string, string | undefined][] = [
	['caliphate-size', 'britain'],
	['caliphate-size', undefined],
	['territory-lost', 'whole'],
	['territory-lost', undefined],
	['held-shares', 'iraq'],
	['held-shares', undefined],
	['town-sequence', 'mosul'],
	['town-sequence', 'albu-kamal'],
	['town-sequence', undefined],
	['fighters', 'dillon'],
	['fighters', undefined]
];

describe('golden chart markup', () => {
	it.each(cases)('%s in state %s matches tests/golden', (id, state) => {
		const chart = fixture.charts.find((c) => c.id === id);
		if (!chart) throw new Error(`fixture has no chart ${id}`);
		const { body } = render(ChartHarness, {
			props: { chart, state, map: chart.map ? fixture.map : undefined, evidence: fixture.evidence }
		});
		const html = normalise(body);
		const file = join('tests/golden', `${id}.${state ?? 'final'}.html`);
		if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
			if (!process.env.UPDATE_GOLDEN && process.env.CI) {
				throw new Error(`missing golden file ${file}: run UPDATE_GOLDEN=1 npx vitest run tests/golden`);
			}
			writeFileSync(file, html);
		}
		expect(html).toBe(readFileSync(file, 'utf8'));
	});

	it('changes when the data changes (the comparison is not vacuous)', () => {
		const chart = structuredClone(fixture.charts.find((c) => c.id === 'fighters')!);
		chart.rows[0].low = Number(chart.rows[0].low) - 500;
		const { body } = render(ChartHarness, { props: { chart, evidence: fixture.evidence } });
		expect(normalise(body)).not.toBe(readFileSync('tests/golden/fighters.final.html', 'utf8'));
	});
});
