import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Claim } from './claim-schema';
import { parseClaimsCsv } from './claims-csv';
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

/** What the quote does not support: each finding's rule and field. */
const found = (c: Claim) => checkQuoteSupport(c).map((f) => [f.code, f.field]);

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
		expect(found(c)).toEqual([['text-not-in-quote', 'text']]);
		expect(checkQuoteSupport({ ...c, text: 'millions' })).toEqual([]);
	});

	it('rejects a qualifier the quote does not use, naming the one it does', () => {
		const [f] = checkQuoteSupport(claim({ qualifier: 'nearly' }));
		expect(f).toMatchObject({ code: 'qualifier-not-in-quote', field: 'qualifier' });
		expect(f.message).toContain('"more than"');
	});

	it('rejects a hedge dropped from the qualifier', () => {
		const [f] = checkQuoteSupport(claim({ qualifier: '' }));
		expect(f).toMatchObject({ code: 'qualifier-missing-hedge', field: 'qualifier' });
		expect(f.message).toContain('"more than"');
		expect(hedgeBefore('around four percent of Iraqi territory', 4)).toBe('around');
		expect(hedgeBefore('there were 1,500-2,500 fighters', 1500)).toBeNull();
	});

	it('rejects a unit the quote has no word for', () => {
		expect(found({ ...fighters, unit: 'percent' })).toEqual([['unit-not-in-quote', 'unit']]);
	});

	it('rejects a quote cut down to its number', () => {
		expect(found(claim({ quote: '95', value: 95, qualifier: '' }))).toEqual([
			['unit-not-in-quote', 'unit']
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
		expect(found({ ...year, quote: 'some 2,014 of them' })).toEqual([
			['unit-not-in-quote', 'unit']
		]);
		const [unknown] = checkQuoteSupport(claim({ unit: 'km' }));
		expect(unknown.code).toBe('unknown-unit');
		// It names the units it knows, and where to add one.
		for (const unit of Object.keys(UNIT_WORDS)) expect(unknown.message).toContain(unit);
		expect(unknown.message).toContain('src/lib/evidence/quote-support.ts');
	});

	it('finds every claim in data/claims.csv supported by its quote', () => {
		const { claims } = parseClaimsCsv(readFileSync('data/claims.csv', 'utf8'));
		expect(claims.length).toBeGreaterThan(60);
		expect(
			claims.flatMap((c) => checkQuoteSupport(c).map((f) => `${c.claim_id}: ${f.message}`))
		).toEqual([]);
	});
});

describe('the figure, its hedge and its text are the quote’s own', () => {
	const codes = (c: Claim) => checkQuoteSupport(c).map((p) => [p.code, p.field]);

	it('takes the whole hedge before the figure, not a part of it', () => {
		const jarrard = claim({
			quote: 'there are probably between 3,000 and 7,000 Islamic State fighters left',
			value: null,
			low: 3000,
			high: 7000,
			unit: 'fighters'
		});
		expect(codes({ ...jarrard, qualifier: 'probably between' })).toEqual([]);
		expect(codes({ ...jarrard, qualifier: 'between' })).toEqual([
			['qualifier-not-the-hedge', 'qualifier']
		]);
	});

	it('takes a hedging word from elsewhere in the sentence, but no other words of the quote', () => {
		expect(codes(fighters)).toEqual([]);
		expect(codes({ ...fighters, qualifier: 'fighters left' })).toEqual([
			['qualifier-not-the-hedge', 'qualifier']
		]);
	});

	it('refuses a text that leaves out the negation before it', () => {
		const rawa = claim({
			quote: 'Rawa is also not yet fully controlled by government forces',
			value: null,
			unit: '',
			qualifier: ''
		});
		expect(codes({ ...rawa, text: 'not yet fully controlled' })).toEqual([]);
		expect(codes({ ...rawa, text: 'fully controlled' })).toEqual([['text-drops-negation', 'text']]);
		expect(codes({ ...rawa, text: 'controlled' })).toEqual([['text-drops-negation', 'text']]);
	});

	it('takes the number written with the unit, not another number of the quote', () => {
		const lost = claim({
			quote: 'has lost 95 percent of the “caliphate” it declared in Iraq and Syria in 2014',
			value: 95,
			qualifier: ''
		});
		expect(codes(lost)).toEqual([]);
		expect(codes({ ...lost, value: 2014 })).toEqual([['value-not-the-figure', 'value']]);
	});

	it('takes a range’s ends as the quote pairs them, the unit said once for two ranges', () => {
		const both = {
			quote:
				'He estimated there were 1,500-2,500 fighters left in al-Qaim and 2,000-3,000 in Albu Kamal',
			place_as_written: 'Albu Kamal'
		};
		expect(codes({ ...fighters, ...both, low: 2000, high: 3000 })).toEqual([]);
		expect(codes({ ...fighters, ...both, low: 1500, high: 3000 })).toEqual([
			['value-not-the-figure', 'low']
		]);
		expect(codes({ ...fighters, low: 1500, high: 1500 })).toEqual([
			['value-not-the-figure', 'high']
		]);
	});
});
