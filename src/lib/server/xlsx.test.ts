import { describe, it, expect } from 'vitest';
import { columnLetter, xlsx } from './xlsx';
import { readXlsx, unzip } from '../../../tools/read-xlsx';

const columns = [
	{ key: 'town', type: 'string' as const, description: 'Town' },
	{ key: 'low', type: 'number' as const, description: 'Low' },
	{ key: 'event_date', type: 'string' as const, description: 'When' },
	{ key: 'reported', type: 'string' as const, description: 'As printed' }
];

const TEXT = { type: 'text', format: '@', bold: false } as const;

describe('the spreadsheet edition', async () => {
	const rows = [
		{ town: 'Albu Kamal', low: 1500, event_date: '2017-11', reported: '04/11/2017' },
		{ town: '=HYPERLINK("x")', low: -3, event_date: '2017', reported: 'km² “caliphate” <&>' },
		{ town: 'Rawa', low: null, event_date: '', reported: null }
	];
	const sheets = readXlsx(await xlsx(rows, columns));

	it('keeps dates and date-like text as text, in the text format, so Excel never turns them into dates', () => {
		const data = sheets.get('data')!;
		expect(data[1][2]).toEqual({ ...TEXT, value: '2017-11' });
		expect(data[1][3]).toEqual({ ...TEXT, value: '04/11/2017' });
		expect(data[2][2]).toEqual({ ...TEXT, value: '2017' });
	});

	it('stores numbers as numbers, text as Unicode text, and never a formula', () => {
		const data = sheets.get('data')!;
		expect(data[1][1]).toEqual({ type: 'number', value: 1500 });
		expect(data[2][1]).toEqual({ type: 'number', value: -3 });
		expect(data[2][0]).toEqual({ ...TEXT, value: '=HYPERLINK("x")' });
		expect(data[2][3]).toMatchObject({ value: 'km² “caliphate” <&>' });
		expect(data.flat().some((c) => c?.type === 'formula')).toBe(false);
		expect(data[3][0]).toEqual({ ...TEXT, value: 'Rawa' });
		expect(
			[1, 2, 3].map((i) => data[3][i] ?? null),
			'empty cells stay empty'
		).toEqual([null, null, null]);
	});

	it('has a bold header row and a sheet describing the columns', () => {
		expect(sheets.get('data')![0].map((c) => c && 'bold' in c && `${c.value}/${c.bold}`)).toEqual([
			'town/true',
			'low/true',
			'event_date/true',
			'reported/true'
		]);
		expect(
			sheets
				.get('columns')!
				.slice(1)
				.map((r) => r.map((c) => c?.value))
		).toEqual([
			['town', 'text', 'Town'],
			['low', 'number', 'Low'],
			['event_date', 'text', 'When'],
			['reported', 'text', 'As printed']
		]);
	});

	it('is a ZIP with the parts a spreadsheet needs, the same bytes for the same table', async () => {
		const parts = [...unzip(await xlsx(rows, columns)).keys()];
		for (const part of [
			'[Content_Types].xml',
			'_rels/.rels',
			'xl/workbook.xml',
			'xl/_rels/workbook.xml.rels',
			'xl/styles.xml'
		])
			expect(parts).toContain(part);
		expect(sheets.size).toBe(2);
		const [a, b] = [await xlsx(rows, columns), await xlsx(rows, columns)];
		expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
		expect(Buffer.from(a).equals(Buffer.from(await xlsx(rows.slice(1), columns)))).toBe(false);
	});

	it('drops the control characters XML cannot hold, keeping the rest of the text', async () => {
		const sheet = readXlsx(await xlsx([{ town: 'Al\u0001bu\u000bKamal\ttab' }], columns)).get(
			'data'
		)!;
		expect(sheet[1][0]).toEqual({ ...TEXT, value: 'AlbuKamal\ttab' });
	});

	it('names columns past Z as spreadsheets do', () => {
		expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual([
			'A',
			'Z',
			'AA',
			'AB',
			'ZZ',
			'AAA'
		]);
	});
});
