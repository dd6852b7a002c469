import { describe, it, expect } from 'vitest';
import archieml from 'archieml';
import { copyFromArchie, parseParts, partLists } from './copy';
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
		expect(problems).toEqual([
			'"{{Territory Lost}}" is not a reference: write {{claim-id}}, {{claim-id|date}}, {{=derived-id}}, {{#reports claim-id …}} or {{@generated-text}}'
		]);
	});
});

const aml = `title: The last towns
dek: A dek
description: About it
credit: the desk
published: 2026-11-20
updated: 2026-11-22
[summary]
text: It was {{size-britain}}.
section: size
[]
[+intro]
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

describe('copyFromArchie', () => {
	const { copy, problems } = read(aml);
	it('reads sections, steps and intro', () => {
		expect(problems).toEqual([]);
		expect(copy.sections[0].steps.map((s) => s.state)).toEqual(['britain', 'belgium']);
		expect(copy.intro).toHaveLength(1);
		expect(copy.summary).toEqual([
			{
				text: ['It was ', { ref: 'claim', id: 'size-britain', show: 'figure' }, '.'],
				section: 'size'
			}
		]);
		expect([copy.credit, copy.published, copy.updated]).toEqual([
			'the desk',
			'2026-11-20',
			'2026-11-22'
		]);
	});
	it('reports dates that are not YYYY-MM-DD, or an update before publication', () => {
		expect(read(aml.replace('2026-11-20', '20 Nov 2026')).problems).toEqual([
			{ where: 'story.aml', message: 'published: "20 Nov 2026" is not a date written YYYY-MM-DD' }
		]);
		expect(read(aml.replace('updated: 2026-11-22', 'updated: 2026-11-19')).problems).toEqual([
			{
				where: 'story.aml',
				message:
					'updated: 2026-11-19 is before published: 2026-11-20; a page is updated after it is first published'
			}
		]);
	});
	it('reports a summary point that links to no section, and a missing credit', () => {
		expect(read(aml.replace('section: size\n[]', 'section: sise\n[]')).problems).toEqual([
			{
				where: 'story.aml summary point 1',
				message: 'section: "sise" is not a section; the sections are: size'
			}
		]);
		expect(read(aml.replace('credit: the desk\n', '')).problems).toEqual([
			{ where: 'story.aml', message: 'credit: is missing or empty; fill it in' }
		]);
	});
	it('names every run of copy where an editor finds it', () => {
		expect([...partLists(copy)].map(([where]) => where)).toContain('story.aml step one');
	});
	it('rejects a figure typed into prose, in any script', () => {
		expect(findTypedFigures(copy)).toEqual([
			{
				where: 'story.aml step one',
				message: '"3" is a figure typed into the copy; cite it as {{claim-id}} instead'
			}
		]);
		const arabic = read(aml.replace('or 3 times', 'or ٣ times')).copy;
		expect(findTypedFigures(arabic)[0].message).toContain('"٣"');
		const described = read(aml.replace('About it', 'About 5 towns')).copy;
		expect(findTypedFigures(described).map((p) => p.where)).toContain('story.aml description');
	});
	it('reports a chart step without a state', () => {
		const broken = read(aml.replace('state: britain\n', ''));
		expect(broken.problems).toEqual([
			{ where: 'story.aml step one', message: 'state: is missing or empty; fill it in' }
		]);
	});
	it('reports a field it does not know, with the fields it does', () => {
		const broken = read(aml.replace('state: britain\n', 'state: britain\ntown: rawwa\n'));
		expect(broken.problems).toEqual([
			{
				where: 'story.aml step one',
				message:
					'has an unknown field "town:"; the fields are: id, state, text, alt, relations (remove it, or fix its name)'
			}
		]);
	});
});

describe('checkCopyAgainstCharts', () => {
	const check = (source: string) => checkCopyAgainstCharts(read(source).copy, charts);
	it('accepts known charts and states, each state reached', () => {
		expect(check(aml)).toEqual([]);
	});
	it('names the step, the bad state and the allowed ones', () => {
		expect(check(aml.replace('state: britain', 'state: britian'))).toEqual([
			{
				where: 'story.aml step one',
				message:
					'state: "britian" is not a state of chart caliphate-size; its states are: britain, belgium'
			},
			{
				where: 'story.aml section size',
				message:
					'chart caliphate-size has a state "britain" that no step shows; add a step with state: britain, or remove the state from its spec'
			}
		]);
	});
	it('names an unknown chart and the charts there are', () => {
		expect(check(aml.replace('chart: caliphate-size', 'chart: caliphate-sise'))).toEqual([
			{
				where: 'story.aml section size',
				message: 'chart: "caliphate-sise" is not a chart; the charts are: caliphate-size'
			}
		]);
	});
	it('rejects a duplicate step id', () => {
		expect(check(aml.replace('id: two', 'id: one'))[0]).toEqual({
			where: 'story.aml step one',
			message: 'id "one" is already used by story.aml step one; ids must be unique on the page'
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
		expect(check('The caliphate was 8 times the size of Belgium.')).toEqual([
			{
				where: 'chart caliphate-size (src/lib/charts/caliphate-size/spec.ts) description',
				message:
					'"8" is a figure typed into the chart\'s copy; a title or description carries no figures (they would be uncited): reword it without the number'
			}
		]);
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
		expect(findNumberWords(copyOf('None of the five reports gives a month.'))).toEqual([
			{
				where: 'story.aml step one',
				message:
					'"five" is a number word typed into the copy; cite it as {{claim-id}}, count reports with {{#reports claim-id …}}, or reword without it'
			}
		]);
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
	it('checks every text field: title, dek, description, intro, headings, alt, body', () => {
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
		expect(findNumberWords(read(source).copy).map((p) => p.where)).toEqual([
			'story.aml title',
			'story.aml dek',
			'story.aml intro paragraph 1',
			'story.aml section size heading',
			'story.aml step one alt',
			'story.aml section next paragraph 1',
			'story.aml description'
		]);
	});
	it('checks the charts’ titles and descriptions too', () => {
		const chart = {
			id: 'held-shares',
			states: [],
			title: 'Measured three ways',
			description: 'Shares.'
		};
		expect(findNumberWords(read(aml).copy, [chart])).toEqual([
			{
				where: 'chart held-shares (src/lib/charts/held-shares/spec.ts) title',
				message:
					'"three" is a number word typed into the copy; cite it as {{claim-id}}, count reports with {{#reports claim-id …}}, or reword without it'
			}
		]);
	});
});
