// The spreadsheet edition of a table (/data/<name>.xlsx), for Excel and its kin, written by
// write-excel-file: every text cell is text in the Text format (`@`), so "2017-11" and
// "04/11/2017" stay as written and never become dates, numbers are numbers, and no cell is ever a
// formula. A second sheet describes the columns. Repacked with a fixed date (zip.ts), so the same
// table always gives the same bytes.
import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node';
import type { CsvRow } from '$lib/csv';
import { rezip } from './zip';

/** A column of the spreadsheet: key, type, what it means; `string` columns keep Excel's text format. */
export interface SheetColumn {
	key: string;
	type: 'number' | 'string';
	description: string;
}

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
	let s = '';
	for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
		s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
	}
	return s;
}

/** Text safe in XML 1.0: without the control characters it forbids. */
const xmlSafe = (s: string) =>
	// eslint-disable-next-line no-control-regex
	s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

/** A cell: a number, text in the Text format, or nothing. */
function cell(value: string | number | null): Cell {
	if (value === null || value === '') return null;
	if (typeof value === 'number') return { type: Number, value };
	return { type: String, value: xmlSafe(value), format: '@' };
}

const header = (names: string[]): Cell[] =>
	names.map((value) => ({ type: String, value, fontWeight: 'bold', format: '@' }));

/** A column's width in characters: its longest cell, within reason. */
const widthOf = (values: unknown[]) =>
	Math.min(60, Math.max(8, ...values.map((v) => String(v ?? '').length + 2)));

/** The workbook: sheet "data" (the rows) and sheet "columns" (what each column means). */
export async function xlsx(rows: CsvRow[], columns: SheetColumn[]): Promise<Uint8Array> {
	const values = rows.map((r) => columns.map((c) => r[c.key] ?? null));
	const data: SheetData = [header(columns.map((c) => c.key)), ...values.map((v) => v.map(cell))];
	const about: SheetData = [
		header(['column', 'type', 'description']),
		...columns.map((c) => [c.key, c.type === 'number' ? 'number' : 'text', c.description].map(cell))
	];
	const bytes = await writeXlsxFile([
		{
			sheet: 'data',
			data,
			stickyRowsCount: 1,
			columns: columns.map((c, i) => ({ width: widthOf([c.key, ...values.map((v) => v[i])]) }))
		},
		{
			sheet: 'columns',
			data: about,
			stickyRowsCount: 1,
			columns: [{ width: widthOf(columns.map((c) => c.key)) }, { width: 8 }, { width: 100 }]
		}
	]).toBuffer();
	return rezip(new Uint8Array(bytes));
}
