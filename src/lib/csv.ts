// CSV for chart data: typed columns, spreadsheet-formula neutralising, exact round trip (d3-dsv).
import { csvFormatRows, csvParseRows } from 'd3-dsv';

/** A cell of chart data. */
export type Cell = string | number | null;
export type Row = Record<string, Cell>;

/** A column of a chart's CSV and the type it parses back to. */
export interface Column {
	key: string;
	type: 'number' | 'string';
}

const FORMULA_START = /^'*[=+\-@\t\r]/;

/** Prefixes a text cell that a spreadsheet would run as a formula with an apostrophe. */
export function neutraliseFormula(s: string): string {
	return FORMULA_START.test(s) ? `'${s}` : s;
}

/** Undoes `neutraliseFormula`, so parsing gives back the original text. */
export function restoreFormula(s: string): string {
	return s.startsWith("'") && FORMULA_START.test(s) ? s.slice(1) : s;
}

function cellToString(value: Cell, column: Column): string {
	if (value === null || value === undefined) return '';
	if (column.type === 'number') {
		if (typeof value !== 'number' || !Number.isFinite(value)) {
			throw new Error(`column "${column.key}" holds ${JSON.stringify(value)}, not a number`);
		}
		return String(value);
	}
	return neutraliseFormula(String(value));
}

/** Writes rows as UTF-8 CSV with a header row, numbers as numbers and text made formula-safe. */
export function toCsv(rows: Row[], columns: Column[]): string {
	const body = rows.map((r) => columns.map((c) => cellToString(r[c.key] ?? null, c)));
	return csvFormatRows([columns.map((c) => c.key), ...body]) + '\n';
}

/** Parses a CSV written by `toCsv` back into exactly the rows it was made from. */
export function fromCsv(csv: string, columns: Column[]): Row[] {
	const [header, ...body] = csvParseRows(csv.replace(/^\uFEFF/, ''));
	const expected = columns.map((c) => c.key).join(',');
	if (!header || header.join(',') !== expected) {
		throw new Error(`unexpected CSV header "${header?.join(',')}", expected "${expected}"`);
	}
	return body.map((cells) =>
		Object.fromEntries(
			columns.map((c, i) => {
				const raw = cells[i] ?? '';
				if (raw === '') return [c.key, null];
				return [c.key, c.type === 'number' ? Number(raw) : restoreFormula(raw)];
			})
		)
	);
}
