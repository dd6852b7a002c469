// The data-side holes the adversarial review of `npm run verify` found (issue 21, item 4): each
// row is an edit of the fixture data folder (tests/fixtures/hostile/data) that once reached the
// built site, or crashed the build, and the rule and place of the first problem verify must now
// answer with. Places come from searching the fixture's text; the wording is never asserted.
import { describe, it, expect } from 'vitest';
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { AnyChartSpec } from '$lib/charts/chart-spec';
import { FIXTURE_CHARTS } from '../fixtures/hostile/charts';
import {
	applyEdit,
	cell,
	dataCopy,
	editSpecs,
	entries,
	problemsOf,
	expectAnswer,
	type Edit,
	type Expected,
	type SpecEdit
} from './edits';
import { FIXTURE, positionOf } from './fixture-places';

type Case = [what: string, file: string, edit: Edit | SpecEdit, expected: Expected | null];

const claimCell = (id: string, field: string) => ({
	file: 'claims.csv',
	cell: [`${id},`, field] as [string, string],
	id,
	field
});

/** The fighters chart with a number column read from a claim's value, as held-shares reads one. */
const VALUE_COLUMN: SpecEdit = (() => {
	const spec = FIXTURE_CHARTS.find((s) => s.id === 'fighters')!;
	return {
		chart: 'fighters',
		set: {
			columns: [...spec.columns, { key: 'lost', type: 'number', description: 'Share lost' }],
			build: (ctx) => {
				const built = spec.build(ctx);
				const lost = ctx.claim('lost-95').value ?? NaN;
				return { ...built, rows: built.rows.map((r) => ({ ...r, lost })) };
			}
		} as Partial<AnyChartSpec>
	};
})();

// prettier-ignore
const CASES: Case[] = [
	// #7–#9: a text cut from its quote past the hedge or count word right before it.
	['a text that drops the quote’s hedge ("about a third" to "a third")', 'claims.csv', cell('held-third-004', 'text', 'a third'), { code: 'text-drops-hedge', ...claimCell('held-third-004', 'text'), names: ['about'] }],
	// #10: a number the quote writes with its unit, shown without it.
	['a percent unit emptied', 'claims.csv', cell('lost-95', 'unit', ''), { code: 'unit-missing', ...claimCell('lost-95', 'unit'), names: ['percent'] }],
	['a fighters unit emptied on a range', 'claims.csv', cell('fighters-qaim-001', 'unit', ''), { code: 'unit-missing', ...claimCell('fighters-qaim-001', 'unit'), names: ['fighters'] }],
	// #65: an event_date_basis quoting words its report does not print.
	['an event_date_basis that says the report prints a month', 'claims.csv', cell('rawa-retaken', 'event_date_basis', 'The report prints “November 2017”.'), { code: 'basis-quote-not-printed', ...claimCell('rawa-retaken', 'event_date_basis'), names: ['November 2017'] }],
	['an event_date_basis quoting the report, capitalised (accepted)', 'claims.csv', cell('rawa-retaken', 'event_date_basis', '“On Friday” read as a Friday in November 2017.'), null],
	// #81, #82: a month the relative words cannot mean, against the report's date bounds.
	['a "Friday" of a November report dated September', 'claims.csv', cell('rawa-retaken', 'event_date', '2017-09'), { code: 'event-date-not-its-words', ...claimCell('rawa-retaken', 'event_date'), names: ['Friday'] }],
	['a "Friday" of a report written from 1 November dated October (accepted: 27 October can be its Friday)', 'claims.csv', cell('rawa-retaken', 'event_date', '2017-10'), null],
	// #61: a credit's role its printed words do not say.
	['a credit whose role its words do not say', 'articles.json', entries((l) => { l[0].credits = [{ role: 'photo', text: 'the coalition said', paragraph: 2 }]; }), { code: 'credit-role-not-printed', file: 'articles.json', field: '[0].credits[0].role' }],
	['a credit of an unknown role', 'articles.json', entries((l) => { l[0].credits = [{ role: 'photo credit', text: 'the coalition said', paragraph: 2 }]; }), { code: 'invalid-value', file: 'articles.json', field: '[0].credits[0].role' }],
	// #90: the page published before the last report was written.
	['published: before the last report was written', 'story.aml', ['published: 2026-11-20', 'published: 2017-11-02'], { code: 'published-before-reports', file: 'story.aml', field: 'published', line: positionOf('story.aml', 'published:').line, names: ['Article B'] }],
	['published: on the last report’s day (accepted)', 'story.aml', (t) => t.replace('published: 2026-11-20', 'published: 2017-11-04').replace('updated: 2026-11-22', 'updated: 2017-11-04'), null],
	// #107: a chart reading a number from a claim that gives none.
	['a chart reads value from a claim that now gives a text', 'claims.csv', (t) => cell('lost-95', 'text', '95 percent')(cell('lost-95', 'value', '')(cell('lost-95', 'unit', '')(t))), { code: 'chart-cell-wrong-type', file: 'src/lib/charts/fighters/spec.ts', id: 'fighters', names: ['lost'] }]
];

