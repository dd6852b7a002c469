// The relation checks on small made-up data: each check kind holds, and fails once its data is
// reversed; every relational word must sit in an annotated phrase of its own step; and a stale
// phrase, an unknown check or id, or a malformed entry each has its own code.
import { describe, it, expect } from 'vitest';
import archieml from 'archieml';
import type { ArticleMeta } from '$lib/evidence/articles';
import type { Claim } from '$lib/evidence/claim-schema';
import type { DerivedFigure } from '$lib/evidence/derived';
import type { MapTown } from '$lib/geography';
import { copyFromArchie } from './copy';
import { RELATION_KINDS, lastDay, type RelationData } from './relation-kinds';
import { checkRelations, splitChecks } from './relations';

const claim = (claim_id: string, article: string, more: Partial<Claim> = {}): Claim => ({
	claim_id,
	article,
	paragraph: 1,
	quote: '',
	metric: '',
	value: null,
	low: null,
	high: null,
	text: null,
	unit: '',
	qualifier: '',
	place: '',
	place_as_written: '',
	attributed_to: 'the article',
	event_date: '',
	event_date_basis: '',
	status: '',
	...more
});
const report = (file: string, earliest: string, latest: string): ArticleMeta => ({
	file,
	label: `Article ${file[0].toUpperCase()}`,
	headline: null,
	subheads: [],
	dateline: null,
	date: null,
	date_display: '',
	date_evidence: null,
	date_evidence_paragraph: null,
	date_basis: '',
	date_bounds: { earliest, latest },
	credits: []
});
const town = (id: string, lon: number, country: 'IQ' | 'SY'): MapTown => ({
	id,
	name: id,
	geonamesName: id,
	country,
	lon,
	lat: 34.4,
	x: 0,
	y: 0
});
const figure = (id: string, value: number | null, low = null as number | null, high = low) =>
	({ id, display: '', claim_ids: [], how: '', value, low, high }) as DerivedFigure;

/** A small world: two reports a week apart, three towns west to east on one river, one chart. */
function world(): RelationData {
	return {
		claims: [
			claim('early', 'a.txt', { event_date: '2017-11-03' }),
			claim('same', 'a.txt', { event_date: '2017-11-03' }),
			claim('late', 'b.txt', { event_date: '2017-11' }),
			claim('big', 'b.txt', { value: 100, qualifier: 'more than' }),
			claim('small', 'a.txt', { value: 40 }),
			claim('range', 'b.txt', { low: 10, high: 30 }),
			claim('narrow', 'a.txt', { low: 10, high: 15 })
		],
		articles: [
			report('a.txt', '2017-11-03', '2017-11-03'),
			report('b.txt', '2017-11-10', '2017-11-30')
		],
		articleTexts: { 'a.txt': 'It was the last town they still held.', 'b.txt': 'Later news.' },
		derived: [figure('area', 10), figure('sum', null, 20, 40)],
		towns: [town('west', 40, 'SY'), town('mid', 41, 'IQ'), town('east', 42, 'IQ')],
		rivers: {
			euphrates: {
				type: 'MultiLineString',
				coordinates: [
					[
						[39, 34.4],
						[43, 34.4]
					]
				]
			}
		},
		charts: [
			{
				id: 'c',
				title: 'A chart',
				description: 'Its items.',
				props: { items: [{ id: 'x' }, { id: 'y' }] }
			}
		]
	};
}

const find = <T extends { id: string }>(xs: T[], id: string) => xs.find((x) => x.id === id)!;
const claimOf = (d: RelationData, id: string) => d.claims.find((c) => c.claim_id === id)!;

/** One step of copy with its relations, as story.aml would write it. */
function story(text: string, entries: string, { more = '', alt = 'A chart.' } = {}) {
	const source = `title: T
dek: D
description: D
credit: c
published: 2026-01-01
updated: 2026-01-01
[sections]
id: s
heading: H
chart: c
${more}
[.steps]
id: one
state: a
text: ${text}
alt: ${alt}
[.relations]
${entries}
[]

id: two
state: b
text: Nothing here.
alt: Nothing.
[]
[]
`;
	const { copy: story, relations, problems } = copyFromArchie(archieml.load(source));
	expect(problems).toEqual([]);
	return { story, relations, source };
}

const codesOf = (text: string, relations: string, data = world(), more = '') => {
	const copy = story(text, relations, { more });
	return checkRelations(copy, data).map((p) => p.code);
};

