import { describe, expect, it } from 'vitest';
import { reportName } from './report-name';

const report = {
	label: 'Article X',
	headline: null,
	dateline: null,
	date: null,
	date_evidence: null
};

describe('reportName', () => {
	it('gives a printed headline and day as printed', () => {
		expect(
			reportName({
				...report,
				headline: 'A shadow',
				date: '2017-11-03',
				date_evidence: 'date 2017-11-03'
			})
		).toBe('Article X (“A shadow”, 3 November 2017)');
	});
	it('says a day printed in another form is our reading of it', () => {
		expect(reportName({ ...report, date: '2017-11-04', date_evidence: '04/11/2017' })).toBe(
			'Article X (no headline, 4 November 2017 by our reading of its “04/11/2017”)'
		);
	});
	it('says what is missing, and that a month is our reading', () => {
		expect(reportName({ ...report, dateline: 'BAGHDAD', date: '2017-11' })).toBe(
			'Article X (no headline, datelined BAGHDAD, November 2017 by our reading)'
		);
		expect(reportName(report)).toBe('Article X (no headline, undated)');
	});
});
