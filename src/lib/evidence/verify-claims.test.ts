import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseClaimsCsv, CLAIM_COLUMNS, type Claim } from './claims-csv';
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
		attributed_to: 'US-led coalition',
		event_date: '',
		event_date_basis: '',
		status: '',
		...overrides
	};
}

const messages = (c: Claim[]) => verifyClaims(c, articles).map((p) => `${p.where}: ${p.message}`);

describe('splitParagraphs', () => {
	it('joins runs of non-blank lines and skips blank and whitespace-only lines', () => {
		const p = splitParagraphs('a\nb\n  \n\n c\n\t\nd');
		expect(p).toEqual(['a\nb', ' c', 'd']);
	});
	it('counts the fixture article as two paragraphs', () => {
		expect(splitParagraphs(article)).toHaveLength(2);
	});
});

describe('verifyClaims', () => {
	it('accepts a verbatim quote in its paragraph', () => {
		expect(messages([claim({})])).toEqual([]);
	});

	it('accepts a range whose numbers use thousands separators in the quote', () => {
		const c = claim({
			claim_id: 'qaim',
			paragraph: 2,
			quote: 'there were 1,500-2,500 fighters left in al-Qaim',
			value: null,
			low: 1500,
			high: 2500,
			unit: 'fighters'
		});
		expect(messages([c])).toEqual([]);
	});

	it('catches a changed word and shows the closest text', () => {
		const [m] = messages([claim({ quote: 'has lost 96 percent of the “caliphate”' })]);
		expect(m).toContain('lost-95');
		expect(m).toContain('not verbatim in a.txt, paragraph 1');
		expect(m).toContain('"96" (article: "95")');
	});

	it('names straight quotes typed where the article has curly ones', () => {
		const [m] = messages([claim({ quote: 'has lost 95 percent of the "caliphate"' })]);
		expect(m).toContain('differs only in typography');
		expect(m).toContain('a curly opening quote “');
		expect(m).toContain('a straight double quote');
	});

	it('names a plain space typed where the article has a non-breaking space', () => {
		const [m] = messages([
			claim({ paragraph: 2, quote: 'non-breaking space here', value: null, text: 'x' })
		]);
		expect(m).toContain('a non-breaking space');
	});

	it('catches a wrong paragraph and says where the quote is', () => {
		const [m] = messages([claim({ paragraph: 2 })]);
		expect(m).toContain('in paragraph 1 of a.txt, not paragraph 2');
	});

	it('catches a paragraph past the end of the article', () => {
		const [m] = messages([claim({ paragraph: 9 })]);
		expect(m).toContain('paragraph 9 does not exist: a.txt has 2 paragraphs');
	});

	it('catches a number that the quote does not state', () => {
		const [m] = messages([claim({ value: 96 })]);
		expect(m).toContain('value is 96, but the quote does not state 96');
		expect(m).toContain('numbers in the quote: 95');
	});

	it('catches a duplicate id', () => {
		const [m] = messages([claim({}), claim({})]);
		expect(m).toContain('the id is used twice (lines 2 and 3 of claims.csv)');
	});

	it('catches an unknown article', () => {
		const [m] = messages([claim({ article: 'missing.txt' })]);
		expect(m).toContain('article "missing.txt" is not one of the articles (a.txt)');
	});

	it('requires exactly one of value, low+high or text', () => {
		expect(messages([claim({ value: null })])[0]).toContain('none of value, low+high or text');
		expect(messages([claim({ text: 'ninety-five' })])[0]).toContain('more than one');
		expect(messages([claim({ value: null, low: 95 })])[0]).toContain('needs both low and high');
	});

	it('rejects an event date that is not ISO, and a date with no basis', () => {
		expect(messages([claim({ event_date: '2017-11-31', event_date_basis: 'x' })])[0]).toContain(
			'not an ISO date'
		);
		expect(messages([claim({ event_date: '2017-11' })])).toEqual([
			'claims.csv line 2, claim lost-95: event_date is set but event_date_basis does not say how it was read from the text'
		]);
	});

	it('rejects an event year the report neither prints nor is dated in', () => {
		const dated = (event_date: string, date: string | null) =>
			verifyClaims([claim({ event_date, event_date_basis: 'x' })], articles, {
				articleDates: { 'a.txt': date }
			}).map((p) => p.message);
		expect(dated('2017-11', '2017-11-03')).toEqual([]);
		expect(dated('1999', '2017-11-03')).toEqual([
			'event_date 1999: the year 1999 is not printed in a.txt, and its own date in articles.json is 2017-11-03; a date must be read from the report: use a year it prints or its own year (and say how in event_date_basis), or leave event_date empty'
		]);
		expect(dated('2017', null)[0]).toContain('articles.json gives it no date');
	});

	it('names the line and the id of a claim, from the lines parseClaimsCsv gives', () => {
		const problems = verifyClaims([claim({ value: 96 })], articles, { lines: [12] });
		expect(problems[0].where).toBe('claims.csv line 12, claim lost-95');
	});

	it('needs a status on a town event, justified by the quote’s own verb', () => {
		const town = (over: Partial<Claim>) =>
			claim({ metric: 'town_status', value: null, text: 'lost', unit: '', ...over });
		expect(messages([town({ status: 'lost' })])).toEqual([]);
		expect(messages([town({})])[0]).toContain('metric town_status needs a status');
		expect(messages([town({ status: 'retaken' })])[0]).toContain(
			'status is "retaken", but the quote has none of its words'
		);
		expect(messages([town({ status: 'gone' })])[0]).toContain('status "gone" is not one of');
	});
});

