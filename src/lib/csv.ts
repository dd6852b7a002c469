// CSV for chart data: typed columns and spreadsheet-formula neutralising (d3-dsv writes the quoting).
import { csvFormatRows } from 'd3-dsv';

/** A cell of chart data. */
export type Cell = string | number | null;
/** A CSV row: every chart types its own (a type literal, so it fits this index signature). */
export type CsvRow = Record<string, Cell>;

/** A column of a CSV: its key in the row, the type it parses back to, and what it means. */
export interface Column<Row extends CsvRow = CsvRow> {
	key: keyof Row & string;
	type: 'number' | 'string';
	description: string;
}

const FORMULA_START = /^'*[=+\-@\t\r]/;

/** Prefixes a text cell that a spreadsheet would run as a formula with an apostrophe. */
export function neutraliseFormula(s: string): string {
	return FORMULA_START.test(s) ? `'${s}` : s;
}

function cellToString(value: Cell, column: Column<CsvRow>): string {
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
export function toCsv<Row extends CsvRow>(rows: Row[], columns: Column<Row>[]): string {
	const body = rows.map((r) =>
		columns.map((c) => cellToString(r[c.key] ?? null, c as Column<CsvRow>))
	);
	return csvFormatRows([columns.map((c) => c.key), ...body]) + '\n';
}