/** Each kind: a check that holds on the small world, and how to reverse its data. */
// prettier-ignore
const KINDS: [kind: string, check: string, reverse: (d: RelationData) => void][] = [
	['report-says', 'report-says early "the last town they still held"', (d) => { d.articleTexts['a.txt'] = 'It was a town.'; }],
	['qualifier', 'qualifier big "more than"', (d) => { claimOf(d, 'big').qualifier = ''; }],
	['later-than', 'later-than late early', (d) => { d.articles[1].date_bounds!.earliest = '2017-11-01'; }],
	['same-day', 'same-day early same', (d) => { claimOf(d, 'same').event_date = '2017-11-04'; }],
	['more', 'more big small', (d) => { claimOf(d, 'small').value = 100; }],
	['far-more', 'far-more big small', (d) => { claimOf(d, 'small').value = 60; }],
	['nearer', 'nearer big small =area', (d) => { find(d.derived, 'area').value = 90; }],
	['wider', 'wider range narrow', (d) => { claimOf(d, 'narrow').high = 40; }],
	['east-of', 'east-of east west', (d) => { find(d.towns, 'east').lon = 39; }],
	['west-of', 'west-of west east', (d) => { find(d.towns, 'west').lon = 43; }],
	['between', 'between mid west east', (d) => { find(d.towns, 'mid').lon = 43; }],
	['on-river', 'on-river mid euphrates', (d) => { find(d.towns, 'mid').lat = 35; }],
	['in-country', 'in-country mid iraq', (d) => { find(d.towns, 'mid').country = 'SY'; }],
	['across-border', 'across-border west mid', (d) => { find(d.towns, 'west').country = 'IQ'; }],
	['first-in', 'first-in c.items x', (d) => { (d.charts[0].props.items as unknown[]).reverse(); }],
	['next-in', 'next-in c.items x y', (d) => { (d.charts[0].props.items as unknown[]).reverse(); }],
	['more', 'more =sum.high range.high', (d) => { find(d.derived, 'sum').high = 30; }]
];

describe('each check kind', () => {
	it('has a case below (every kind but none)', () => {
		const tested = new Set(KINDS.map(([k]) => k));
		expect(Object.keys(RELATION_KINDS).filter((k) => !tested.has(k))).toEqual(['none']);
	});
	it.each(KINDS)('%s: "%s" holds, and fails once the data is reversed', (_, check, reverse) => {
		const relations = `phrase: came later\ncheck: ${check}`;
		expect(codesOf('It came later.', relations)).toEqual([]);
		const reversed = world();
		reverse(reversed);
		expect(codesOf('It came later.', relations, reversed)).toEqual(['relation-does-not-hold']);
	});
	it('later-than reads a month as running to its last day', () => {
		expect(lastDay('2017-11')).toBe('2017-11-30');
		expect(lastDay('2016-02')).toBe('2016-02-29');
		expect(lastDay('2017')).toBe('2017-12-31');
		const d = world();
		d.articles[1].date_bounds!.earliest = '2017-11-20';
		claimOf(d, 'early').event_date = '2017-11';
		expect(codesOf('It came later.', 'phrase: later\ncheck: later-than late early', d)).toEqual([
			'relation-does-not-hold'
		]);
	});
	it('same-day needs a whole day: the same month is not enough', () => {
		const d = world();
		claimOf(d, 'early').event_date = '2017-11';
		claimOf(d, 'same').event_date = '2017-11';
		expect(codesOf('On the same day.', 'phrase: same day\ncheck: same-day early same', d)).toEqual([
			'relation-does-not-hold'
		]);
	});
	it('none covers the words when it says why, and is malformed without why:', () => {
		expect(codesOf('Western eyes.', 'phrase: Western eyes\ncheck: none\nwhy: a name')).toEqual([]);
		expect(codesOf('Western eyes.', 'phrase: Western eyes\ncheck: none')).toEqual([
			'relation-malformed'
		]);
	});
});

