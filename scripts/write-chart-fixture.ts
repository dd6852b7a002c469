// Writes tests/fixtures/charts.json: a frozen copy of the charts' data for the golden tests.
// Run on purpose (`npx tsx scripts/write-chart-fixture.ts`) when the chart data should change.
import { writeFileSync } from 'node:fs';
import { readSiteContent } from '../src/lib/server/content.ts';
import { pickEvidence } from '../src/lib/server/page-evidence.ts';

const content = readSiteContent();
const { charts, map, derived } = content;
const ids = [...charts.flatMap((c) => c.claim_ids), ...derived.map((d) => d.id)];
const fixture = {
	charts,
	map,
	evidence: pickEvidence(ids, content)
};
writeFileSync('tests/fixtures/charts.json', JSON.stringify(fixture, null, 1) + '\n');
console.log('wrote tests/fixtures/charts.json');
