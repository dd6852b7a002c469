import { describe, it, expect } from 'vitest';
import type { Claim } from './claim-schema';
import { checkTextLead, checkUnitGiven } from './figure-words';

function claim(overrides: Partial<Claim>): Claim {
	return {
		claim_id: 'x',
		article: 'a.txt',
		paragraph: 1,
		quote: 'was all but reduced on Friday to a pair of border towns at the frontier',
		metric: 'm',
		value: null,
		low: null,
		high: null,
		text: 'a pair of border towns',
		unit: '',
		qualifier: '',
		place: '',
		place_as_written: '',
		attributed_to: 'the article',
		event_date: '',
		event_date_basis: '',
		status: '',
		...overrides
	};
}

const code = (f: { code: string } | null) => f?.code ?? null;

describe('checkTextLead', () => {
	it('accepts a text that starts with its hedge or count word', () => {
		expect(checkTextLead(claim({}))).toBeNull();
		expect(
			checkTextLead(claim({ quote: 'losing nearly all territory', text: 'nearly all' }))
		).toBeNull();
	});

	it('rejects a text cut past the count or hedge right before it', () => {
		expect(code(checkTextLead(claim({ text: 'border towns' })))).toBe('text-drops-hedge');
		expect(checkTextLead(claim({ text: 'border towns' }))?.message).toContain('a pair of');
		const nearly = claim({ quote: 'divided for nearly three years', text: 'three years' });
		expect(code(checkTextLead(nearly))).toBe('text-drops-hedge');
	});

	it('rejects a text that starts inside a count ("few thousand" of "a few thousand")', () => {
		const few = claim({
			quote: 'the group now has a few thousand fighters left',
			text: 'few thousand'
		});
		expect(code(checkTextLead(few))).toBe('text-drops-hedge');
	});

	it('takes "over" before a word as a place, not a hedge ("ruled over millions")', () => {
		expect(checkTextLead(claim({ quote: 'and ruled over millions', text: 'millions' }))).toBeNull();
	});

	it('accepts a text the quote also prints without the hedge', () => {
		const twice = claim({ quote: 'nearly all of it, and then all of it', text: 'all' });
		expect(checkTextLead(twice)).toBeNull();
	});
});

describe('checkUnitGiven', () => {
	const lost = claim({ quote: 'has lost 95 percent of it in 2014', text: null, value: 95 });

	it('asks for the unit the quote writes right after the figure', () => {
		expect(code(checkUnitGiven(lost))).toBe('unit-missing');
		expect(code(checkUnitGiven({ ...lost, quote: 'has lost 95% of it' }))).toBe('unit-missing');
		const range = claim({ quote: '1,500-2,500 fighters', text: null, low: 1500, high: 2500 });
		expect(checkUnitGiven(range)?.message).toContain('fighters');
	});

	it('leaves alone a set unit, a text, and a number the unit word does not follow', () => {
		expect(checkUnitGiven({ ...lost, unit: 'percent' })).toBeNull();
		expect(checkUnitGiven(claim({}))).toBeNull();
		expect(checkUnitGiven({ ...lost, value: 2014 })).toBeNull();
	});
});
