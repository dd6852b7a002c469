import { describe, it, expect } from 'vitest';
import { parseCsvStrict, rowsOfHeaderWidth } from './csv-strict';

const options = { rowName: 'claim' };
/** Parses and keeps the rows as wide as the header, as claims-csv.ts does. */
function parse(text: string) {
	const { header, rows, problems } = parseCsvStrict(text, 'claims.csv', options);
	const wide = rowsOfHeaderWidth(header, rows, 'claims.csv', options);
	return { header, rows: wide.rows, problems: [...problems, ...wide.problems] };
}
const messages = (text: string) => parse(text).problems.map((p) => `${p.where}: ${p.message}`);

describe('parseCsvStrict', () => {
	it('reads quoted fields, doubled quotes, commas and line breaks inside quotes', () => {
		const { header, rows, problems } = parse('id,q,n\na,"x, ""y""\nz",1\nb,,2\n');
		expect(problems).toEqual([]);
		expect(header).toEqual(['id', 'q', 'n']);
		expect(rows.map((r) => r.fields)).toEqual([
			['a', 'x, "y"\nz', '1'],
			['b', '', '2']
		]);
		expect(rows.map((r) => r.line)).toEqual([2, 4]);
		expect(rows[0].starts[2]).toEqual({ line: 3, column: 4 });
	});

	it('accepts blank lines at the very end, and a last line without a newline', () => {
		expect(parse('id,n\na,1\n\n\n  \n').problems).toEqual([]);
		expect(parse('id,n\na,1\n\n').rows).toHaveLength(1);
		expect(parse('id,n\na,1').rows).toHaveLength(1);
	});

	it('accepts rows of only commas at the end, as a spreadsheet writes them, but not between rows', () => {
		expect(parse('id,n\na,1\n,\n,\n').problems).toEqual([]);
		expect(parse('id,n\na,1\n,\n,\n').rows).toHaveLength(1);
		expect(messages('id,n\na,1\n,\nb,2\n')).toEqual([
			'claims.csv line 3: the row has only empty fields; delete it (empty rows are accepted only at the end of the file)'
		]);
	});

	it('names a blank line between rows', () => {
		expect(messages('id,n\na,1\n\nb,2\n')).toEqual([
			'claims.csv line 3: the line is blank; delete it (empty rows are accepted only at the end of the file)'
		]);
	});

	it('names an extra field with its line, column and claim', () => {
		expect(messages('id,n\na,1\nb,2,oops\n')).toEqual([
			'claims.csv line 3, column 5, claim b: the row has 3 fields but the header has 2: an extra field "oops" starts here; remove it, or put a field that contains a comma in quotes'
		]);
	});

	it('names a missing field', () => {
		expect(messages('id,n,m\na,1\n')).toEqual([
			'claims.csv line 2, column 1, claim a: the row has 2 fields but the header has 3 (the last one read is n); a comma is missing: every row needs all 3 fields, empty ones as nothing between two commas'
		]);
	});

	it('names a quote that is never closed, where it opens', () => {
		expect(messages('id,n\na,1\nb,"2\n')).toEqual([
			'claims.csv line 3, column 3, claim b: a quoted field opens here and is never closed (an unbalanced "); end the field with ", and write each " inside it as ""'
		]);
	});

	it('names a quoted field that swallows the next row, and reads no further', () => {
		const { rows, problems } = parse('id,q,s\na,x,"\nb,"""y""",z\nc,q,s\n');
		expect(rows).toEqual([]);
		expect(problems.map((p) => `${p.where}: ${p.message}`)).toEqual([
			'claims.csv line 2, column 5, claim a: the quoted field that opens here is closed by the " at line 3, column 5, and text follows it (y""",z…): it runs over a line break, so a " is probably unbalanced; fix the quotes (the rows after it are read once it is fixed)'
		]);
	});

	it('names an undoubled quote inside a quoted field on its own line', () => {
		expect(messages('id,q\na,"say "x" now"\n')[0]).toContain(
			'closed by the " at line 2, column 8, and text follows it (x" now"…): a " inside the field is not doubled'
		);
	});

	it('names a quote inside a field that does not start with one', () => {
		expect(messages('id,q\na,say "x"\n')).toEqual([
			'claims.csv line 2, column 7, claim a: a " inside a field that does not start with one; put the whole field in quotes and double the " inside it ("")'
		]);
	});

	it('names an empty file', () => {
		expect(messages('')).toEqual(['claims.csv line 1: the file is empty; it needs its header row']);
	});
});
