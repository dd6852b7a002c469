import { describe, it, expect } from 'vitest';
import { checkEventStatus, statusesInQuote } from './event-status';

describe('checkEventStatus', () => {
	it('accepts the status of the quote’s own verb', () => {
		expect(checkEventStatus('still held', 'Albu Kamal, the last town the group still holds')).toBe(
			null
		);
		expect(
			checkEventStatus(
				'retaken',
				'The Iraqi army retook Rawa, the last town still held by the group'
			)
		).toBe(null);
	});

	it('finds a status’s words only as whole words', () => {
		expect(statusesInQuote('the ruling was upheld by the court')).toEqual([]);
		expect(checkEventStatus('still held', 'the ruling was upheld by the court')?.code).toBe(
			'status-not-in-quote'
		);
	});

	it('refuses the state a place was in before the change the quote reports', () => {
		const quote =
			'The Iraqi army retook Rawa, the last town in the country still held by the group';
		expect(checkEventStatus('still held', quote)).toMatchObject({
			code: 'status-superseded',
			field: 'status'
		});
		expect(checkEventStatus('contested', 'forces entered the town under attack')?.code).toBe(
			'status-superseded'
		);
	});

	it('keeps a state beside another state', () => {
		expect(
			checkEventStatus(
				'still held',
				'under attack for a second day in the last town they still hold'
			)
		).toBe(null);
	});
});
