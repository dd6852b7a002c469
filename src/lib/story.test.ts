import { describe, it, expect } from 'vitest';
import archieml from 'archieml';
const { load } = archieml;
import { parseSegments, storyFromArchie, storyReferences, findTypedFigures } from './story';

describe('parseSegments', () => {
	it('splits prose around claim and derived references', () => {
		expect(parseSegments('lost {{territory-lost-95-000}} and {{= sum-x }}.')).toEqual([
			{ kind: 'text', text: 'lost ' },
			{ kind: 'claim', id: 'territory-lost-95-000' },
			{ kind: 'text', text: ' and ' },
			{ kind: 'derived', id: 'sum-x' },
			{ kind: 'text', text: '.' }
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
[]
[]
`;

describe('storyFromArchie', () => {
	const { story, problems } = storyFromArchie(load(aml));
	it('reads sections, steps and intro', () => {
		expect(problems).toEqual([]);
		expect(story.sections[0].steps[0].state).toBe('britain');
		expect(story.intro).toHaveLength(1);
	});
	it('lists every cited claim with where it is cited', () => {
		expect(storyReferences(story).claims.map((r) => `${r.claim_id} @ ${r.where}`)).toEqual([
			'declared @ story.aml intro paragraph 1',
			'size-britain @ story.aml section size step one'
		]);
	});
	it('rejects a figure typed into prose', () => {
		expect(findTypedFigures(story)).toEqual([
			{
				where: 'story.aml section size step one',
				message: '"3" is a figure typed into the copy; cite it as {{claim-id}} instead'
			}
		]);
	});
	it('reports a chart step without a state', () => {
		const broken = storyFromArchie(load(aml.replace('state: britain\n', '')));
		expect(broken.problems).toEqual([
			{ where: 'section size, step one', message: 'state is missing' }
		]);
	});
});
