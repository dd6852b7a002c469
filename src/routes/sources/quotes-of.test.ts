import { describe, expect, it } from 'vitest';
import type { Claim } from '$lib/evidence/claim-schema';
import { quotesOf } from './quotes-of';

const claim = (claim_id: string, paragraph: number, quote: string) =>
	({ claim_id, paragraph, quote }) as Claim;

describe('the sources page lists each quote once', () => {
	it('lists claims with the same words, or words inside a longer quote of their paragraph, with it', () => {
		const listed = quotesOf([
			claim('b', 2, 'volunteer fighters'),
			claim('a', 2, 'forces, backed by volunteer fighters, liberated the crossing'),
			claim('c', 3, 'they lost Raqa and Mosul'),
			claim('d', 3, 'they lost Raqa and Mosul')
		]);
		expect(listed.map((q) => [q.claim.claim_id, q.also])).toEqual([
			['a', ['b']],
			['c', ['d']]
		]);
	});

	it('keeps words that appear in another paragraph, or are not inside another quote, apart', () => {
		const listed = quotesOf([
			claim('a', 1, 'volunteer fighters'),
			claim('b', 2, 'forces, backed by volunteer fighters'),
			claim('c', 2, 'the crossing')
		]);
		expect(listed.map((q) => q.claim.claim_id)).toEqual(['a', 'b', 'c']);
		expect(listed.every((q) => q.also.length === 0)).toBe(true);
	});
});
