import { describe, it, expect } from 'vitest';
import { csvParse } from 'd3-dsv';
import { toCsv, fromCsv, type Column, type Row } from './csv';

const columns: Column[] = [
	{ key: 'label', type: 'string' },
	{ key: 'n', type: 'number' }
];

describe('toCsv', () => {
	it('neutralises every formula-like text cell with a leading apostrophe', () => {
		const rows: Row[] = ['=1+1', '+cmd', '-2+3', '@SUM(A1)', '\tx', '\rx', "'=x"].map((label) => ({
			label,
			n: 1
		}));
		const parsed = csvParse(toCsv(rows, columns));
		expect(parsed.map((r) => r.label)).toEqual([
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
});

describe('fromCsv', () => {
	it('round-trips formula-like text, negatives, empty cells and unicode exactly', () => {
		const rows: Row[] = [
			{ label: '=HYPERLINK("x")', n: -1500 },
			{ label: "'=already", n: 0 },
			{ label: 'Deir\u00a0al-Zour — “caliphate”', n: null },
			{ label: null, n: 2.5 }
		];
		expect(fromCsv(toCsv(rows, columns), columns)).toEqual(rows);
	});
	it('rejects a header it does not expect', () => {
		expect(() => fromCsv('a,b\n1,2\n', columns)).toThrow('unexpected CSV header');
	});
});
