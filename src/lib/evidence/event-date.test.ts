import { describe, it, expect } from 'vitest';
import { endsBefore } from './event-date';

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
