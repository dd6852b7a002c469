// Reads data/claims.csv into typed claims; malformed rows and cells are reported, never dropped.
import { parseCsvStrict, rowsOfHeaderWidth } from './csv-strict';
import type { Problem } from './problems';

/** One cited figure, as written in `data/claims.csv`. */
export interface Claim {
	claim_id: string;
	article: string;
	paragraph: number;
	quote: string;
	metric: string;
	value: number | null;
	low: number | null;
	high: number | null;
	text: string | null;
	unit: string;
	qualifier: string;
	place: string;
	place_as_written: string;
	attributed_to: string;
	event_date: string;
	event_date_basis: string;
	/** For a town or crossing event: what the quote says happened (see event-status.ts), else "". */
	status: string;
}

export const CLAIM_COLUMNS = [
	'claim_id',
	'article',
	'paragraph',
	'quote',
	'metric',
	'value',
	'low',
	'high',
	'text',
	'unit',
	'qualifier',
	'place',
	'place_as_written',
	'attributed_to',
	'event_date',
	'event_date_basis',
	'status'
] as const;

/** Where a claim is, for messages: its line in claims.csv and, when it has one, its id. */
export function rowWhere(line: number, id: string): string {
	return id ? `claims.csv line ${line}, claim ${id}` : `claims.csv line ${line}`;
}

function parseNumberCell(raw: string, column: string, where: string, problems: Problem[]) {
	const cell = raw.trim();
	if (cell === '') return null;
	if (!/^-?\d+(\.\d+)?$/.test(cell)) {
		problems.push({
			where,
			message: `${column} is "${cell}", which is not a plain number (write 1500, not 1,500 or "about 1500")`
		});
		return null;
	}
	return Number(cell);
}

/** The header must name every claim column once, and nothing else. */
function checkHeader(header: string[]): Problem[] {
	const where = 'claims.csv line 1 (the header)';
	const known: readonly string[] = CLAIM_COLUMNS;
	const problems: Problem[] = [];
	const missing = CLAIM_COLUMNS.filter((c) => !header.includes(c));
	if (missing.length) {
		problems.push({
			where,
			message: `the column(s) ${missing.join(', ')} are missing; the header must be: ${CLAIM_COLUMNS.join(',')}`
		});
	}
	for (const [i, name] of header.entries()) {
		if (!known.includes(name)) {
			problems.push({
				where,
				message: `column ${i + 1} is "${name}", which is not a claim column; remove that column from every row (the columns are: ${CLAIM_COLUMNS.join(', ')})`
			});
		} else if (header.indexOf(name) !== i) {
			problems.push({ where, message: `the column ${name} appears twice; remove one` });
		}
	}
	return problems;
}

/** Columns whose cells may hold a line break: a quote may span the lines of its paragraph. */
const MULTILINE = new Set<string>(['quote']);

/** Parses `claims.csv` strictly; `lines[i]` is the line claim i starts on. Nothing is dropped silently. */
export function parseClaimsCsv(csv: string): {
	claims: Claim[];
	lines: number[];
	problems: Problem[];
} {
	const options = { rowName: 'claim' };
	const { header, rows: records, problems } = parseCsvStrict(csv, 'claims.csv', options);
	if (!header.length) return { claims: [], lines: [], problems };
	const headerProblems = checkHeader(header);
	if (headerProblems.length)
		return { claims: [], lines: [], problems: [...headerProblems, ...problems] };
	const { rows, problems: widthProblems } = rowsOfHeaderWidth(
		header,
		records,
		'claims.csv',
		options
	);
	problems.push(...widthProblems);
	const claims = rows.map((r): Claim => {
		const raw = (k: string) => r.fields[header.indexOf(k)];
		const cell = (k: string) => raw(k).trim();
		const id = cell('claim_id');
		const where = rowWhere(r.line, id);
		for (const [i, name] of header.entries()) {
			if (!MULTILINE.has(name) && r.fields[i].includes('\n')) {
				problems.push({
					where,
					message: `${name} runs over a line break (its quoted field opens at line ${r.starts[i].line}, column ${r.starts[i].column}); a " is probably unbalanced: close the field on the line it opens`
				});
			}
		}
		const paragraphCell = cell('paragraph');
		const paragraph = /^\d+$/.test(paragraphCell) ? Number(paragraphCell) : NaN;
		if (Number.isNaN(paragraph)) {
			problems.push({
				where,
				message: `paragraph is "${paragraphCell}"; it must be a whole number counted from 1`
			});
		}
		return {
			claim_id: id || `(line ${r.line})`,
			article: cell('article'),
			paragraph,
			quote: raw('quote'),
			metric: cell('metric'),
			value: parseNumberCell(raw('value'), 'value', where, problems),
			low: parseNumberCell(raw('low'), 'low', where, problems),
			high: parseNumberCell(raw('high'), 'high', where, problems),
			text: cell('text') || null,
			unit: cell('unit'),
			qualifier: cell('qualifier'),
			place: cell('place'),
			place_as_written: cell('place_as_written'),
			attributed_to: cell('attributed_to'),
			event_date: cell('event_date'),
			event_date_basis: cell('event_date_basis'),
			status: cell('status')
		};
	});
	return { claims, lines: rows.map((r) => r.line), problems };
}

/** Looks up claims by id and fails with a clear message naming the missing one. */
export function claimGetter(claims: Claim[]) {
	const byId = new Map(claims.map((c) => [c.claim_id, c]));
	return (id: string): Claim => {
		const c = byId.get(id);
		if (!c)
			throw new Error(
				`claim "${id}" is needed by a chart or derived figure but is not in claims.csv; restore its row in data/claims.csv, or remove it from what needs it`
			);
		return c;
	};
}
