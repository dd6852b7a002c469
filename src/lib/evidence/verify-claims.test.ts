import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { CLAIM_COLUMNS, type Claim } from './claim-schema';
import { parseClaimsCsv } from './claims-csv';
import { checkEventStatus } from './event-status';
import { closestMatch } from './near-miss';
import { splitParagraphs } from './paragraphs';
import { verifyClaims, verifyReferences } from './verify-claims';
import { numbersInQuote } from './quote-support';

const article = readFileSync('tests/fixtures/evidence/articles/a.txt', 'utf8');
const articles = { 'a.txt': article };

function claim(overrides: Partial<Claim>): Claim {
	return {
		claim_id: 'lost-95',
		article: 'a.txt',
		paragraph: 1,
		quote: 'has lost 95 percent of the “caliphate”',
		metric: 'territory_lost_share',
		value: 95,
		low: null,
		high: null,
		text: null,
		unit: 'percent',
		qualifier: '',
		place: 'iraq-syria',
		place_as_written: '',
		attributed_to: 'the coalition',
		event_date: '',
		event_date_basis: '',
		status: '',
		...overrides
	};
}

/** What verifyClaims finds: each problem's rule and the field at fault. */
const found = (c: Claim[]) => verifyClaims(c, articles).map((p) => [p.code, p.field]);
const first = (c: Claim[]) => verifyClaims(c, articles)[0];
const paragraphs = splitParagraphs(article);

describe('splitParagraphs', () => {
	it('joins runs of non-blank lines and skips blank and whitespace-only lines', () => {
		const p = splitParagraphs('a\nb\n  \n\n c\n\t\nd');
		expect(p).toEqual(['a\nb', ' c', 'd']);
	});
	it('counts the fixture article as two paragraphs', () => {
		expect(paragraphs).toHaveLength(2);
	});
});

describe('verifyClaims', () => {
	it('accepts a verbatim quote in its paragraph', () => {
		expect(found([claim({})])).toEqual([]);
	});

	it('accepts a range whose numbers use thousands separators in the quote', () => {
		const c = claim({
			claim_id: 'qaim',
			paragraph: 2,
			quote: 'there were 1,500-2,500 fighters left in al-Qaim',
			metric: 'fighters_remaining',
			value: null,
			low: 1500,
			high: 2500,
			unit: 'fighters'
		});
		expect(found([c])).toEqual([]);
	});

	it('catches a changed word and gives the near-miss hint for its paragraph', () => {
		const quote = 'has lost 96 percent of the “caliphate”';
		const p = first([claim({ quote })]);
		expect(p).toMatchObject({ code: 'quote-not-verbatim', field: 'quote', id: 'lost-95' });
		expect(p.message).toContain('a.txt');
		expect(p.message).toContain(closestMatch(quote, paragraphs[0]));
	});

	it('names straight quotes typed where the article has curly ones', () => {
		const p = first([claim({ quote: 'has lost 95 percent of the "caliphate"' })]);
		expect(p.code).toBe('quote-not-verbatim');
		// The hint names both characters: that is the rule.
		expect(p.message).toContain('“');
		expect(p.message).toMatch(/straight double quote/);
	});

	it('names a plain space typed where the article has a non-breaking space', () => {
		const p = first([
			claim({ paragraph: 2, quote: 'non-breaking space here', value: null, text: 'x' })
		]);
		expect(p.code).toBe('quote-not-verbatim');
		expect(p.message).toMatch(/non-breaking space/);
	});

	it('catches a wrong paragraph, and a paragraph past the end of the article', () => {
		expect(found([claim({ paragraph: 2 })])).toEqual([['quote-in-other-paragraph', 'paragraph']]);
		expect(found([claim({ paragraph: 9 })])).toEqual([['paragraph-out-of-range', 'paragraph']]);
	});

	it('catches a number that the quote does not state', () => {
		expect(found([claim({ value: 96 })])).toEqual([['number-not-in-quote', 'value']]);
	});

	it('catches a duplicate id, at the second row', () => {
		const [p] = verifyClaims([claim({}), claim({})], articles);
		expect(p).toMatchObject({ code: 'duplicate-id', field: 'claim_id', line: 3, id: 'lost-95' });
	});

	it('catches an unknown article', () => {
		expect(found([claim({ article: 'missing.txt' })])).toEqual([['unknown-article', 'article']]);
	});

	it('requires exactly one of value, low+high or text', () => {
		expect(found([claim({ value: null })])[0][0]).toBe('value-form');
		expect(found([claim({ text: 'ninety-five' })])[0][0]).toBe('value-form');
		expect(found([claim({ value: null, low: 95 })])).toEqual([['range-incomplete', 'high']]);
	});

	it('rejects an event date that is not ISO, and a date with no basis', () => {
		const bad = claim({ event_date: '2017-11-31', event_date_basis: 'x' });
		expect(found([bad])).toEqual([['not-iso-date', 'event_date']]);
		expect(found([claim({ event_date: '2017-11' })])).toEqual([
			['date-basis-missing', 'event_date_basis']
		]);
	});

	it('rejects an event year the report neither prints nor is dated in', () => {
		const dated = (event_date: string, date: string | null) =>
			verifyClaims([claim({ event_date, event_date_basis: 'x' })], articles, {
				articleDates: { 'a.txt': date }
			}).map((p) => [p.code, p.field]);
		expect(dated('2017-11', '2017-11-03')).toEqual([]);
		expect(dated('1999', '2017-11-03')).toEqual([['event-year-not-in-report', 'event_date']]);
		expect(dated('1999', null)).toEqual([['event-year-not-in-report', 'event_date']]);
	});

	it('names the file, the line, the cell and the id of a claim, from the rows parseClaimsCsv gives', () => {
		const rows = [{ line: 12, cells: { value: { line: 12, column: 80 } } }];
		const [p] = verifyClaims([claim({ value: 96 })], articles, { rows });
		expect(p).toMatchObject({ file: 'claims.csv', line: 12, column: 80, field: 'value' });
		expect(p.where).toMatch(/claims\.csv\b.*\b12\b.*lost-95/);
	});

	it('needs a status on a town event, justified by the quote’s own verb', () => {
		const town = (over: Partial<Claim>) =>
			claim({ metric: 'town_status', value: null, text: 'lost', unit: '', ...over });
		expect(found([town({ status: 'lost' })])).toEqual([]);
		expect(found([town({})])).toEqual([['status-missing', 'status']]);
		expect(found([town({ status: 'retaken' })])).toEqual([['status-not-in-quote', 'status']]);
		expect(found([town({ status: 'gone' })])).toEqual([['unknown-status', 'status']]);
		expect(checkEventStatus('retaken', 'the army retook the town', 'the army')?.code).toBe(
			'status-not-own-voice'
		);
	});
});

