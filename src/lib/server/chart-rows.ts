// Checks of a chart's CSV rows, made while the chart is built: which claims a row names, and
// whether every cell is of the type its column declares (what the CSV and spreadsheet writers need).
import type { CsvRow } from '$lib/csv';
import type { AnyChartSpec } from '$lib/charts/chart-spec';

/** Claims a chart row names, for checks: every `claim_id`-like column, split on spaces. */
export function rowClaimIds(rows: CsvRow[]): string[] {
	return [
		...new Set(
			rows.flatMap((r) =>
				Object.entries(r)
					.filter(([k, v]) => /(^|_)claim_id$/.test(k) && v)
					.flatMap(([, v]) => String(v).split(' '))
			)
		)
	];
}

/**
 * The first cell of a chart's rows that its column's declared type cannot publish (the CSV and
 * the spreadsheet write a number column's cells as numbers): what it is, in which row, from which
 * claims. Null when every cell fits.
 */
export function wrongCell(rows: CsvRow[], columns: AnyChartSpec['columns']): string | null {
	for (const [i, row] of rows.entries()) {
		for (const column of columns) {
			const v = row[column.key];
			if (v === null || v === undefined) continue;
			const fits =
				column.type === 'number'
					? typeof v === 'number' && Number.isFinite(v)
					: typeof v === 'string';
			if (fits) continue;
			const claims = rowClaimIds([row]);
			return `row ${i + 1}${claims.length ? ` (claim ${claims.join(', ')})` : ''}: column "${column.key}" holds ${typeof v === 'number' ? String(v) : JSON.stringify(v)}, not a ${column.type}; ${column.type === 'number' ? 'the chart reads a number from the claim: give the claim a value (or low and high), not a text' : 'a text column holds words'}`;
		}
	}
	return null;
}
