import { describe, expect, it } from 'vitest';
import { lastWeekdayOnOrBefore } from './weekdays';

describe('lastWeekdayOnOrBefore', () => {
	it('is the last such weekday on or before the day', () => {
		// 10 November 2017 was a Friday; the Wednesday before it, the 8th.
		expect(lastWeekdayOnOrBefore('Wednesday', '2017-11-10')).toBe('2017-11-08');
		expect(lastWeekdayOnOrBefore('Friday', '2017-11-10')).toBe('2017-11-10');
		expect(lastWeekdayOnOrBefore('Saturday', '2017-11-10')).toBe('2017-11-04');
	});
	it('is null for a word that is not a weekday or a day that is not one', () => {
		expect(lastWeekdayOnOrBefore('last week', '2017-11-10')).toBeNull();
		expect(lastWeekdayOnOrBefore('Wednesday', '2017-11')).toBeNull();
		expect(lastWeekdayOnOrBefore('Wednesday', null)).toBeNull();
	});
});
