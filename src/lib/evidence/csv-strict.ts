// A strict RFC 4180 reader over csv-parse (no relaxed quotes, no relaxed column count, no trimming,
// no skipped lines): no silent recovery. A quote left open, text after a closing quote, a " inside
// an unquoted field, a row narrower or wider than the header, an empty row between rows: each is
// reported with its line and column in our own words, and reading stops at the first of them
// (csv-parse stops there; once it is fixed, the rows after it are read). Empty rows at the very end
// (blank lines, or only commas as a spreadsheet writes them) are accepted: they hold no data, and
// editors add them unseen. Expects LF line endings (text-files.ts reports CR).
import { CsvError, parse, type Options } from 'csv-parse/sync';
import { problemAt, type Problem, type ProblemCode } from './problems';

/** A place in a text file: line and column, both from 1. */
export interface Position {
	line: number;
	column: number;
}

/** One row as written: its fields, the line it starts on, and where each field starts. */
export interface CsvRecord {
	line: number;
	fields: string[];
	/** Each field's first character. */
	starts: Position[];
}

/** How to name a row in messages, from its first field (`claim` → "…, claim rawa-retaken-000"). */
export interface CsvOptions {
	rowName?: string;
}

/** csv-parse at its strictest; `raw` gives each row's text, from which we place its fields. */
const STRICT = {
	delimiter: ',',
	quote: '"',
	escape: '"',
	record_delimiter: '\n',
	bom: false,
	trim: false,
	relax_quotes: false,
	relax_column_count: false,
	skip_empty_lines: false,
	skip_records_with_error: false,
	raw: true
} satisfies Options;

/** True for a row with no data: a blank line, or only commas. */
const isEmpty = (r: CsvRecord) => r.fields.every((f) => f.trim() === '');

/**
 * Where each field of a row's text starts, as offsets into it. csv-parse gives fields, not places;
 * the fields before the last were read whole by csv-parse, so their quotes pair up and a comma
 * outside quotes is a delimiter.
 */
function fieldOffsets(raw: string): number[] {
	const offsets = [0];
	let quoted = false;
	for (let i = 0; i < raw.length; i++) {
		if (raw[i] === '"') quoted = !quoted;
		else if (raw[i] === ',' && !quoted) offsets.push(i + 1);
	}
	return offsets;
}

/** Line and column of each offset in `text`. */
function positionsIn(text: string): (offset: number) => Position {
	const lineStarts = [0];
	for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
	return (offset) => {
		let lo = 0;
		let hi = lineStarts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (lineStarts[mid] <= offset) lo = mid;
			else hi = mid - 1;
		}
		return { line: lo + 1, column: offset - lineStarts[lo] + 1 };
	};
}

/** A field's value from its text: unquoted as written, or quoted with its "" undoubled. */
const fieldValue = (text: string) =>
	text.startsWith('"') ? text.slice(1, -1).replaceAll('""', '"') : text;

/** Parses a CSV strictly: the header, every row read, and a problem for each quote out of place. */
export function parseCsvStrict(
	text: string,
	file: string,
	options: CsvOptions = {}
): { header: string[]; headerStarts: Position[]; rows: CsvRecord[]; problems: Problem[] } {
	const problems: Problem[] = [];
	const body = text.replace(/\n[\n \t]*$/, '');
	const positionAt = positionsIn(body);
	const records: CsvRecord[] = [];
	/** Where the row being read starts in `body`. */
	let offset = 0;
	const recordOf = (fields: string[], raw: string): CsvRecord => ({
		line: positionAt(offset).line,
		fields,
		starts: fieldOffsets(raw).map((o) => positionAt(offset + o))
	});
	/** The row of the wrong width that stopped the reading: named even when empty. */
	let stoppedAt: CsvRecord | undefined;
	try {
		parse(body, {
			...STRICT,
			// With `raw`, each row comes as { record, raw } (csv-parse's types say string[]).
			on_record: (row: unknown) => {
				const { record, raw } = row as { record: string[]; raw: string };
				records.push(recordOf(record, raw));
				offset += raw.length;
				return null;
			}
		});
	} catch (error) {
		if (!(error instanceof CsvError)) throw error;
		const raw = String(error.raw ?? '');
		if (error.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH') {
			const record = recordOf(error.record as string[], raw);
			records.push(record);
			// Rows of only commas and blanks to the end hold no data, whatever their width.
			if (!/^[,\s]*$/.test(body.slice(offset))) stoppedAt = record;
		} else {
			const { code, at, message } = quoteProblem(error, body, offset, positionAt);
			// The row's first field names it, once read (the header row has no name).
			const first =
				records.length && Number(error.index) > 0 ? raw.slice(0, fieldOffsets(raw)[1] - 1) : '';
			const id = first && options.rowName ? fieldValue(first) : undefined;
			const where = `${file} line ${at.line}, column ${at.column}${id ? `, ${options.rowName} ${id}` : ''}`;
			problems.push(problemAt({ where, file, ...at, id }, code, message));
		}
	}
	while (records.length > 1 && records.at(-1) !== stoppedAt && isEmpty(records.at(-1)!)) {
		records.pop();
	}
	const [head, ...rows] = records;
	if (!head || (head.fields.length === 1 && head.fields[0] === '')) {
		problems.push(
			problemAt(
				{ where: `${file} line 1`, file, line: 1 },
				'csv-empty-file',
				'the file is empty; it needs its header row'
			)
		);
		return { header: [], headerStarts: [], rows: [], problems };
	}
	return { header: head.fields, headerStarts: head.starts, rows, problems };
}

