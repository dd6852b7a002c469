import { describe, it, expect } from 'vitest';
import { checkRelativeDate, periodOf } from './relative-dates';

const november = { earliest: '2017-11-10', latest: '2017-11-30' };
const at = (text: string, event_date: string, basis = '') =>
	checkRelativeDate({ text, event_date, event_date_basis: basis }, 'a.txt', november)?.code ?? null;

describe('periodOf', () => {
	it('gives the first and last day of a year, a month, a day', () => {
		expect(periodOf('2016')).toEqual(['2016-01-01', '2016-12-31']);
		expect(periodOf('2016-02')).toEqual(['2016-02-01', '2016-02-29']);
		expect(periodOf('2017-11-03')).toEqual(['2017-11-03', '2017-11-03']);
	});
});

describe('checkRelativeDate', () => {
	it('reads "last month" in a November report as October', () => {
		expect(at('last month', '2017-10')).toBeNull();
		expect(at('last month', '2017-09')).toBe('event-date-not-its-words');
		expect(at('last month', '2017-11')).toBe('event-date-not-its-words');
	});

	it('reads "earlier this month" as the report’s month', () => {
		expect(at('earlier this month', '2017-11')).toBeNull();
		expect(at('earlier this month', '2017-10')).toBe('event-date-not-its-words');
	});

	it('puts a weekday within a week of the days the report can have been written', () => {
		expect(at('Wednesday', '2017-11')).toBeNull();
		expect(at('Wednesday', '2017-10')).toBe('event-date-not-its-words');
		expect(at('last Thursday', '2017-11-02')).toBeNull();
		expect(at('last Thursday', '2017-10-20')).toBe('event-date-not-its-words');
	});

	it('reads the words the basis quotes first, not the later ones it reads them against', () => {
		expect(at('', '2017-10', 'The “Wednesday” before this report’s Friday.')).toBe(
			'event-date-not-its-words'
		);
		expect(at('three years', '2014', '“Three years” before the report’s “Friday”.')).toBeNull();
	});

	it('leaves alone a weekday that looks ahead, and words it does not resolve', () => {
		expect(at('by Saturday', '2017-10')).toBeNull();
		expect(at('in July', '2017-07')).toBeNull();
	});
});
