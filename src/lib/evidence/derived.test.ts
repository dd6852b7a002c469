import { describe, it, expect } from 'vitest';
import { sumRanges, deriveFigures, roundArea } from './derived';
import type { Claim } from './claim-schema';
import { claimGetter } from './claims-csv';
import { EvidenceError } from './problems';

const claim = (id: string, over: Partial<Claim>): Claim => ({
	claim_id: id,
	article: 'a.txt',
	paragraph: 1,
	quote: 'q',
	metric: 'fighters_remaining',
	value: null,
	low: null,
	high: null,
	text: null,
	unit: 'fighters',
	qualifier: '',
	place: '',
	place_as_written: '',
	attributed_to: 'x',
	event_date: '',
	event_date_basis: '',
	status: '',
	...over
});

describe('derived figures', () => {
	it('sums ranges low with low and high with high', () => {
		expect(
			sumRanges(claim('a', { low: 1500, high: 2500 }), claim('b', { low: 2000, high: 3000 }))
		).toEqual({
			low: 3500,
			high: 5500
		});
	});
	it('refuses to sum a claim that is not a range', () => {
		let error: unknown;
		try {
			sumRanges(claim('a', { value: 5 }), claim('b', { low: 1, high: 2 }));
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(EvidenceError);
		expect((error as EvidenceError).problems).toMatchObject([{ code: 'range-required', id: 'a' }]);
	});
	it('names a missing claim', () => {
		expect(() => claimGetter([])('fighters-qaim-001')).toThrow(
			expect.objectContaining({
				code: 'unknown-claim',
				message: expect.stringContaining('"fighters-qaim-001"')
			})
		);
	});
	it('stops with an EvidenceError naming the derived figure when a claim it needs is gone', () => {
		const only = [claim('fighters-qaim-001', { low: 1, high: 2 })];
		let error: unknown;
		try {
			deriveFigures(only, []);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(EvidenceError);
		const problems = (error as EvidenceError).problems;
		expect(problems).toMatchObject([
			{
				code: 'unknown-claim',
				file: 'src/lib/evidence/derived.ts',
				id: 'fighters-dillon-sum'
			}
		]);
		expect(problems[0].message).toContain('"fighters-albu-kamal-001"');
	});
	it('computes ratios and shares from the areas it is given, and says so', () => {
		const claims = [
			claim('fighters-qaim-001', { low: 1, high: 2 }),
			claim('fighters-albu-kamal-001', { low: 3, high: 4 }),
			...['size-britain-000', 'size-belgium-002', 'held-third-001', 'held-third-004'].map((id) =>
				claim(id, { text: 'x' })
			)
		];
		const area = (id: string, km2: number) => ({ id, name: id, km2, source: 's' });
		const figures = deriveFigures(claims, [
			area('united-kingdom', 240_000),
			area('belgium', 30_000),
			area('iraq', 437_000),
			area('syria', 185_000)
		]);
		const byId = Object.fromEntries(figures.map((f) => [f.id, f]));
		expect(byId['fighters-dillon-sum'].display).toBe('4–6 fighters');
		expect(byId['britain-belgium-ratio'].display).toBe('about 8 times');
		// A third of 622,000 km² is 207,333; "about a third" carries one significant figure.
		expect(byId['third-of-iraq-syria'].display).toBe('about 200,000 km²');
		for (const f of figures) expect(f.how).toMatch(/^computed by us/);
	});
	it('fails when an area is missing', () => {
		const claims = [
			claim('fighters-qaim-001', { low: 1, high: 2 }),
			claim('fighters-albu-kamal-001', { low: 3, high: 4 })
		];
		expect(() => deriveFigures(claims, [])).toThrow('no computed area for "united-kingdom"');
	});
});

describe('roundArea', () => {
	it('keeps two significant figures, what a 1:50m outline can carry', () => {
		expect(roundArea(239_412)).toBe(240_000);
		expect(roundArea(30_528)).toBe(31_000);
		expect(roundArea(1_234_567)).toBe(1_200_000);
		expect(roundArea(437_216)).toBe(440_000);
	});
});
