// The site pipeline on the project's data, and on copies of it broken on purpose: each break stops
// the build with a problem naming its rule (code), the file and the place (claim, step, field).
import { describe, it, expect } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EvidenceError } from '$lib/evidence/problems';
import { CHART_SPECS } from '$lib/charts/registry';
import type { AnyChartSpec } from '$lib/charts/chart-spec';
import { readSite } from './site';
import { testSite } from '../../../tests/setup/site';
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
		const site = testSite();
		expect(site.evidence.claims.length).toBeGreaterThan(60);
		expect(site.charts.map((c) => c.id).sort()).toEqual(CHART_SPECS.map((s) => s.id).sort());
		expect(site.charts.map((c) => c.id)).toEqual(
			site.story.sections.flatMap((s) => (s.chart ? [s.chart] : []))
		);
	});

	it('gives each chart exactly the claims its figures show', () => {
		const site = testSite();
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
				from: 'the group’s main stronghold in Iraq, {{mosul-recaptured-july-003}}',
				to: 'the group’s main stronghold in Iraq, {{mosul-recaptured-july-003}} {{mosul-lost-000}}'
			})
		);
		const before = testSite().charts.find((c) => c.id === 'town-sequence')!;
		const after = site.charts.find((c) => c.id === 'town-sequence')!;
		expect(after.rows).toEqual(before.rows);
		expect(before.rows.map((r) => r.claim_id)).not.toContain('report-date-003');
	});
});

describe('broken data stops the build with a problem naming its rule and place', () => {
	/** Each problem's rule and place, without its words. */
	const placed = (e: EvidenceError) =>
		e.problems.map(({ code, file, id, field }) => ({ code, file, id, field }));

	it('a missing article', () => {
		const dir = dataCopy();
		rmSync(join(dir, 'articles', '003_3db61b1766599d43.txt'));
		const e = errorOf(() => readEvidence(dir));
		expect(placed(e)).toContainEqual({
			code: 'report-missing',
			file: 'articles.json',
			id: '003_3db61b1766599d43.txt',
			field: '[3].file'
		});
		expect(placed(e)).toContainEqual({
			code: 'unknown-article',
			file: 'claims.csv',
			id: 'territory-lost-96-003',
			field: 'article'
		});
	});

	it('a quote edited by one word in claims.csv', () => {
		const e = siteError('claims.csv', 'lost 95 percent', 'lost 59 percent');
		expect(e.problems[0]).toMatchObject({
			code: 'quote-not-verbatim',
			file: 'claims.csv',
			id: 'territory-lost-95-000',
			field: 'quote'
		});
		expect(e.problems[0].message).toContain('000_3d5b7d1f4eb75c55.txt');
	});

	it('a story that cites a claim that does not exist', () => {
		const e = siteError('story.aml', '{{fighters-qaim-001}}', '{{fighters-qaim-999}}');
		expect(placed(e)).toContainEqual({
			code: 'unknown-claim',
			file: 'story.aml',
			id: 'fighters-dillon',
			field: 'text'
		});
	});

	it('a spelling that names another town than the claim’s place', () => {
		const e = siteError(
			'claims.csv',
			'qaim-taken-002,002_932e1e48f0a2b358.txt,11,Iraq’s military said Friday that its forces have taken control of Qaim,town_status,,,,Friday,,,al-qaim,',
			'qaim-taken-002,002_932e1e48f0a2b358.txt,11,Iraq’s military said Friday that its forces have taken control of Qaim,town_status,,,,Friday,,,rawa,'
		);
		expect(placed(e)).toContainEqual({
			code: 'spelling-of-other-place',
			file: 'claims.csv',
			id: 'qaim-taken-002',
			field: 'place'
		});
	});

	it('a figure typed into the copy', () => {
		const e = siteError(
			'story.aml',
			'That sum is ours, not his.',
			'That sum is ours, not his: 3,500.'
		);
		expect(placed(e)).toContainEqual({
			code: 'typed-figure',
			file: 'story.aml',
			id: 'fighters-sum',
			field: 'text'
		});
	});

	it('a misspelt state, naming the step and the allowed states', () => {
		const e = siteError('story.aml', 'state: britain', 'state: britian');
		const [p] = e.problems;
		expect(p).toMatchObject({ code: 'unknown-state', id: 'height-britain', field: 'state' });
		for (const state of CHART_SPECS.find((s) => s.id === 'caliphate-size')!.states)
			expect(p.message).toContain(state);
	});

	it('a misspelt chart, naming the section and the charts', () => {
		const e = siteError('story.aml', 'chart: fighters', 'chart: fighter');
		const [p] = e.problems;
		expect(p).toMatchObject({ code: 'unknown-chart', id: 'fighters', field: 'chart' });
		for (const spec of CHART_SPECS) expect(p.message).toContain(spec.id);
	});

	it('a town the map does not have (a misspelt map state)', () => {
		const e = siteError('story.aml', 'state: rawa', 'state: rawwa');
		expect(e.problems[0]).toMatchObject({ code: 'unknown-state', id: 'town-rawa', field: 'state' });
	});

	it('a town: field, which steps do not have (the map takes its towns from data)', () => {
		const e = siteError('story.aml', 'state: rawa', 'state: rawa\ntown: rawwa');
		expect(e.problems[0]).toMatchObject({ code: 'unknown-field', id: 'town-rawa', field: 'town' });
	});

	it('a state a chart has but no step shows', () => {
		const fighters = CHART_SPECS.find((s) => s.id === 'fighters')!;
		const specs = CHART_SPECS.map((s) =>
			s === fighters ? { ...fighters, states: [...fighters.states, 'coalition'] } : s
		);
		const e = errorOf(() => readSite(dataCopy(), specs));
		expect(e.problems[0]).toMatchObject({ code: 'state-not-shown', id: 'fighters' });
		expect(e.problems[0].message).toContain('"coalition"');
	});

	it('a duplicate step id', () => {
		const e = siteError('story.aml', 'id: lost-96', 'id: lost-95');
		expect(e.problems[0]).toMatchObject({ code: 'duplicate-id', id: 'lost-95', field: 'id' });
	});

	it('a chart whose data is missing a claim, naming the chart', () => {
		const e = siteError(
			'claims.csv',
			'fighters-euphrates-jarrard-002,',
			'fighters-euphrates-jarrad-002,'
		);
		expect(placed(e)).toContainEqual({
			code: 'unknown-claim',
			file: 'src/lib/charts/fighters/spec.ts',
			id: 'fighters',
			field: undefined
		});
		// …and, in the same run, the story step that cites it.
		expect(placed(e)).toContainEqual({
			code: 'unknown-claim',
			file: 'story.aml',
			id: 'fighters-jarrard',
			field: 'text'
		});
	});
});

