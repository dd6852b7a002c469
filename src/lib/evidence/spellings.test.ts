import { describe, it, expect } from 'vitest';
import type { Claim } from './claim-schema';
import { verifySpellings } from './spellings';

const articles = {
	'a.txt':
		'The Iraqi army retook the last town in the country.\n\nThe recapture of Rawa came at dawn.'
};

function claim(overrides: Partial<Claim>): Claim {
	return {
		claim_id: 'rawa',
		article: 'a.txt',
		paragraph: 2,
		quote: 'The recapture of Rawa',
		metric: 'town_status',
		value: null,
		low: null,
		high: null,
		text: 'recapture',
		unit: '',
		qualifier: '',
		place: 'rawa',
		place_as_written: 'Rawa',
		attributed_to: 'the article',
		event_date: '',
		event_date_basis: '',
		status: 'retaken',
		...overrides
	};
}

describe('verifySpellings', () => {
	it('accepts a place written as its paragraph writes it', () => {
		expect(verifySpellings([claim({})], articles)).toEqual([]);
		expect(
			verifySpellings(
				[claim({ paragraph: 1, place_as_written: 'the last town in the country' })],
				articles
			)
		).toEqual([]);
	});

	it('rejects a place_as_written its paragraph does not print, naming the line and claim', () => {
		const row = { line: 7, cells: { place_as_written: { line: 7, column: 90 } } };
		expect(verifySpellings([claim({ paragraph: 1 })], articles, [row])).toMatchObject([
			{
				code: 'place-not-in-paragraph',
				file: 'claims.csv',
				line: 7,
				column: 90,
				field: 'place_as_written',
				id: 'rawa'
			}
		]);
	});

	it('rejects a spelling of another town than the claim’s place', () => {
		const [p] = verifySpellings([claim({ place: 'mosul' })], articles);
		expect(p).toMatchObject({ code: 'spelling-of-other-place', field: 'place', line: 2 });
		expect(p.message).toContain('"Rawa"');
		expect(p.message).toContain('"mosul"');
	});
});

describe('the claim’s place', () => {
	it('is a town of the map or a known region', () => {
		expect(
			verifySpellings([claim({ place_as_written: '', place: 'atlantis' })], articles)
		).toMatchObject([{ code: 'unknown-place', field: 'place' }]);
	});

	it('is named in its report', () => {
		expect(verifySpellings([claim({ place_as_written: '' })], articles)).toEqual([]);
		expect(
			verifySpellings([claim({ place_as_written: '', place: 'mosul' })], articles)
		).toMatchObject([{ code: 'place-not-named', field: 'place' }]);
		expect(
			verifySpellings([claim({ place_as_written: '', place: 'euphrates-valley' })], articles)
		).toMatchObject([{ code: 'place-not-named', field: 'place' }]);
	});
});
