import { describe, it, expect } from 'vitest';
import type { Claim } from './claims-csv';
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
		expect(verifySpellings([claim({ paragraph: 1 })], articles, [7])).toEqual([
			{
				where: 'claims.csv line 7, claim rawa',
				message:
					'place_as_written "Rawa" is not printed in a.txt, paragraph 1; copy the place\'s name exactly as that paragraph writes it, or leave place_as_written empty'
			}
		]);
	});

	it('rejects a spelling of another town than the claim’s place', () => {
		const [p] = verifySpellings([claim({ place: 'mosul' })], articles);
		expect(p.message).toBe('place_as_written "Rawa" is a spelling of rawa, but place is "mosul"');
	});
});
