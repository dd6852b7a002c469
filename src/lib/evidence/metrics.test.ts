import { describe, it, expect } from 'vitest';
import { checkMetric, METRICS } from './metrics';

const report =
	'The group has lost 95 percent of its land.\n\nAt its height it held a third of both countries.';

describe('checkMetric', () => {
	it('accepts a known metric whose paragraph has one of its words', () => {
		expect(checkMetric('territory_lost_share', 'a.txt', report, 1)).toBe(null);
		expect(checkMetric('territory_held_share', 'a.txt', report, 2)).toBe(null);
		expect(checkMetric('statement_date', 'a.txt', report, 1)).toBe(null);
	});

	it('refuses a metric the paragraph does not measure', () => {
		expect(checkMetric('territory_held_share', 'a.txt', report, 1)).toMatchObject({
			code: 'metric-not-in-paragraph',
			field: 'metric'
		});
		expect(checkMetric('territory_lost_share', 'a.txt', report, 2)?.code).toBe(
			'metric-not-in-paragraph'
		);
	});

	it('refuses a metric it does not know', () => {
		expect(checkMetric('territory_lost', 'a.txt', report, 1)?.code).toBe('unknown-metric');
		expect(Object.hasOwn(METRICS, 'territory_lost')).toBe(false);
	});
});
