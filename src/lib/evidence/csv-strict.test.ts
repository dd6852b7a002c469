import { describe, it, expect } from 'vitest';
import { parseCsvStrict, rowsOfHeaderWidth } from './csv-strict';

const options = { rowName: 'claim' };
/** Parses and keeps the rows as wide as the header, as claims-csv.ts does. */
function parse(text: string) {
	const { header, rows, problems } = parseCsvStrict(text, 'claims.csv', options);
	const wide = rowsOfHeaderWidth(header, rows, 'claims.csv', options);
	return { header, rows: wide.rows, problems: [...problems, ...wide.problems] };
}
/** Each problem's rule and place. */
const found = (text: string) =>
	parse(text).problems.map(({ code, file, line, column, id }) => ({
		code,
		file,
		line,
		column,
		id
	}));

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
		expect(found('id,n\na,1\n,\nb,2\n')).toEqual([
			{ code: 'csv-empty-row', file: 'claims.csv', line: 3, column: undefined, id: undefined }
		]);
	});

	it('names a blank line between rows', () => {
		expect(found('id,n\na,1\n\nb,2\n')).toMatchObject([{ code: 'csv-empty-row', line: 3 }]);
	});

	it('names an extra field with its line, column and claim', () => {
		expect(found('id,n\na,1\nb,2,oops\n')).toEqual([
			{ code: 'csv-extra-field', file: 'claims.csv', line: 3, column: 5, id: 'b' }
		]);
	});

	it('names a missing field', () => {
		expect(found('id,n,m\na,1\n')).toEqual([
			{ code: 'csv-missing-field', file: 'claims.csv', line: 2, column: 1, id: 'a' }
		]);
	});

	it('names a quote that is never closed, where it opens', () => {
		expect(found('id,n\na,1\nb,"2\n')).toEqual([
			{ code: 'csv-quote-not-closed', file: 'claims.csv', line: 3, column: 3, id: 'b' }
		]);
	});

	it('names a quoted field that swallows the next row, and reads no further', () => {
		const { rows, problems } = parse('id,q,s\na,x,"\nb,"""y""",z\nc,q,s\n');
		expect(rows).toEqual([]);
		expect(problems).toMatchObject([
			{ code: 'csv-unbalanced-quote', file: 'claims.csv', line: 2, column: 5, id: 'a' }
		]);
		// …and where it closes, so the editor sees which row it swallowed.
		expect(problems[0].message).toMatch(/line 3, column 5/);
	});

	it('names an undoubled quote inside a quoted field on its own line', () => {
		const [p] = parse('id,q\na,"say "x" now"\n').problems;
		expect(p).toMatchObject({ code: 'csv-unbalanced-quote', line: 2, column: 3, id: 'a' });
		expect(p.message).toMatch(/line 2, column 8/);
	});

	it('names a quote inside a field that does not start with one', () => {
		expect(found('id,q\na,say "x"\n')).toEqual([
			{ code: 'csv-stray-quote', file: 'claims.csv', line: 2, column: 7, id: 'a' }
		]);
	});

	it('counts columns in characters, not bytes, and names a row by its quoted first field', () => {
		expect(found('id,q\n"“é”, b",say "x"\n')).toEqual([
			{ code: 'csv-stray-quote', file: 'claims.csv', line: 2, column: 14, id: '“é”, b' }
		]);
	});

	it('stops at the first row of the wrong width, as it stops at a quote', () => {
		const { rows, problems } = parse('id,n\na,1\nb,2,3\nc\nd,4\n');
		expect(rows.map((r) => r.fields[0])).toEqual(['a']);
		expect(problems).toMatchObject([{ code: 'csv-extra-field', line: 3, column: 5, id: 'b' }]);
	});

	it('accepts rows of only commas at the end whatever their width', () => {
		expect(parse('id,n,m\na,1,2\n,\n,,,\n').problems).toEqual([]);
	});

	it('names an empty file', () => {
		expect(found('')).toMatchObject([{ code: 'csv-empty-file', file: 'claims.csv', line: 1 }]);
	});

	it('says where in words too: file, line, column and the row’s name', () => {
		const [p] = parse('id,n\na,1\nb,2,oops\n').problems;
		expect(p.where).toMatch(/^claims\.csv\b.*\b3\b.*\b5\b.*\bclaim b$/);
	});
});
