// Writes tests/fixtures/charts.json: a frozen copy of what each chart is sent, for the golden tests.
// Run on purpose (`npx tsx scripts/write-chart-fixture.ts`) when the chart data should change.
import { writeFileSync } from 'node:fs';
import { readSite } from '../src/lib/server/site.ts';
import { pageChart } from '../src/lib/server/pages.ts';

const site = readSite();
const fixture = { charts: site.charts.map((c) => ({ ...pageChart(site, c), states: c.states })) };
writeFileSync('tests/fixtures/charts.json', JSON.stringify(fixture, null, 1) + '\n');
console.log('wrote tests/fixtures/charts.json');
