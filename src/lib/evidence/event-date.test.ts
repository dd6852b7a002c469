import { describe, it, expect } from 'vitest';
import { checkEventDay, endsBefore, type ReportDates } from './event-date';

describe('endsBefore', () => {
	it.each([
		['2017-10', '2017-11-03', true],
		['2017-10-31', '2017-11', true],
		['2017-11-03', '2017-11-04', true],
		['2016', '2017-01-01', true],
		['2017-11', '2017-11-03', false],
		['2017', '2017-11', false],
		['2017-11-03', '2017-11', false],
		['2017-11-04', '2017-11-03', false],
		['2017-12', '2017-11', false]
	])('%s before %s: %s', (a, b, expected) => {
		expect(endsBefore(a, b)).toBe(expected);
	});

	it('refuses a date that is not ISO', () => {
		expect(() => endsBefore('Friday', '2017-11')).toThrow(/ISO date/);
	});
});

describe('checkEventDay', () => {
	const text = 'Printed 04/11/2017. On Friday, Nov. 2, the army moved; on 3 November it said so.';
	const day = (date: string, basis = '', report: ReportDates = { date: '2017-11', latest: null }) =>
		checkEventDay(date, basis, 'a.txt', text, report)?.code ?? null;

	it('accepts a day the report prints, in any of its forms, or its own date', () => {
		expect(day('2017-11-02')).toBe(null);
		expect(day('2017-11-03')).toBe(null);
		expect(day('2017-11-04')).toBe(null);
		expect(day('2017-11-05', '', { date: '2017-11-05', latest: null })).toBe(null);
	});

	it('accepts a day the basis names as read, and a month or a year', () => {
		expect(day('2017-11-10', 'The “Friday” after 3 November: 10 November 2017.')).toBe(null);
		expect(day('2017-11')).toBe(null);
	});

	it('refuses a day neither the report nor the basis gives', () => {
		expect(day('2017-11-17', '“Friday” read as a Friday in November 2017.')).toBe(
			'event-date-too-precise'
		);
	});

	it('refuses an event after the report was written', () => {
		expect(day('2017-12')).toBe('event-after-report');
		expect(day('2017-11-05', '5 November', { date: '2017-11', latest: '2017-11-04' })).toBe(
			'event-after-report'
		);
	});
});
