import { describe, it, expect } from 'vitest';
import type { Claim } from '$lib/evidence/claim-schema';
import { claimFigure, reportCount } from './figure';

const claim = (over: Partial<Claim>): Claim => ({
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
	status: '',
	...over
});

describe('claimFigure', () => {
	it('shows a report’s words in quotation marks, and our reading of their date plainly', () => {
		const friday = claim({
			text: 'Friday',
			event_date: '2017-11-03',
			event_date_basis: 'read as…'
		});
		expect(claimFigure(friday).text).toBe('“Friday”');
		expect(claimFigure(friday, { show: 'date' }).text).toBe('3 November 2017');
		expect(claimFigure(friday, { show: 'month' }).text).toBe('November 2017');
	});
	it('refuses a date in a report’s numeric form, which readers read differently', () => {
		const printed = claim({
			claim_id: 'report-date-003',
			text: '04/11/2017',
			event_date: '2017-11-04'
		});
		expect(() => claimFigure(printed)).toThrow('is a date written "04/11/2017"');
		expect(claimFigure(printed, { show: 'date' }).text).toBe('4 November 2017');
	});
	it('shares one figure between reports that give the same, and refuses ones that differ', () => {
		const a = claim({ claim_id: 'a', value: 95, unit: 'percent' });
		expect(claimFigure([a, { ...a, claim_id: 'b' }]).claims).toEqual(['a', 'b']);
		expect(() => claimFigure([a, { ...a, claim_id: 'c', value: 96 }])).toThrow('read differently');
	});
});

describe('reportCount', () => {
	const labels = { 'a.txt': 'Article A', 'b.txt': 'Article B', 'c.txt': 'Article C' };
	it('counts the distinct reports a set of claims comes from, and says so', () => {
		const n = reportCount(
			[
				claim({ claim_id: 'p' }),
				claim({ claim_id: 'q' }),
				claim({ claim_id: 'r', article: 'b.txt' })
			],
			labels,
			[],
			true
		);
		expect(n.display).toBe('Two reports');
		// It names the reports it counted, and only those.
		expect(n.how).toMatch(/Article A\b.*Article B\b/);
		expect(n.how).not.toContain('Article C');
		expect(n.claim_ids).toEqual(['p', 'q', 'r']);
	});
	it('counts reports that print one story once', () => {
		const stories = [['a.txt', 'c.txt'], ['b.txt']];
		const all = reportCount([], labels, stories);
		expect(all.value).toBe(2);
		// Said differently from three reports that are three stories.
		expect(all.display).not.toBe(reportCount([], labels, []).display);
		const pair = [claim({ claim_id: 'p' }), claim({ claim_id: 'q', article: 'c.txt' })];
		expect(reportCount(pair, labels, stories).value).toBe(1);
		expect(reportCount(pair, labels, stories).display).not.toBe(
			reportCount(pair, labels, []).display
		);
		// Without the pair, nothing changes: two reports of two stories.
		const apart = [claim({ claim_id: 'p' }), claim({ claim_id: 'r', article: 'b.txt' })];
		expect(reportCount(apart, labels, stories).value).toBe(2);
		expect(reportCount(apart, labels, stories).display).toBe(
			reportCount(apart, labels, []).display
		);
	});
	it('counts every report when given no claims', () => {
		expect(reportCount([], labels).display).toBe('three reports');
		expect(reportCount([claim({})], labels).display).toBe('one report');
	});
});
