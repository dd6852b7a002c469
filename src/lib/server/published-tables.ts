// The tables the site publishes under /data/ (each chart's data, and every claim), as CSV for code
// and .xlsx for spreadsheets: their columns with what each means, and their rows. The report's
// readable label ("Article C") sits beside its file name; dates are ISO text (see DATE_PATTERN).
import type { Column, CsvRow } from '$lib/csv';
import { CLAIM_CSV_COLUMNS, type Claim } from '$lib/evidence/claim-schema';
import type { Site } from './site';

/** A published column; a date column also says its format and precision. */
export interface PublishedColumn extends Column {
	date?: { format: string; precision: string };
}

/** One published table: its resource name, title, description, columns and rows. */
export interface PublishedTable {
	/** Lowercase-kebab, as in its file names: `<name>.csv`, `<name>.xlsx`. */
	name: string;
	title: string;
	description: string;
	columns: PublishedColumn[];
	rows: CsvRow[];
}

/** ISO 8601 calendar dates at reduced precision: 2017, 2017-11 or 2017-11-03. */
export const DATE_PATTERN = '\\d{4}(-\\d{2}(-\\d{2})?)?';
const DATE = {
	format: 'ISO 8601 calendar date, as text: YYYY, YYYY-MM or YYYY-MM-DD',
	precision:
		'as precise as the report allows and no more: a year, a month or a day; empty when it gives none'
};

const ARTICLE_LABEL: Column = {
	key: 'article_label',
	type: 'string',
	description:
		'The report(s) by the label the site gives them (“Article C”), joined by "; "; /sources gives each one’s date and credits'
};

/** A column named like `event_date` holds dates; every value is then checked against DATE_PATTERN. */
const isDateColumn = (key: string) => /(^|_)date$/.test(key);

/** The columns as published: `article_label` after `article`, date columns described as dates. */
export function publishedColumns(columns: Column[]): PublishedColumn[] {
	return columns.flatMap((c) => {
		const column: PublishedColumn = isDateColumn(c.key) ? { ...c, date: DATE } : { ...c };
		return c.key === 'article' ? [column, ARTICLE_LABEL] : [column];
	});
}

/** The rows as published: each report's label beside its file name; dates checked. */
function publishedRows(
	name: string,
	rows: CsvRow[],
	columns: PublishedColumn[],
	site: Site
): CsvRow[] {
	const labels = new Map(site.evidence.articles.map((a) => [a.file, a.label]));
	const dates = columns.filter((c) => c.date).map((c) => c.key);
	const pattern = new RegExp(`^(${DATE_PATTERN})?$`);
	return rows.map((row) => {
		for (const key of dates) {
			if (!pattern.test(String(row[key] ?? ''))) {
				throw new Error(
					`${name}: ${key} "${row[key]}" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`
				);
			}
		}
		if (!('article' in row)) return row;
		const files = String(row.article ?? '')
			.split(' ')
			.filter(Boolean);
		const out: CsvRow = {};
		for (const [key, value] of Object.entries(row)) {
			out[key] = value;
			if (key === 'article')
				out.article_label = files.map((f) => labels.get(f) ?? f).join('; ') || null;
		}
		return out;
	});
}

const table = (
	site: Site,
	name: string,
	title: string,
	description: string,
	columns: Column[],
	rows: CsvRow[]
): PublishedTable => {
	const published = publishedColumns(columns);
	return {
		name,
		title,
		description,
		columns: published,
		rows: publishedRows(name, rows, published, site)
	};
};

/** Every published table: one per chart, then every claim. */
export function publishedTables(site: Site): PublishedTable[] {
	return [
		...site.charts.map((c) =>
			table(
				site,
				c.id,
				c.title,
				`${c.description} One row per plotted value, with the claims it cites.`,
				c.columns,
				c.rows
			)
		),
		table(
			site,
			'claims',
			'Every claim',
			'Every cited figure in “The last towns”: an exact quote, its report and paragraph, and the figure it gives. Claims not shown on a page are recorded as evidence.',
			CLAIM_CSV_COLUMNS,
			site.evidence.claims.map((c: Claim) => ({ ...c }))
		)
	];
}