/**
 * A quote out of place, as csv-parse found it in the row starting at `offset`: the rule it breaks
 * and the place to fix (the field it opens, or the stray ").
 */
function quoteProblem(
	error: CsvError,
	body: string,
	offset: number,
	positionAt: (offset: number) => Position
): { code: ProblemCode; at: Position; message: string } {
	const raw = String(error.raw ?? '');
	// csv-parse stops just after the quote it cannot accept, in the field numbered `index`.
	const fieldStart = offset + (fieldOffsets(raw)[Number(error.index)] ?? 0);
	const quote = offset + raw.length - 1;
	switch (error.code) {
		case 'CSV_QUOTE_NOT_CLOSED':
			return {
				code: 'csv-quote-not-closed',
				at: positionAt(fieldStart),
				message: `a quoted field opens here and is never closed (an unbalanced "); end the field with ", and write each " inside it as ""`
			};
		case 'CSV_INVALID_CLOSING_QUOTE': {
			const open = positionAt(fieldStart);
			const close = positionAt(quote);
			const next = body.slice(quote + 1, quote + 17).split('\n')[0];
			const cause =
				close.line > open.line
					? 'it runs over a line break, so a " is probably unbalanced'
					: 'a " inside the field is not doubled (""), or a " is unbalanced';
			return {
				code: 'csv-unbalanced-quote',
				at: open,
				message: `the quoted field that opens here is closed by the " at line ${close.line}, column ${close.column}, and text follows it (${next}…): ${cause}; fix the quotes (the rows after it are read once it is fixed)`
			};
		}
		case 'INVALID_OPENING_QUOTE':
			return {
				code: 'csv-stray-quote',
				at: positionAt(quote),
				message: `a " inside a field that does not start with one; put the whole field in quotes and double the " inside it ("")`
			};
		default:
			throw new Error(`csv-parse reported ${error.code}, which the strict options cannot raise`);
	}
}

/**
 * The rows exactly as wide as the header; a problem for the one that is not (reading stopped there)
 * and for each empty row. Run it once the header itself is right, or a row would be named for a
 * bad header.
 */
export function rowsOfHeaderWidth(
	header: string[],
	records: CsvRecord[],
	file: string,
	options: CsvOptions = {}
): { rows: CsvRecord[]; problems: Problem[] } {
	const problems: Problem[] = [];
	const rows: CsvRecord[] = [];
	const n = header.length;
	for (const r of records) {
		const id = r.fields[0] && options.rowName ? r.fields[0] : undefined;
		const at = ({ line, column }: Position) => ({
			where: `${file} line ${line}, column ${column}${id ? `, ${options.rowName} ${id}` : ''}`,
			file,
			line,
			column,
			id
		});
		if (isEmpty(r)) {
			const what = r.fields.length === 1 ? 'the line is blank' : 'the row has only empty fields';
			problems.push(
				problemAt(
					{ where: `${file} line ${r.line}`, file, line: r.line },
					'csv-empty-row',
					`${what}; delete it (empty rows are accepted only at the end of the file)`
				)
			);
		} else if (r.fields.length > n) {
			problems.push(
				problemAt(
					at(r.starts[n]),
					'csv-extra-field',
					`the row has ${r.fields.length} fields but the header has ${n}: an extra field "${r.fields[n]}" starts here; remove it, or put a field that contains a comma in quotes`
				)
			);
		} else if (r.fields.length < n) {
			problems.push(
				problemAt(
					at({ line: r.line, column: 1 }),
					'csv-missing-field',
					`the row has ${r.fields.length} fields but the header has ${n} (the last one read is ${header[r.fields.length - 1]}); a comma is missing: every row needs all ${n} fields, empty ones as nothing between two commas`
				)
			);
		} else rows.push(r);
	}
	return { rows, problems };
}

/** Where each field of a row starts, by its column name in the header. */
export function cellPositions(header: string[], record: CsvRecord): Record<string, Position> {
	return Object.fromEntries(header.map((name, i) => [name, record.starts[i]]));
}
