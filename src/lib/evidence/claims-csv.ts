// Reads data/claims.csv into typed claims; malformed cells are reported, never dropped.
import { csvParse } from 'd3-dsv';
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

/** Where a row is, for messages: its line in the file and its id. */
export function rowWhere(row: number, id: string): string {
	return id ? `claim ${id}` : `claims.csv row ${row}`;
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

/** Parses `claims.csv`. Malformed rows are reported as problems rather than silently dropped. */
export function parseClaimsCsv(csv: string): { claims: Claim[]; problems: Problem[] } {
	const problems: Problem[] = [];
	const rows = csvParse(csv.replace(/^\uFEFF/, ''));
	const missing = CLAIM_COLUMNS.filter((c) => !rows.columns.includes(c));
	if (missing.length) {
		problems.push({
			where: 'claims.csv header',
			message: `the column(s) ${missing.join(', ')} are missing`
		});
		return { claims: [], problems };
	}
	const claims = rows.map((row, i): Claim => {
		const id = (row.claim_id ?? '').trim();
		const where = rowWhere(i + 2, id);
		const paragraphCell = (row.paragraph ?? '').trim();
		const paragraph = /^\d+$/.test(paragraphCell) ? Number(paragraphCell) : NaN;
		if (Number.isNaN(paragraph)) {
			problems.push({
				where,
				message: `paragraph is "${paragraphCell}"; it must be a whole number counted from 1`
			});
		}
		const cell = (k: string) => (row[k] ?? '').trim();
		return {
			claim_id: id || `(row ${i + 2})`,
			article: cell('article'),
			paragraph,
			quote: row.quote ?? '',
			metric: cell('metric'),
			value: parseNumberCell(row.value ?? '', 'value', where, problems),
			low: parseNumberCell(row.low ?? '', 'low', where, problems),
			high: parseNumberCell(row.high ?? '', 'high', where, problems),
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
	return { claims, problems };
}

/** Looks up claims by id and fails with a clear message naming the missing one. */
export function claimGetter(claims: Claim[]) {
	const byId = new Map(claims.map((c) => [c.claim_id, c]));
	return (id: string): Claim => {
		const c = byId.get(id);
		if (!c)
			throw new Error(
				`claim "${id}" is needed by a chart or derived figure but is not in claims.csv`
			);
		return c;
	};
}
