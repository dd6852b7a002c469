// The one description of a claim, a row of data/claims.csv: each column's name, type and meaning.
// The rest derives from it: the Claim type, the header and cells the reader checks (claims-csv.ts),
// the published claims.csv's columns (published-tables.ts), and from those the data package's
// fields and the data dictionary (docs/data-dictionary.md).
import { z } from 'zod';
import type { Column } from '../csv';
import { EVENT_STATUSES } from './event-status';

/** Text; an empty cell reads as "". */
const text = (description: string) => z.string().describe(description);
/** Text, or null for an empty cell. */
const optionalText = (description: string) => z.string().nullable().describe(description);
/** A number, or null for an empty cell. */
const optionalNumber = (description: string) =>
	z
		.number({ error: 'a plain number (write 1500, not 1,500 or "about 1500")' })
		.nullable()
		.describe(description);
/** A whole number; never empty. */
const wholeNumber = (description: string) =>
	z
		.int({ error: 'a whole number counted from 1' })
		.nonnegative({ error: 'a whole number counted from 1' })
		.describe(description);

/** A claim: one cited figure, its quote, and where the quote is. Columns in claims.csv order. */
export const CLAIM_SCHEMA = z.strictObject({
	claim_id: text(
		'The claim’s stable id: the charts’ CSVs and the pages’ data-claim attributes cite it'
	),
	article: text('The report the quote is from: its file name in the project’s data/articles/'),
	paragraph: wholeNumber(
		'The paragraph of the report the quote is in, counted from 1 (a paragraph is a run of non-blank lines)'
	),
	quote: text(
		'The report’s words, verbatim: curly quotes, dashes and non-breaking spaces as printed'
	),
	metric: text(
		'What the figure is about, e.g. territory_lost_share, fighters_remaining, town_status'
	),
	value: optionalNumber('The figure, when the report gives one number'),
	low: optionalNumber('The low end, when the report gives a range'),
	high: optionalNumber('The high end, when the report gives a range'),
	text: optionalText(
		'The figure in the report’s words when it is not a number, e.g. “a few thousand”, “Friday”'
	),
	unit: text(
		'The unit of value, low and high as the quote gives it (percent, fighters, year), or empty'
	),
	qualifier: text(
		'The report’s hedge on the figure (about, more than, less than, probably between …), or empty'
	),
	place: text('The place the claim is about, as the site’s id for it (e.g. albu-kamal), or empty'),
	place_as_written: text('The place as the report spells it (e.g. Abu Kamal), or empty'),
	attributed_to: text(
		'Whom the report attributes the figure to, or “the article” for its own voice'
	),
	event_date: text('When it happened, as read from the text; event_date_basis says how'),
	event_date_basis: text(
		'How event_date was read from the report’s words, e.g. “Friday” read against its printed date'
	),
	status: text(
		`For a town or border-crossing event, what the quote says happened: ${Object.keys(EVENT_STATUSES).join(', ')}; else empty`
	)
});

/** One cited figure, as written in `data/claims.csv`. */
export type Claim = z.infer<typeof CLAIM_SCHEMA>;
export type ClaimColumn = keyof Claim;

/** The columns of claims.csv, in order: its header. */
export const CLAIM_COLUMNS: readonly ClaimColumn[] = CLAIM_SCHEMA.keyof().options;

/** What a column's cells hold: a number or text, and whether an empty cell is null. */
export interface ClaimColumnKind {
	type: 'number' | 'string';
	optional: boolean;
}

/** A column's kind, read from its schema. */
export function claimColumnKind(column: ClaimColumn): ClaimColumnKind {
	const schema = CLAIM_SCHEMA.shape[column];
	const inner = schema instanceof z.ZodNullable ? schema.unwrap() : schema;
	return {
		type: inner instanceof z.ZodNumber ? 'number' : 'string',
		optional: schema instanceof z.ZodNullable
	};
}

/** claims.csv's columns as published: typed for the round trip, and described. */
export const CLAIM_CSV_COLUMNS: Column[] = CLAIM_COLUMNS.map((key) => {
	const { description } = CLAIM_SCHEMA.shape[key];
	if (!description) throw new Error(`claim-schema.ts: the column ${key} has no description`);
	return { key, type: claimColumnKind(key).type, description };
});
