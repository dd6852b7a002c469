import { describe, it, expect } from 'vitest';
import archieml from 'archieml';
import { COPY_KEYS, copyFromArchie, parseParts, partLists } from './copy';
import {
	checkCopyAgainstCharts,
	findNumberWords,
	findTypedFigures,
	numberWordsIn
} from './copy-check';

const { load } = archieml;

describe('parseParts', () => {
	it('splits prose around every kind of reference', () => {
		expect(
			parseParts(
				'lost {{territory-lost-95-000}} on {{report-date-003|date}}, {{= sum-x }}, in {{#Reports a-1 b-2}}; {{#reports all}}, {{@spellings}}.'
			)
		).toEqual([
			'lost ',
			{ ref: 'claim', id: 'territory-lost-95-000', show: 'figure' },
			' on ',
			{ ref: 'claim', id: 'report-date-003', show: 'date' },
			', ',
			{ ref: 'derived', id: 'sum-x' },
			', in ',
			{ ref: 'reports', ids: ['a-1', 'b-2'], capital: true },
			'; ',
			{ ref: 'reports', ids: [], capital: false },
			', ',
			{ ref: 'generated', id: 'spellings' },
			'.'
		]);
	});

	it('reports a malformed reference instead of printing it', () => {
		const problems: string[] = [];
		expect(parseParts('a {{Territory Lost}} b', problems)).toEqual(['a ', ' b']);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain('{{Territory Lost}}');
		expect(read(aml.replace('In {{declared}}', 'In {{Declared}}')).problems).toEqual([
			{
				code: 'malformed-reference',
				where: 'story.aml method paragraph 1',
				file: 'story.aml',
				field: 'method paragraph 1',
				id: undefined,
				message: expect.stringContaining('{{Declared}}')
			}
		]);
	});
});

const aml = `title: The last towns
dek: A dek
description: About it
credit: the desk
published: 2026-11-20
updated: 2026-11-22
[+method]
text: In {{declared}} they declared it.
[]
[sections]
id: size
heading: Size
chart: caliphate-size
[.steps]
id: one
state: britain
text: It was {{size-britain}}, or 3 times that.
alt: A chart.
id: two
state: belgium
text: Or {{size-belgium}}.
alt: Another.
[]
[]
`;

const charts = [{ id: 'caliphate-size', states: ['britain', 'belgium'] }];
const read = (source: string) => copyFromArchie(load(source));
/** Each problem's rule and place in the story: the step or section id, and the field. */
const found = (source: string) =>
	read(source).problems.map(({ code, id, field }) => (id ? { code, id, field } : { code, field }));

describe('copyFromArchie', () => {
	const { copy, problems } = read(aml);
	it('reads sections, steps and method', () => {
		expect(problems).toEqual([]);
		expect(copy.sections[0].steps.map((s) => s.state)).toEqual(['britain', 'belgium']);
		expect(copy.method).toHaveLength(1);
		expect([copy.credit, copy.published, copy.updated]).toEqual([
			'the desk',
			'2026-11-20',
			'2026-11-22'
		]);
	});
	it('reports dates that are not YYYY-MM-DD, or an update before publication', () => {
		expect(found(aml.replace('2026-11-20', '20 Nov 2026'))).toEqual([
			{ code: 'not-iso-date', field: 'published' }
		]);
		expect(found(aml.replace('updated: 2026-11-22', 'updated: 2026-11-19'))).toEqual([
			{ code: 'updated-before-published', field: 'updated' }
		]);
	});
	it('reports a missing credit', () => {
		expect(found(aml.replace('credit: the desk\n', ''))).toEqual([
			{ code: 'required-field', field: 'credit' }
		]);
	});
	it('names every run of copy where an editor finds it', () => {
		expect([...partLists(copy)].map(([where]) => where)).toContain('story.aml step one');
		expect([...partLists(copy)].map(([, , place]) => place)).toContainEqual({
			where: 'story.aml step one alt',
			file: 'story.aml',
			id: 'one',
			field: 'alt'
		});
	});
	it('rejects a figure typed into prose, in any script', () => {
		expect(findTypedFigures(copy)).toMatchObject([
			{ code: 'typed-figure', file: 'story.aml', id: 'one', field: 'text' }
		]);
		expect(findTypedFigures(copy)[0].message).toContain('"3"');
		const arabic = read(aml.replace('or 3 times', 'or ٣ times')).copy;
		expect(findTypedFigures(arabic)[0].message).toContain('"٣"');
		const described = read(aml.replace('About it', 'About 5 towns')).copy;
		expect(findTypedFigures(described).map((p) => p.field)).toContain('description');
	});
	it('reports a chart step without a state', () => {
		expect(found(aml.replace('state: britain\n', ''))).toEqual([
			{ code: 'required-field', id: 'one', field: 'state' }
		]);
	});
	it('reports a field it does not know, with the fields it does', () => {
		const broken = read(aml.replace('state: britain\n', 'state: britain\ntown: rawwa\n'));
		expect(broken.problems).toMatchObject([
			{ code: 'unknown-field', where: 'story.aml step one', id: 'one', field: 'town' }
		]);
		for (const known of COPY_KEYS.step) expect(broken.problems[0].message).toContain(known);
	});
});

