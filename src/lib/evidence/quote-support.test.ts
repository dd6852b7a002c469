import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseClaimsCsv, type Claim } from './claims-csv';
import { checkQuoteSupport, hasPhrase, hedgeBefore, UNIT_WORDS } from './quote-support';

function claim(overrides: Partial<Claim>): Claim {
	return {
		claim_id: 'x',
		article: 'a.txt',
		paragraph: 1,
		quote: 'has lost more than 96 percent of the territory',
		metric: 'm',
		value: 96,
		low: null,
		high: null,
		text: null,
		unit: 'percent',
		qualifier: 'more than',
		place: '',
		place_as_written: '',
		attributed_to: 'the article',
		event_date: '',
		event_date_basis: '',
		status: '',
		...overrides
	};
}

const fighters = claim({
	quote: 'He estimated there were 1,500-2,500 fighters left in al-Qaim',
	value: null,
	low: 1500,
	high: 2500,
	unit: 'fighters',
	qualifier: 'estimated'
});

describe('hasPhrase', () => {
	it('finds whole words, whatever the case and typography', () => {
		expect(hasPhrase('the Islamic State’s caliphate', "islamic state's")).toBe(true);
		expect(hasPhrase('lost 95% of it', '%')).toBe(true);
		expect(hasPhrase('managed to retake the crossing', 'retaken')).toBe(false);
		expect(hasPhrase('managed to retake the crossing', 'take')).toBe(false);
	});
});

describe('checkQuoteSupport', () => {
	it('accepts a claim whose text, qualifier and unit are all in the quote', () => {
		expect(checkQuoteSupport(claim({}))).toEqual([]);
		expect(checkQuoteSupport(fighters)).toEqual([]);
	});

	it('rejects a text that is not words of the quote', () => {
		const c = claim({
			quote: 'when it held about one-third of both countries and ruled over millions',
			value: null,
			text: '12 million',
			unit: '',
			qualifier: ''
		});
		expect(checkQuoteSupport(c)).toEqual([
			'text "12 million" is not in the quote; the text is shown on the page as the figure, so it must be words of the quote, copied exactly (case and curly quotes aside)'
		]);
		expect(checkQuoteSupport({ ...c, text: 'millions' })).toEqual([]);
	});

	it('rejects a qualifier the quote does not use, naming the one it does', () => {
		expect(checkQuoteSupport(claim({ qualifier: 'nearly' }))).toEqual([
			'qualifier is "nearly", but the quote does not say "nearly" (it says "more than"); copy the quote\'s own hedge, or leave qualifier empty'
		]);
	});

	it('rejects a hedge dropped from the qualifier', () => {
		expect(checkQuoteSupport(claim({ qualifier: '' }))).toEqual([
			'the quote hedges the figure with "more than", but qualifier is empty; set qualifier to "more than" so the figure is shown as the quote gives it'
		]);
		expect(hedgeBefore('around four percent of Iraqi territory', 4)).toBe('around');
		expect(hedgeBefore('there were 1,500-2,500 fighters', 1500)).toBeNull();
	});

	it('rejects a unit the quote has no word for', () => {
		expect(checkQuoteSupport({ ...fighters, unit: 'percent' })).toEqual([
			'unit is "percent", but the quote has none of its words (percent, per cent, %); use the unit the quote gives, or leave unit empty'
		]);
	});

	it('rejects a quote cut down to its number', () => {
		expect(checkQuoteSupport(claim({ quote: '95', value: 95, qualifier: '' }))).toEqual([
			'unit is "percent", but the quote has none of its words (percent, per cent, %); use the unit the quote gives, or leave unit empty'
		]);
	});

	it('reads a unit through its synonyms: percent is also "per cent" and "%"', () => {
		expect(UNIT_WORDS.percent).toEqual(['percent', 'per cent', '%']);
		expect(checkQuoteSupport(claim({ quote: 'has lost more than 96% of it' }))).toEqual([]);
		expect(checkQuoteSupport(claim({ quote: 'has lost more than 96 per cent' }))).toEqual([]);
	});

	it('takes a year from four digits in the quote, and names a unit it does not know', () => {
		const year = claim({ quote: 'since 2014.', value: 2014, unit: 'year', qualifier: '' });
		expect(checkQuoteSupport(year)).toEqual([]);
		expect(checkQuoteSupport({ ...year, quote: 'some 2,014 of them' })[0]).toBe(
			'unit is "year", but 2014 is not written in the quote as a year (four digits); use the unit the quote gives'
		);
		expect(checkQuoteSupport(claim({ unit: 'km' }))[0]).toMatch(
			/^unit "km" is not one of: percent, fighters, year; add it to UNIT_WORDS/
		);
	});

	it('finds every claim in data/claims.csv supported by its quote', () => {
		const { claims } = parseClaimsCsv(readFileSync('data/claims.csv', 'utf8'));
		expect(claims.length).toBeGreaterThan(60);
		expect(claims.flatMap((c) => checkQuoteSupport(c).map((m) => `${c.claim_id}: ${m}`))).toEqual(
			[]
		);
	});
});
