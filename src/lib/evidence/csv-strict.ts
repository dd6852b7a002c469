// A strict RFC 4180 reader: no silent recovery. A quote left open, text after a closing quote, a
// " inside an unquoted field, a row narrower or wider than the header, an empty row between rows:
// each is reported with its line and column, and the row is not read. Empty rows at the very end
// (blank lines, or only commas as a spreadsheet writes them) are accepted: they hold no data, and
// editors add them unseen, so naming them would only be noise; the old reader made each one a
// claim with every field missing. Expects LF line endings (text-files.ts reports CR).
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

/** True for a row with no data: a blank line, or only commas. */
const isEmpty = (r: CsvRecord) => r.fields.every((f) => f.trim() === '');

/** Parses a CSV strictly: the header, every row read, and a problem for each quote out of place. */
export function parseCsvStrict(
	text: string,
	file: string,
	options: CsvOptions = {}
): { header: string[]; headerStarts: Position[]; rows: CsvRecord[]; problems: Problem[] } {
	const problems: Problem[] = [];
	const body = text.replace(/\n[\n \t]*$/, '');
	const add = (
		code: ProblemCode,
		line: number,
		column: number,
		first: string | undefined,
		message: string
	) => {
		const id = first && options.rowName ? first : undefined;
		const where = `${file} line ${line}, column ${column}${id ? `, ${options.rowName} ${id}` : ''}`;
		problems.push(problemAt({ where, file, line, column, id }, code, message));
	};
	const records: CsvRecord[] = [];
	let i = 0;
	let line = 1;
	let lineStart = 0;
	read: while (i <= body.length) {
		const record: CsvRecord = { line, fields: [], starts: [] };
		const first = () => (records.length && record.fields.length ? record.fields[0] : undefined);
		for (;;) {
			const column = i - lineStart + 1;
			record.starts.push({ line, column });
			let value = '';
			if (body[i] === '"') {
				const open = { line, column };
				i++;
				for (;;) {
					if (i >= body.length) {
						add(
							'csv-quote-not-closed',
							open.line,
							open.column,
							first(),
							`a quoted field opens here and is never closed (an unbalanced "); end the field with ", and write each " inside it as ""`
						);
						break read;
					}
					if (body[i] === '"') {
						if (body[i + 1] === '"') {
							value += '"';
							i += 2;
							continue;
						}
						i++;
						break;
					}
					if (body[i] === '\n') {
						line++;
						lineStart = i + 1;
					}
					value += body[i++];
				}
				if (i < body.length && body[i] !== ',' && body[i] !== '\n') {
					const next = body.slice(i, i + 16).split('\n')[0];
					const cause =
						line > open.line
							? 'it runs over a line break, so a " is probably unbalanced'
							: 'a " inside the field is not doubled (""), or a " is unbalanced';
					add(
						'csv-unbalanced-quote',
						open.line,
						open.column,
						first(),
						`the quoted field that opens here is closed by the " at line ${line}, column ${i - lineStart}, and text follows it (${next}…): ${cause}; fix the quotes (the rows after it are read once it is fixed)`
					);
					break read;
				}
			} else {
				const start = i;
				while (i < body.length && body[i] !== ',' && body[i] !== '\n') i++;
				value = body.slice(start, i);
				const q = value.indexOf('"');
				if (q >= 0) {
					add(
						'csv-stray-quote',
						line,
						column + q,
						first(),
						`a " inside a field that does not start with one; put the whole field in quotes and double the " inside it ("")`
					);
				}
			}
			record.fields.push(value);
			if (body[i] === ',') {
				i++;
				continue;
			}
			break;
		}
		records.push(record);
		if (i >= body.length) break;
		i++;
		line++;
		lineStart = i;
	}
	while (records.length > 1 && isEmpty(records[records.length - 1])) records.pop();
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
 * The rows exactly as wide as the header; a problem for each that is not, and for each blank line.
 * Run it once the header itself is right, or every row would be named for one bad header.
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
