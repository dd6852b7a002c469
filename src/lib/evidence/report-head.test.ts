import { describe, it, expect } from 'vitest';
import { checkReportHead } from './report-head';

type Head = { headline: string | null; subheads: string[]; dateline: string | null };
const none: Head = { headline: null, subheads: [], dateline: null };
const found = (head: Partial<Head>, text: string) =>
	checkReportHead({ ...none, ...head }, text).map(({ code, field }) => ({ code, field }));

describe('checkReportHead', () => {
	const headed =
		'A shadow of itself\n\n • 04/11/2017\n\nThe group fell.\n\nA few left\n\nMore text.\n\nThe end\n';
	const datelined = 'BAGHDAD - The army retook Rawa.\n\nIn Rawa, the group fell.\n';

	it('accepts a first line as the headline, whole lines as subheads in order, and the opening dateline', () => {
		expect(
			found({ headline: 'A shadow of itself', subheads: ['A few left', 'The end'] }, headed)
		).toEqual([]);
		expect(found({ dateline: 'BAGHDAD' }, datelined)).toEqual([]);
		expect(found({}, headed)).toEqual([]);
	});

	it('rejects a headline that is not the first line, whole', () => {
		const wrong = [{ code: 'headline-not-printed', field: 'headline' }];
		expect(found({ headline: 'A shadow' }, headed)).toEqual(wrong);
		expect(found({ headline: 'The group fell.' }, headed)).toEqual(wrong);
		expect(found({ headline: 'A shadow of its former self' }, headed)).toEqual(wrong);
	});

	it('rejects a subhead that is not a whole line, is the headline, or is out of order', () => {
		const at = (k: number) => [{ code: 'subhead-not-printed', field: `subheads[${k}]` }];
		expect(found({ subheads: ['A few'] }, headed)).toEqual(at(0));
		expect(
			found({ headline: 'A shadow of itself', subheads: ['A shadow of itself'] }, headed)
		).toEqual(at(0));
		expect(found({ subheads: ['The end', 'A few left'] }, headed)).toEqual(at(1));
	});

	it('rejects a dateline that is not the opening words, and a printed one left out', () => {
		const wrong = [{ code: 'dateline-not-printed', field: 'dateline' }];
		expect(found({ dateline: 'MOSUL' }, datelined)).toEqual(wrong);
		expect(found({ dateline: 'Rawa' }, datelined)).toEqual(wrong);
		expect(found({ dateline: 'BAGH' }, datelined)).toEqual(wrong);
		expect(found({}, datelined)).toEqual([{ code: 'dateline-missing', field: 'dateline' }]);
	});

	it('reads the dateline after the headline', () => {
		const both = `Rawa retaken\n\n${datelined}`;
		expect(found({ headline: 'Rawa retaken', dateline: 'BAGHDAD' }, both)).toEqual([]);
		expect(found({ headline: 'Rawa retaken' }, both)).toEqual([
			{ code: 'dateline-missing', field: 'dateline' }
		]);
	});
});