describe('relational words need an annotated phrase', () => {
	it('a relational word no phrase covers fails, located at its line and column', () => {
		const copy = story('It came later.', '');
		const [p] = checkRelations(copy, world());
		const line = copy.source.split('\n').indexOf('text: It came later.') + 1;
		expect(p).toMatchObject({
			code: 'relation-unchecked-word',
			file: 'story.aml',
			id: 'one',
			field: 'text',
			line,
			column: 15
		});
	});
	it('a phrase covers its words in the step’s text and alt, and in no other step', () => {
		const relations = 'phrase: east of mid\ncheck: east-of east mid';
		const copy = story('Go east of mid.', relations, { alt: 'A map, east of mid.' });
		expect(checkRelations(copy, world())).toEqual([]);
		copy.story.sections[0].steps[1].text = ['It lies east of mid.'];
		expect(checkRelations(copy, world()).map((p) => [p.code, p.id, p.field])).toEqual([
			['relation-unchecked-word', 'two', 'text']
		]);
	});
	it('words inside a figure are not the copy’s: only plain text is scanned', () => {
		const copy = story('A figure: {{early}}.', '');
		expect(checkRelations(copy, world())).toEqual([]);
		copy.story.sections[0].steps[0].text = [
			'A figure, later: ',
			{ ref: 'claim', id: 'early', show: 'figure' }
		];
		expect(checkRelations(copy, world()).map((p) => p.code)).toEqual(['relation-unchecked-word']);
	});
	it('a section’s relations cover its chart’s own title; without them the chart is named', () => {
		const data = world();
		data.charts[0].title = 'The last items';
		const copy = story('Plain.', '');
		const [p] = checkRelations(copy, data);
		expect(p).toMatchObject({
			code: 'relation-unchecked-word',
			id: 's',
			where: 'chart c (src/lib/charts/c/spec.ts) title'
		});
		const covered = '[.relations]\nphrase: The last items\ncheck: next-in c.items x y\n[]';
		expect(codesOf('Plain.', '', data, covered)).toEqual([]);
	});
});

describe('annotations that do not match the copy or the data', () => {
	it('a phrase no longer in the step', () => {
		// "afterwards" orders too (issue 21): the stale phrase comes first, then the word it no longer covers.
		const copy = story('It came afterwards.', 'phrase: came later\ncheck: later-than late early');
		const line = copy.source.split('\n').indexOf('phrase: came later') + 1;
		expect(checkRelations(copy, world())).toMatchObject([
			{ code: 'relation-phrase-missing', id: 'one', line },
			{ code: 'relation-unchecked-word', id: 'one', field: 'text' }
		]);
	});
	it.each([
		['an unknown check', 'check: later-then late early', 'relation-unknown-check'],
		['an unknown claim', 'check: later-than latest early', 'relation-unknown-id'],
		['an unknown town', 'check: east-of easter west', 'relation-unknown-id'],
		['an unknown river', 'check: on-river mid tigris', 'relation-unknown-id'],
		['an unknown country', 'check: in-country mid turkey', 'relation-unknown-id'],
		['an unknown derived figure', 'check: more =areas small', 'relation-unknown-id'],
		['an unknown chart list', 'check: first-in c.things x', 'relation-unknown-id'],
		['an item not in the list', 'check: first-in c.items z', 'relation-unknown-id'],
		['a missing argument', 'check: east-of east', 'relation-malformed'],
		['a quote left open', 'check: report-says early "the last', 'relation-malformed'],
		['a range where a value is needed', 'check: more range small', 'relation-malformed'],
		['no check: at all', 'why: forgot it', 'relation-malformed']
	])('%s: %s', (_, check, code) => {
		const copy = story('It came later.', `phrase: came later\n${check}`);
		const problems = checkRelations(copy, world());
		expect(problems.map((p) => p.code)).toEqual([code]);
		expect(problems[0]).toMatchObject({ file: 'story.aml', id: 'one', field: 'relations' });
		expect(problems[0].line).toBeGreaterThan(0);
	});
	it('an entry that is not phrase: and check: lines is malformed, named by copy.ts', () => {
		const { problems } = copyFromArchie(archieml.load('[relations]\n* later\n[]'));
		expect(problems.map((p) => p.code)).toContain('relation-malformed');
	});
});

describe('splitChecks', () => {
	it('splits checks at ; and words at spaces, keeping "quoted words" whole', () => {
		expect(splitChecks('report-says c "a; b c"; east-of x y')).toEqual([
			['report-says', 'c', 'a; b c'],
			['east-of', 'x', 'y']
		]);
		expect(splitChecks('more a b;')).toEqual([['more', 'a', 'b']]);
	});
});
