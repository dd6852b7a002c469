import { describe, it, expect } from 'vitest';
import { checkReportDate, daysNamed, printedDays } from './report-date';

const codes = (found: { code: string; field?: string }[]) =>
	found.map(({ code, field }) => ({ code, field }));

describe('printedDays', () => {
	it('reads ISO dates, both readings of a slashed date, and dates in words', () => {
		expect(printedDays('date 2017-11-03')).toEqual(['2017-11-03']);
		expect(printedDays('04/11/2017').sort()).toEqual(['2017-04-11', '2017-11-04']);
		expect(printedDays('on Nov. 2, 2017')).toEqual(['2017-11-02']);
		expect(printedDays('4th of November, 2017')).toEqual(['2017-11-04']);
	});

	it('reads no day where none is printed, or where it is no day of the calendar', () => {
		expect(printedDays('on Friday, earlier this month')).toEqual([]);
		expect(printedDays('November 2017')).toEqual([]);
		expect(printedDays('30 February 2017')).toEqual([]);
		expect(printedDays('13/13/2017')).toEqual([]);
	});
});

describe('daysNamed', () => {
	it('names a day, and both ends of a span', () => {
		expect(daysNamed('4 November 2017 (printed 04/11/2017)')).toEqual(['2017-11-04']);
		expect(daysNamed('a day from 10 to 30 November 2017')).toEqual(['2017-11-10', '2017-11-30']);
		expect(daysNamed('November 2017')).toEqual([]);
	});
});

describe('checkReportDate', () => {
	const printed = 'Headline\n\n • 04/11/2017\nA caption.\n\nThe story. On Nov. 2, 2017 it began.\n';
	const day = {
		date: '2017-11-04',
		date_display: '4 November 2017',
		date_evidence: '04/11/2017',
		date_evidence_paragraph: 2,
		date_bounds: { earliest: '2017-11-04', latest: '2017-11-04' }
	};
	const reading = {
		date: '2017-11',
		date_display: 'not printed; on or after 2 November 2017',
		date_evidence: 'On Nov. 2, 2017',
		date_evidence_paragraph: 3,
		date_bounds: { earliest: '2017-11-02', latest: null }
	};

	it('accepts a day printed at the head, and a month read from a day printed in the body', () => {
		expect(checkReportDate(day, printed)).toEqual([]);
		expect(checkReportDate(reading, printed)).toEqual([]);
	});

	it('takes a whole day only from evidence that prints it', () => {
		expect(codes(checkReportDate({ ...day, date: '2017-11-05' }, printed))[0]).toEqual({
			code: 'date-not-printed',
			field: 'date'
		});
		const friday = { ...day, date_evidence: 'The story.' };
		expect(codes(checkReportDate(friday, printed))[0]).toEqual({
			code: 'date-not-printed',
			field: 'date'
		});
	});

	it('does not take a date printed in the body (a caption, an event) as the report’s own', () => {
		const body = {
			...reading,
			date: '2017-11-02',
			date_display: '2 November 2017',
			date_bounds: null
		};
		expect(codes(checkReportDate(body, printed))).toEqual([
			{ code: 'date-not-printed', field: 'date' }
		]);
	});

	it('asks a date that is our reading for its evidence and its earliest bound', () => {
		expect(codes(checkReportDate({ ...reading, date_evidence: null }, printed))[0]).toEqual({
			code: 'required-field',
			field: 'date_evidence'
		});
		expect(codes(checkReportDate({ ...reading, date_bounds: null }, printed))).toEqual([
			{ code: 'date-bounds-missing', field: 'date_bounds' }
		]);
	});

	it('rejects bounds earlier than the day the evidence prints', () => {
		const wide = {
			...reading,
			date_display: 'not printed; on or after 1 November 2017',
			date_bounds: { earliest: '2017-11-01', latest: null }
		};
		expect(codes(checkReportDate(wide, printed))).toEqual([
			{ code: 'date-bounds', field: 'date_bounds' }
		]);
	});

	it('says "not printed" exactly when the date is not printed, and names only the date and bounds', () => {
		const says = (display: string, a: typeof day | typeof reading) =>
			codes(checkReportDate({ ...a, date_display: display }, printed));
		const wrong = [{ code: 'date-display', field: 'date_display' }];
		expect(says('not printed; 4 November 2017', day)).toEqual(wrong);
		expect(says('on or after 2 November 2017', reading)).toEqual(wrong);
		expect(says('not printed; on or after 3 November 2017', reading)).toEqual(wrong);
		expect(says('5 November 2017', day)).toEqual(wrong);
		expect(
			codes(
				checkReportDate(
					{ ...reading, date: null, date_display: 'not printed', date_bounds: null },
					printed
				)
			)
		).toEqual([]);
		expect(
			codes(checkReportDate({ ...reading, date: null, date_display: 'undated' }, printed))
		).toEqual(wrong);
	});
});
