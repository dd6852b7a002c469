// Writes tests/fixtures/charts.json: a frozen copy of the charts' data for the golden tests.
// Run on purpose (`npx tsx scripts/write-chart-fixture.ts`) when the chart data should change.
import { writeFileSync } from 'node:fs';
import { readSiteContent } from '../src/lib/server/content.ts';
import { pickEvidence } from '../src/lib/story/citations.svelte.ts';

const { charts, map, derived, evidence } = readSiteContent();
const ids = [...charts.flatMap((c) => c.claim_ids), ...derived.map((d) => d.id)];
const fixture = {
	charts,
	map,
	evidence: pickEvidence(ids, evidence.claims, derived, evidence.articles, '/sources')
};
writeFileSync('tests/fixtures/charts.json', JSON.stringify(fixture, null, 1) + '\n');
console.log('wrote tests/fixtures/charts.json');