describe('the town sequence takes events only', () => {
	const site = testSite();
	const claim = (id: string) => site.evidence.claims.find((c) => c.claim_id === id)!;
	const ctx = {
		claim,
		derived: () => {
			throw new Error('no derived figure here');
		},
		figure: () => ({ text: 'x', claims: [] }),
		derivedFigure: () => ({ text: 'x', claims: [] }),
		reports: () => ({ text: 'x', claims: [] }),
		sources: () => 1,
		writtenFrom: () => null,
		map: site.map
	};

	it('refuses a report’s date shown as an event of a town', () => {
		// It names the claim and the town.
		expect(() =>
			buildTownSequence(ctx, [{ town: 'deir-ez-zor', events: [['report-date-003']] }])
		).toThrow(/report-date-003.*deir-ez-zor/);
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
		// It names both claims and both dates.
		expect(() => buildTownSequence(ctx, town('albu-kamal-counterattack-000'))).toThrow(
			/albu-kamal-counterattack-000.*\(2017\).*albu-kamal-still-held-002.*\(2017-11-03\b/
		);
	});

	it('calls an account earlier when the report that gives the town’s status was written after it', () => {
		// "Earlier this month" (November 2017) in a report written from 10 November: the accounts of
		// 3 November come before it; an account of 12 November would not.
		const written = (from: string | null) => ({ ...ctx, writtenFrom: () => from });
		const town = [
			{ town: 'al-qaim', earlier: [['qaim-taken-002']], events: [['qaim-earlier-this-month-000']] }
		];
		expect(() => buildTownSequence(written('2017-11-10'), town)).not.toThrow();
		expect(() => buildTownSequence(written('2017-11-03'), town)).toThrow(/qaim-taken-002/);
		expect(() => buildTownSequence(written(null), town)).toThrow(/qaim-taken-002/);
	});
});