describe('parseClaimsCsv', () => {
	const header = CLAIM_COLUMNS.join(',');
	it('parses numbers and keeps quotes byte for byte, and where each cell starts', () => {
		const csv = `${header}\nx,a.txt,2,"there were 1,500-2,500 ""fighters""",m,,1500,2500,,fighters,,,,the article,,,\n`;
		const { claims, rows, problems } = parseClaimsCsv(csv);
		expect(problems).toEqual([]);
		expect(rows.map((r) => r.line)).toEqual([2]);
		expect(rows[0].cells.quote).toEqual({ line: 2, column: 11 });
		expect(claims[0]).toMatchObject({
			paragraph: 2,
			low: 1500,
			high: 2500,
			value: null,
			text: null
		});
		expect(claims[0].quote).toBe('there were 1,500-2,500 "fighters"');
	});
	it('reports a malformed number or paragraph instead of dropping the row', () => {
		const csv = `${header}\nx,a.txt,two,q,m,"1,500",,,,,,,,the article,,,\n`;
		const { problems } = parseClaimsCsv(csv);
		expect(problems).toMatchObject([
			{ code: 'not-a-number', field: 'paragraph', line: 2, column: 9, id: 'x' },
			{ code: 'not-a-number', field: 'value', line: 2, column: 17, id: 'x' }
		]);
	});
	it('reports missing columns', () => {
		const { problems } = parseClaimsCsv('claim_id,article\nx,a.txt\n');
		expect(problems[0]).toMatchObject({
			code: 'header-missing-column',
			file: 'claims.csv',
			line: 1,
			field: 'paragraph'
		});
	});
	it('reports a column that is not a claim column, and a column given twice', () => {
		const { claims, problems } = parseClaimsCsv(`${header},notes,quote\n`);
		expect(claims).toEqual([]);
		expect(problems).toMatchObject([
			{ code: 'header-unknown-column', field: 'notes', line: 1, column: header.length + 2 },
			{ code: 'header-duplicate-column', field: 'quote', line: 1, column: header.length + 8 }
		]);
	});
	it('reports a field other than the quote that runs over a line break, where it opens', () => {
		const csv = `${header}\nx,a.txt,1,"two\nlines",m,,,,"a\nb",,,,,the article,,,\n`;
		const { problems } = parseClaimsCsv(csv);
		expect(problems).toMatchObject([
			{ code: 'field-runs-over-line', field: 'text', line: 3, column: 13, id: 'x' }
		]);
	});
});

describe('numbersInQuote', () => {
	it('reads digits with separators and small number words', () => {
		expect(numbersInQuote('around four percent, 1,500 to 2,500 and 7000')).toEqual([
			4, 1500, 2500, 7000
		]);
	});
});

describe('verifyReferences', () => {
	it('reports a reference to a claim that does not exist, naming where', () => {
		const step = { where: 'story.aml step x', file: 'story.aml', id: 'x', field: 'text' };
		const problems = verifyReferences(
			[claim({})],
			[
				{ claim_id: 'lost-95', place: { where: 'story.aml title' } },
				{ claim_id: 'nope', place: step }
			]
		);
		expect(problems).toMatchObject([{ code: 'unknown-claim', ...step }]);
		expect(problems[0].message).toContain('"nope"');
	});
});