describe('checkCopyAgainstCharts', () => {
	const check = (source: string) => checkCopyAgainstCharts(read(source).copy, charts);
	it('accepts known charts and states, each state reached', () => {
		expect(check(aml)).toEqual([]);
	});
	it('names the step, the bad state and the allowed ones', () => {
		const problems = check(aml.replace('state: britain', 'state: britian'));
		expect(problems).toMatchObject([
			{ code: 'unknown-state', where: 'story.aml step one', id: 'one', field: 'state' },
			{ code: 'state-not-shown', where: 'story.aml section size', id: 'size' }
		]);
		// The step's problem names the allowed states.
		for (const state of charts[0].states) expect(problems[0].message).toContain(state);
	});
	it('names an unknown chart and the charts there are', () => {
		const problems = check(aml.replace('chart: caliphate-size', 'chart: caliphate-sise'));
		expect(problems).toMatchObject([
			{ code: 'unknown-chart', file: 'story.aml', id: 'size', field: 'chart' }
		]);
		expect(problems[0].message).toContain('caliphate-size');
	});
	it('rejects a duplicate step id', () => {
		expect(check(aml.replace('id: two', 'id: one'))[0]).toMatchObject({
			code: 'duplicate-id',
			file: 'story.aml',
			id: 'one',
			field: 'id'
		});
	});
});

describe('chart copy', () => {
	const withCopy = (description: string) => [
		{ ...charts[0], title: 'Britain or Belgium?', description }
	];
	const check = (description: string) =>
		checkCopyAgainstCharts(read(aml).copy, withCopy(description));
	it('accepts a chart title and description with no digits', () => {
		expect(check('Two reports compare the caliphate with a country.')).toEqual([]);
	});
	it('rejects a digit, of any script, in a chart description', () => {
		const problems = check('The caliphate was 8 times the size of Belgium.');
		expect(problems).toMatchObject([
			{
				code: 'typed-figure',
				file: 'src/lib/charts/caliphate-size/spec.ts',
				id: 'caliphate-size',
				field: 'description'
			}
		]);
		expect(problems[0].message).toContain('"8"');
		expect(check('About ٨ times.')[0].message).toContain('"٨"');
		expect(check('About ８ times.')[0].message).toContain('"８"');
	});
});

describe('findNumberWords', () => {
	const copyOf = (text: string) =>
		read(aml.replace('It was {{size-britain}}, or 3 times that.', text)).copy;
	it('accepts "one", "none" and "another" as determiners', () => {
		expect(findNumberWords(copyOf('One report says {{size-britain}}; another disagrees.'))).toEqual(
			[]
		);
		expect(findNumberWords(copyOf('None of the reports gives a month.'))).toEqual([]);
	});
	it('rejects a count, even after a determiner, naming the field', () => {
		const problems = findNumberWords(copyOf('None of the five reports gives a month.'));
		expect(problems).toMatchObject([
			{ code: 'number-word', file: 'story.aml', id: 'one', field: 'text' }
		]);
		expect(problems[0].message).toContain('"five"');
	});
	it('finds counts, quantities and fractions, in any case, but not words that contain them', () => {
		expect(
			numberWordsIn(
				'Two describe it; thousands left; a third; fifty percent; twice; a dozen; per cent'
			)
		).toEqual(['Two', 'thousands', 'third', 'fifty', 'percent', 'twice', 'dozen', 'per cent']);
		expect(numberWordsIn('often, tension, someone, network, percentage, second, threaten')).toEqual(
			[]
		);
	});
	it('finds a number word however it is encoded, and multiplier words', () => {
		// A Cyrillic е, full-width letters, a soft hyphen, a zero-width joiner, an accent.
		expect(
			numberWordsIn('fiv\u0435; ｔｅｎ; t\u00ADwo; ni\u200Dne; fïve; tenfold; doubled')
		).toEqual(['five', 'ten', 'two', 'nine', 'five', 'tenfold', 'doubled']);
	});
	it('checks every text field: title, dek, description, method, headings, alt, body', () => {
		const source = aml
			.replace('title: The last towns', 'title: The last two towns')
			.replace('dek: A dek', 'dek: Five reports')
			.replace('description: About it', 'description: About seven towns')
			.replace('In {{declared}}', 'In eight {{declared}}')
			.replace('heading: Size', 'heading: Nine sizes')
			.replace('alt: A chart.', 'alt: Ten squares.')
			.replace(
				/\[\]\n\[\]\n$/,
				'[]\nid: next\nheading: Next\nchart:\n[.+body]\ntext: Eleven.\n[]\n[]\n'
			);
		expect(findNumberWords(read(source).copy).map((p) => [p.id, p.field])).toEqual([
			[undefined, 'title'],
			[undefined, 'dek'],
			[undefined, 'method paragraph 1'],
			['size', 'heading'],
			['one', 'alt'],
			['next', 'body paragraph 1'],
			[undefined, 'description']
		]);
	});
	it('checks the charts’ titles and descriptions too', () => {
		const chart = {
			id: 'held-shares',
			states: [],
			title: 'Measured three ways',
			description: 'Shares.'
		};
		const problems = findNumberWords(read(aml).copy, [chart]);
		expect(problems).toMatchObject([
			{
				code: 'number-word',
				file: 'src/lib/charts/held-shares/spec.ts',
				id: 'held-shares',
				field: 'title'
			}
		]);
		expect(problems[0].message).toContain('"three"');
	});
});
