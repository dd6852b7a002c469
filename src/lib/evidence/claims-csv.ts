// Reads data/claims.csv into typed claims; malformed rows and cells are reported, never dropped.
import {
	CLAIM_COLUMNS,
	CLAIM_SCHEMA,
	claimColumnKind,
	type Claim,
	type ClaimColumn
} from './claim-schema';
import { cellPositions, parseCsvStrict, rowsOfHeaderWidth, type Position } from './csv-strict';
import { CheckError, problemAt, type Problem, type ProblemPlace } from './problems';

/** Where a claim is in claims.csv: the line its row starts on, and where each of its cells starts. */
export interface ClaimRow {
	line: number;
	cells: Partial<Record<string, Position>>;
}

/** Where a claim is, for messages: its line in claims.csv and, when it has one, its id. */
export function rowWhere(line: number, id: string): string {
	return id ? `claims.csv line ${line}, claim ${id}` : `claims.csv line ${line}`;
}

/** A claim's place for a Problem: its row, and the cell of `field` (line and column) when named. */
export function claimPlace(row: ClaimRow, id: string, field?: string): ProblemPlace {
	const cell = field ? row.cells[field] : undefined;
	return {
		where: rowWhere(row.line, id),
		file: 'claims.csv',
		line: cell?.line ?? row.line,
		column: cell?.column,
		field,
		id: id || undefined
	};
}

/** A number as claims.csv writes it: digits, a minus, a decimal point; no thousands separator. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** A cell's value as its column's kind reads it; an unreadable number is NaN, for the schema to name. */
function cellValue(column: ClaimColumn, raw: string): string | number | null {
	const { type, optional } = claimColumnKind(column);
	if (VERBATIM.has(column)) return raw;
	const cell = raw.trim();
	if (cell === '' && optional) return null;
	if (type === 'string') return cell;
	return PLAIN_NUMBER.test(cell) ? Number(cell) : NaN;
}

/** The header must name every claim column once, and nothing else. */
function checkHeader(header: string[], starts: Position[]): Problem[] {
	const where = 'claims.csv line 1 (the header)';
	const at = (i?: number, field?: string): ProblemPlace => ({
		where,
		file: 'claims.csv',
		line: 1,
		column: i === undefined ? undefined : starts[i]?.column,
		field
	});
	const known: readonly string[] = CLAIM_COLUMNS;
	const problems: Problem[] = [];
	const missing = CLAIM_COLUMNS.filter((c) => !header.includes(c));
	if (missing.length) {
		problems.push(
			problemAt(
				at(undefined, missing[0]),
				'header-missing-column',
				`the column(s) ${missing.join(', ')} are missing; the header must be: ${CLAIM_COLUMNS.join(',')}`
			)
		);
	}
	for (const [i, name] of header.entries()) {
		if (!known.includes(name)) {
			problems.push(
				problemAt(
					at(i, name),
					'header-unknown-column',
					`column ${i + 1} is "${name}", which is not a claim column; remove that column from every row (the columns are: ${CLAIM_COLUMNS.join(', ')})`
				)
			);
		} else if (header.indexOf(name) !== i) {
			problems.push(
				problemAt(
					at(i, name),
					'header-duplicate-column',
					`the column ${name} appears twice; remove one`
				)
			);
		}
	}
	return problems;
}

/** Columns read as written, untrimmed, whose cells may hold a line break: a quote may span the lines of its paragraph. */
const VERBATIM = new Set<string>(['quote']);

/** Parses `claims.csv` strictly; `rows[i]` is where claim i is. Nothing is dropped silently. */
export function parseClaimsCsv(csv: string): {
	claims: Claim[];
	rows: ClaimRow[];
	problems: Problem[];
} {
	const options = { rowName: 'claim' };
	const parsed = parseCsvStrict(csv, 'claims.csv', options);
	const { header, rows: records, problems } = parsed;
	if (!header.length) return { claims: [], rows: [], problems };
	const headerProblems = checkHeader(header, parsed.headerStarts);
	if (headerProblems.length)
		return { claims: [], rows: [], problems: [...headerProblems, ...problems] };
	const { rows, problems: widthProblems } = rowsOfHeaderWidth(
		header,
		records,
		'claims.csv',
		options
	);
	problems.push(...widthProblems);
	const claimRows = rows.map((r): ClaimRow => ({ line: r.line, cells: cellPositions(header, r) }));
	const claims = rows.map((r, n): Claim => {
		const raw = (k: string) => r.fields[header.indexOf(k)];
		const cell = (k: string) => raw(k).trim();
		const id = cell('claim_id');
		const at = (field: string) => claimPlace(claimRows[n], id, field);
		for (const [i, name] of header.entries()) {
			if (!VERBATIM.has(name) && r.fields[i].includes('\n')) {
				problems.push(
					problemAt(
						at(name),
						'field-runs-over-line',
						`${name} runs over a line break (its quoted field opens at line ${r.starts[i].line}, column ${r.starts[i].column}); a " is probably unbalanced: close the field on the line it opens`
					)
				);
			}
		}
		const values = Object.fromEntries(CLAIM_COLUMNS.map((k) => [k, cellValue(k, raw(k))]));
		const checked = CLAIM_SCHEMA.safeParse(values);
		for (const issue of checked.error?.issues ?? []) {
			const column = issue.path[0] as ClaimColumn;
			problems.push(
				problemAt(
					at(column),
					'not-a-number',
					`${column} is "${cell(column)}", which is not ${issue.message}`
				)
			);
			// The claim is still read, so that its other cells are checked, without the figure: none
			// where a cell may be empty, else NaN (a paragraph that cannot be looked up).
			values[column] = claimColumnKind(column).optional ? null : NaN;
		}
		return { ...values, claim_id: id || `(line ${r.line})` } as Claim;
	});
	return { claims, rows: claimRows, problems };
}

/** Looks up claims by id and fails with a clear message naming the missing one. */
export function claimGetter(claims: Claim[]) {
	const byId = new Map(claims.map((c) => [c.claim_id, c]));
	return (id: string): Claim => {
		const c = byId.get(id);
		if (!c)
			throw new CheckError(
				'unknown-claim',
				`claim "${id}" is needed by a chart or derived figure but is not in claims.csv; restore its row in data/claims.csv, or remove it from what needs it`
			);
		return c;
	};
}
