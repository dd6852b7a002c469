// The site pipeline on the project's data, and on copies of it broken on purpose: each break stops
// the build with a message naming the file, the place and what is allowed.
import { describe, it, expect } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EvidenceError } from '$lib/evidence/problems';
import { CHART_SPECS } from '$lib/charts/registry';
import type { AnyChartSpec } from '$lib/charts/chart-spec';
import { readSite } from './site';
import { buildTownSequence } from '$lib/charts/town-sequence/spec';
import { readEvidence } from './evidence-files';

/** A copy of data/ with one file edited. */
function dataCopy(edit?: { file: string; from: string; to: string }): string {
	const dir = mkdtempSync(join(tmpdir(), 'last-towns-data-'));
	cpSync('data', dir, { recursive: true });
	if (edit) {
		const path = join(dir, edit.file);
		const before = readFileSync(path, 'utf8');
		const after = before.replace(edit.from, edit.to);
		if (after === before) throw new Error(`the edit did not apply: ${edit.from}`);
		writeFileSync(path, after);
	}
	return dir;
}

function errorOf(fn: () => unknown): EvidenceError {
	try {
		fn();
	} catch (e) {
		if (e instanceof EvidenceError) return e;
		throw e;
	}
	throw new Error('expected an EvidenceError');
}

const siteError = (file: string, from: string, to: string, specs?: AnyChartSpec[]) =>
	errorOf(() => readSite(dataCopy({ file, from, to }), specs));

describe('the project data', () => {
	it('verifies and builds every chart the registry finds, in the order the story shows them', () => {
		const site = readSite();
		expect(site.evidence.claims.length).toBeGreaterThan(60);
		expect(site.charts.map((c) => c.id).sort()).toEqual(CHART_SPECS.map((s) => s.id).sort());
		expect(site.charts.map((c) => c.id)).toEqual(
			site.story.sections.flatMap((s) => (s.chart ? [s.chart] : []))
		);
	});

	it('gives each chart exactly the claims its figures show', () => {
		const site = readSite();
		const fighters = site.charts.find((c) => c.id === 'fighters')!;
		expect(fighters.claims).toContain('fighters-qaim-004');
		expect(fighters.claims).not.toContain('size-britain-000');
		expect(fighters.derived).toContain('fighters-dillon-sum');
		// The rest are our counts of the reports that carry each estimate.
		for (const id of fighters.derived.filter((d) => d !== 'fighters-dillon-sum')) {
			expect(id).toMatch(/^reports-/);
		}
		const held = site.charts.find((c) => c.id === 'held-shares')!;
		expect(held.claims).toHaveLength(3);
	});

	it('takes the town sequence and its statuses from data, not from what the prose cites', () => {
		const site = readSite(
			dataCopy({
				file: 'story.aml',
				from: 'recaptured {{mosul-recaptured-july-003}}',
				to: 'recaptured {{mosul-recaptured-july-003}} {{mosul-lost-000}}'
			})
		);
		const before = readSite().charts.find((c) => c.id === 'town-sequence')!;
		const after = site.charts.find((c) => c.id === 'town-sequence')!;
		expect(after.rows).toEqual(before.rows);
		expect(before.rows.map((r) => r.claim_id)).not.toContain('report-date-003');
	});
});

