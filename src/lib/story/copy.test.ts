import { describe, it, expect } from 'vitest';
import archieml from 'archieml';
import { copyFromArchie, parseParts, partLists } from './copy';
import { checkCopyAgainstCharts, findTypedFigures } from './copy-check';

const { load } = archieml;

describe('parseParts', () => {
	it('splits prose around claim and derived references', () => {
		expect(parseParts('lost {{territory-lost-95-000}} and {{= sum-x }}.')).toEqual([
			'lost ',
			{ ref: 'claim', id: 'territory-lost-95-000' },
			' and ',
			{ ref: 'derived', id: 'sum-x' },
			'.'
		]);
	});
});

const aml = `title: The last towns
dek: A dek
description: About it
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
			{ where: 'story.aml step one', message: 'state: is missing or empty' }
		]);
	});
	it('reports a field it does not know, with the fields it does', () => {
		const broken = read(aml.replace('state: britain\n', 'state: britain\ntown: rawwa\n'));
		expect(broken.problems).toEqual([
			{
				where: 'story.aml step one',
				message: 'has an unknown field "town:"; the fields are: id, state, text, alt'
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
