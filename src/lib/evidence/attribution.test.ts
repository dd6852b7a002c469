import { describe, it, expect } from 'vitest';
import { checkAttribution, namesIn } from './attribution';

const report = 'The U.S.-led coalition said so, Colonel Ryan Dillon said.\n\nIraq’s army advanced.';

describe('checkAttribution', () => {
	it('reads the names of an attribution, abbreviations marked', () => {
		expect(namesIn('Col. Ryan Dillon, US-led coalition spokesman')).toEqual([
			{ name: 'Col', abbreviated: true },
			{ name: 'Ryan', abbreviated: false },
			{ name: 'Dillon', abbreviated: false },
			{ name: 'US', abbreviated: false }
		]);
	});

	it('accepts names the report prints, however it abbreviates them', () => {
		expect(checkAttribution('Col. Ryan Dillon, US-led coalition spokesman', 'a.txt', report)).toBe(
			null
		);
		expect(checkAttribution('Iraqi army', 'a.txt', report)?.code).toBe('attribution-not-in-report');
		expect(checkAttribution('the article', 'a.txt', report)).toBe(null);
	});

	it('refuses a source the report never names', () => {
		expect(checkAttribution('Syrian Observatory for Human Rights', 'a.txt', report)).toMatchObject({
			code: 'attribution-not-in-report',
			field: 'attributed_to'
		});
	});
});