/** Runs one case on a copy of the fixture; the #107 case also reads a number column. */
const run = ([, file, edit, expected]: Case, specs = FIXTURE_CHARTS) =>
	expectAnswer(FIXTURE, file, edit, expected, specs);

describe('data-side holes of the adversarial review', () => {
	it.each(CASES.filter((c) => c[3]?.code !== 'chart-cell-wrong-type'))('%s (%s)', (...c) => run(c));

	it.each(CASES.filter((c) => c[3]?.code === 'chart-cell-wrong-type'))('%s (%s)', (...c) =>
		run(c, editSpecs(FIXTURE_CHARTS, VALUE_COLUMN))
	);

	it('builds the fixture with the number column while the claim gives its value', () => {
		expect(problemsOf(FIXTURE, editSpecs(FIXTURE_CHARTS, VALUE_COLUMN))).toEqual([]);
	});
});

/** data/places.json, and the line of the first line holding `needle`. */
const PLACES = 'data/places.json';
const placesLine = (needle: string) =>
	readFileSync(PLACES, 'utf8')
		.split('\n')
		.findIndex((l) => l.includes(needle)) + 1;

// #50, #55 (and #51, #54): the map's places.json, copied into the fixture folder and edited.
// prettier-ignore
const PLACE_CASES: [what: string, edit: Edit, expected: Omit<Expected, 'file'>][] = [
	['Mosul moved off its country (lat 36 to 46)', ['"lat": "36.335"', '"lat": "46.335"'], { code: 'town-outside-country', id: 'mosul', line: placesLine('"lat": "36.335"') }],
	['Raqqa’s lat and lng swapped', (t) => t.replace(/"lat": "35\.95283",(\s*)"lng": "39\.00788"/, '"lat": "39.00788",$1"lng": "35.95283"'), { code: 'town-outside-country', id: 'raqqa', line: placesLine('"lat": "35.95283"') }],
	['a town’s GeoNames entry renamed', ['"name": "Deir ez-Zor"', '"name": "Deir ez-Zur"'], { code: 'town-not-in-places', id: 'deir-ez-zor' }]
];

describe('the map’s places.json in a data folder', () => {
	it.each(PLACE_CASES)('%s', (_, edit, expected) => {
		const dir = dataCopy(FIXTURE);
		try {
			copyFileSync(PLACES, join(dir, 'places.json'));
			applyEdit(dir, 'places.json', edit);
			const problems = problemsOf(dir, FIXTURE_CHARTS);
			expect(problems[0]).toMatchObject({ file: 'places.json', ...expected });
			expect(problems.length).toBeLessThanOrEqual(3);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('accepts the project’s places.json as it is', () => {
		const dir = dataCopy(FIXTURE);
		try {
			copyFileSync(PLACES, join(dir, 'places.json'));
			expect(problemsOf(dir, FIXTURE_CHARTS)).toEqual([]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