describe('parseClaimsCsv', () => {
	const header = CLAIM_COLUMNS.join(',');
	it('parses numbers and keeps quotes byte for byte', () => {
		const csv = `${header}\nx,a.txt,2,"there were 1,500-2,500 ""fighters""",m,,1500,2500,,fighters,,,,the article,,,\n`;
		const { claims, lines, problems } = parseClaimsCsv(csv);
		expect(problems).toEqual([]);
		expect(lines).toEqual([2]);
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
		expect(problems).toEqual([
			{
				where: 'claims.csv line 2, claim x',
				message: 'paragraph is "two"; it must be a whole number counted from 1'
			},
			{
				where: 'claims.csv line 2, claim x',
				message:
					'value is "1,500", which is not a plain number (write 1500, not 1,500 or "about 1500")'
			}
		]);
	});
	it('reports missing columns', () => {
		const { problems } = parseClaimsCsv('claim_id,article\nx,a.txt\n');
		expect(problems[0]).toMatchObject({ where: 'claims.csv line 1 (the header)' });
		expect(problems[0].message).toContain('the column(s) paragraph, quote');
	});
	it('reports a column that is not a claim column, and a column given twice', () => {
		const { claims, problems } = parseClaimsCsv(`${header},notes,quote\n`);
		expect(claims).toEqual([]);
		expect(problems.map((p) => p.message)).toEqual([
			`column 18 is "notes", which is not a claim column; remove that column from every row (the columns are: ${CLAIM_COLUMNS.join(', ')})`,
			'the column quote appears twice; remove one'
		]);
	});
	it('reports a field other than the quote that runs over a line break', () => {
		const csv = `${header}\nx,a.txt,1,"two\nlines",m,,,,"a\nb",,,,,the article,,,\n`;
		const { problems } = parseClaimsCsv(csv);
		expect(problems).toEqual([
			{
				where: 'claims.csv line 2, claim x',
				message:
					'text runs over a line break (its quoted field opens at line 3, column 13); a " is probably unbalanced: close the field on the line it opens'
			}
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
		const problems = verifyReferences(
			[claim({})],
			[
				{ claim_id: 'lost-95', where: 'story' },
				{ claim_id: 'nope', where: 'story.aml step "x"' }
			]
		);
		expect(problems).toEqual([
			{
				where: 'story.aml step "x"',
				message:
					'cites claim "nope", which is not in claims.csv; correct the id, or add the claim to data/claims.csv'
			}
		]);
	});
});