describe('broken data stops the build with a message naming the problem', () => {
	it('a missing article', () => {
		const dir = dataCopy();
		rmSync(join(dir, 'articles', '003_3db61b1766599d43.txt'));
		const e = errorOf(() => readEvidence(dir));
		expect(e.message).toContain(
			'describes 003_3db61b1766599d43.txt, which is not in data/articles/'
		);
		expect(e.message).toMatch(
			/claim territory-lost-96-003: article "003_3db61b1766599d43.txt" is not one of the articles/
		);
	});

	it('a quote edited by one word in claims.csv', () => {
		const e = siteError('claims.csv', 'lost 95 percent', 'lost 59 percent');
		expect(e.message).toContain(
			'claim territory-lost-95-000: the quote is not verbatim in 000_3d5b7d1f4eb75c55.txt'
		);
		expect(e.message).toContain('"59" (article: "95")');
	});

	it('a story that cites a claim that does not exist', () => {
		const e = siteError('story.aml', '{{fighters-qaim-001}}', '{{fighters-qaim-999}}');
		expect(e.message).toContain(
			'story.aml summary point 4: cites claim "fighters-qaim-999", which is not in claims.csv'
		);
	});

	it('a spelling that names another town than the claim’s place', () => {
		const e = siteError(
			'claims.csv',
			'qaim-taken-002,002_932e1e48f0a2b358.txt,11,Iraq’s military said Friday that its forces have taken control of Qaim,town_status,,,,Friday,,,al-qaim,',
			'qaim-taken-002,002_932e1e48f0a2b358.txt,11,Iraq’s military said Friday that its forces have taken control of Qaim,town_status,,,,Friday,,,rawa,'
		);
		expect(e.message).toContain(
			'claim qaim-taken-002: place_as_written "Qaim" is a spelling of al-qaim, but place is "rawa"'
		);
	});

	it('a figure typed into the copy', () => {
		const e = siteError(
			'story.aml',
			'The reports give no numerical total for the towns together.',
			'The reports give no total, 3,500.'
		);
		expect(e.message).toContain('"3,500." is a figure typed into the copy');
	});

	it('a misspelt state, naming the step and the allowed states', () => {
		const e = siteError('story.aml', 'state: britain', 'state: britian');
		expect(e.message).toContain(
			'story.aml step height-britain: state: "britian" is not a state of chart caliphate-size; its states are: declared, britain, belgium, third'
		);
	});

	it('a misspelt chart, naming the section and the charts', () => {
		const e = siteError('story.aml', 'chart: fighters', 'chart: fighter');
		const charts = readSite().charts.map((c) => c.id);
		expect(charts).toContain('fighters');
		expect(e.message).toContain(
			`story.aml section fighters: chart: "fighter" is not a chart; the charts are: ${charts.join(', ')}`
		);
	});

	it('a town the map does not have (a misspelt map state)', () => {
		const e = siteError('story.aml', 'state: rawa', 'state: rawwa');
		expect(e.message).toContain(
			'state: "rawwa" is not a state of chart town-sequence; its states are: mosul, raqqa, deir-ez-zor, al-qaim-border-crossing, al-qaim, rawa, albu-kamal'
		);
	});

	it('a town: field, which steps do not have (the map takes its towns from data)', () => {
		const e = siteError('story.aml', 'state: rawa', 'state: rawa\ntown: rawwa');
		expect(e.message).toContain(
			'story.aml step town-rawa: has an unknown field "town:"; the fields are: id, state, text, alt'
		);
	});

	it('a state a chart has but no step shows', () => {
		const fighters = CHART_SPECS.find((s) => s.id === 'fighters')!;
		const specs = CHART_SPECS.map((s) =>
			s === fighters ? { ...fighters, states: [...fighters.states, 'coalition'] } : s
		);
		const e = errorOf(() => readSite(dataCopy(), specs));
		expect(e.message).toContain(
			'story.aml section fighters: chart fighters has a state "coalition" that no step shows'
		);
	});

	it('a duplicate step id', () => {
		const e = siteError('story.aml', 'id: lost-96', 'id: lost-95');
		expect(e.message).toContain(
			'story.aml step lost-95: id "lost-95" is already used by story.aml step lost-95'
		);
	});

	it('a chart whose data is missing a claim, naming the chart', () => {
		const e = siteError(
			'claims.csv',
			'fighters-euphrates-jarrard-002,',
			'fighters-euphrates-jarrad-002,'
		);
		expect(e.message).toContain(
			'chart fighters (src/lib/charts/fighters/spec.ts): claim "fighters-euphrates-jarrard-002"'
		);
		// …and, in the same run, the story step that cites it.
		expect(e.message).toContain(
			'story.aml step fighters-jarrard: cites claim "fighters-euphrates-jarrard-002"'
		);
	});
});

describe('the town sequence takes events only', () => {
	const site = readSite();
	const claim = (id: string) => site.evidence.claims.find((c) => c.claim_id === id)!;
	const ctx = {
		claim,
		derived: () => {
			throw new Error('no derived figure here');
		},
		figure: () => ({ text: 'x', claims: [] }),
		derivedFigure: () => ({ text: 'x', claims: [] }),
		reports: () => ({ text: 'x', claims: [] }),
		map: site.map
	};

	it('refuses a report’s date shown as an event of a town', () => {
		expect(() =>
			buildTownSequence(ctx, [{ town: 'deir-ez-zor', events: [['report-date-003']] }])
		).toThrow(
			"claims report-date-003 are shown as one event of deir-ez-zor but have statuses (none): an event is a claim with a status (a report's date is not an event)"
		);
		expect(() =>
			buildTownSequence(ctx, [{ town: 'deir-ez-zor', events: [['deir-ez-zor-victory-002']] }])
		).not.toThrow();
	});

	it('calls an event earlier only when its date ends before the town’s dated events', () => {
		const town = (earlier: string) => [
			{ town: 'albu-kamal', events: [['albu-kamal-still-held-002']], earlier: [[earlier]] }
		];
		// "last month" (October 2017) ends before 3 November 2017.
		expect(() => buildTownSequence(ctx, town('albu-kamal-retaken-last-month-000'))).not.toThrow();
		// "last week" (2017, late October to mid-November) does not.
		expect(() => buildTownSequence(ctx, town('albu-kamal-counterattack-000'))).toThrow(
			"albu-kamal: claim albu-kamal-counterattack-000 is shown as earlier, but its date (2017) does not end before claim albu-kamal-still-held-002's (2017-11-03)"
		);
	});
});
