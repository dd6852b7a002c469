import { describe, it, expect } from 'vitest';
import { formatClaim, formatNumber } from './format';
import type { Claim } from './evidence/claim-schema';

const base: Claim = {
	claim_id: 'x',
	article: 'a.txt',
	paragraph: 1,
	quote: 'q',
	metric: 'm',
	value: null,
	low: null,
	high: null,
	text: null,
	unit: '',
	qualifier: '',
	place: '',
	place_as_written: '',
	attributed_to: 'the article',
	event_date: '',
	event_date_basis: '',
	status: ''
};

describe('formatClaim', () => {
	it('shows a percentage with its hedge', () => {
		expect(formatClaim({ ...base, value: 96, unit: 'percent', qualifier: 'more than' })).toBe(
			'more than 96%'
		);
	});
	it('shows a range with separators and an en dash, and can drop the unit word', () => {
		const c = { ...base, low: 1500, high: 2500, unit: 'fighters' };
		expect(formatClaim(c)).toBe('1,500–2,500 fighters');
		expect(formatClaim(c, { unit: false })).toBe('1,500–2,500');
	});
	it('keeps "probably between" readable', () => {
		const c = { ...base, low: 3000, high: 7000, unit: 'fighters', qualifier: 'probably between' };
		expect(formatClaim(c)).toBe('probably between 3,000 and 7,000 fighters');
	});
	it('shows text claims as written and years without a separator', () => {
		expect(formatClaim({ ...base, text: 'in July' })).toBe('“in July”');
		expect(formatClaim({ ...base, value: 2014, unit: 'year' })).toBe('2014');
		expect(formatNumber(2014)).toBe('2,014');
	});
});

describe('formatEventDate', () => {
	it('shows only the precision the date has', async () => {
		const { formatEventDate } = await import('./format');
		expect(formatEventDate('2017-11-03')).toBe('3 November 2017');
		expect(formatEventDate('2017-07')).toBe('July 2017');
		expect(formatEventDate('2014')).toBe('2014');
		expect(formatEventDate('')).toBe('');
		expect(formatEventDate('Friday')).toBe('');
	});
});
