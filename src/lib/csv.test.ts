import { describe, it, expect } from 'vitest';
import { csvParse } from 'd3-dsv';
import { toCsv, type Column, type CsvRow } from './csv';

const columns: Column[] = [
	{ key: 'label', type: 'string', description: 'a label' },
	{ key: 'n', type: 'number', description: 'a number' }
];

/** Reads a CSV the way a data user's script would: d3-dsv, then drop the formula guard's apostrophe. */
function readAsUser(csv: string): CsvRow[] {
	return csvParse(csv).map((r) => ({
		label: r.label === '' ? null : r.label!.replace(/^'(?=[=+\-@\t\r])/, ''),
		n: r.n === '' ? null : Number(r.n)
	}));
}

describe('toCsv', () => {
	it('neutralises every formula-like text cell with a leading apostrophe', () => {
		const rows: CsvRow[] = ['=1+1', '+cmd', '-2+3', '@SUM(A1)', '\tx', '\rx', "'=x"].map(
			(label) => ({
				label,
				n: 1
			})
		);
		expect(csvParse(toCsv(rows, columns)).map((r) => r.label)).toEqual([
			"'=1+1",
			"'+cmd",
			"'-2+3",
			"'@SUM(A1)",
			"'\tx",
			"'\rx",
			"''=x"
		]);
	});
	it('leaves negative numbers as numbers and plain text alone', () => {
		const csv = toCsv([{ label: 'a, “quoted” text', n: -5 }], columns);
		expect(csv).toBe('label,n\n"a, “quoted” text",-5\n');
	});
	it('refuses a non-number in a number column', () => {
		expect(() => toCsv([{ label: 'x', n: 'five' }], columns)).toThrow('column "n" holds "five"');
	});
	it('round-trips through a user’s parser: formula-like text (tab and CR too), negatives, empty cells, unicode', () => {
		const rows: CsvRow[] = [
			{ label: '=HYPERLINK("x")', n: -1500 },
			{ label: '\tindented', n: 0 },
			{ label: '\rcarriage', n: 1 },
			{ label: 'Deir\u00a0al-Zour — “caliphate”', n: null },
			{ label: null, n: 2.5 }
		];
		expect(readAsUser(toCsv(rows, columns))).toEqual(rows);
	});
});
