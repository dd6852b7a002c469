// The invariants of the evidence table (CONTRACTS.md): each claim tied to a verbatim quote.
import { rowWhere, type Claim } from './claims-csv';
import { checkEventYear, isValidPartialDate } from './event-date';
import { checkEventStatus, EVENT_STATUSES } from './event-status';
import { locateQuote } from './paragraphs';
import type { Problem } from './problems';
import { checkQuoteSupport, numbersInQuote } from './quote-support';

/** What the claims are checked against besides the articles' texts. */
export interface ClaimContext {
	/** The line each claim starts on in claims.csv (from parseClaimsCsv), for messages. */
	lines?: number[];
	/** Each article's own date as articles.json records it, by file name; without it, event years are not checked. */
	articleDates?: Record<string, string | null>;
}

/** Metrics that record what happened to a place, so they carry a status. */
const EVENT_METRICS = new Set(['town_status', 'border_crossing_status']);

/**
 * Checks every invariant of the evidence table: quotes verbatim in their stated paragraph,
 * numbers, text, qualifier and unit supported by the quote, one value form, unique ids, known
 * articles, event dates the report supports.
 */
export function verifyClaims(
	claims: Claim[],
	articles: Record<string, string>,
	context: ClaimContext = {}
): Problem[] {
	const problems: Problem[] = [];
	const seen = new Map<string, number>();
	const lineOf = (i: number) => context.lines?.[i] ?? i + 2;
	claims.forEach((c, i) => {
		const where = rowWhere(lineOf(i), c.claim_id);
		const add = (message: string) => problems.push({ where, message });
		if (seen.has(c.claim_id)) {
			add(
				`the id is used twice (lines ${lineOf(seen.get(c.claim_id)!)} and ${lineOf(i)} of claims.csv); give each claim its own id`
			);
		} else seen.set(c.claim_id, i);
		if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(c.claim_id)) {
			add('claim_id must be a lowercase slug of letters, digits and hyphens');
		}
		if (!c.quote.trim()) add('the quote is empty');
		if (!c.metric) add('metric is empty');
		if (!c.attributed_to)
			add('attributed_to is empty (use "the article" for the article’s own voice)');

		const articleText = articles[c.article];
		if (articleText === undefined) {
			const known = Object.keys(articles).join(', ');
			add(`article "${c.article}" is not one of the articles (${known})`);
		} else if (c.quote.trim() && !Number.isNaN(c.paragraph)) {
			const where = locateQuote(c.quote, c.article, articleText, c.paragraph);
			if (where) add(where);
		}

		const hasValue = c.value !== null;
		const hasRange = c.low !== null || c.high !== null;
		const hasText = c.text !== null;
		const forms = [hasValue, hasRange, hasText].filter(Boolean).length;
		if (forms !== 1) {
			add(
				forms === 0
					? 'none of value, low+high or text is filled: fill exactly one'
					: 'more than one of value, low+high and text is filled: fill exactly one'
			);
		}
		if (hasRange && (c.low === null || c.high === null)) add('a range needs both low and high');
		if (c.low !== null && c.high !== null && c.low > c.high) {
			add(`low (${c.low}) is greater than high (${c.high})`);
		}
		const stated = numbersInQuote(c.quote);
		for (const [column, n] of [
			['value', c.value],
			['low', c.low],
			['high', c.high]
		] as const) {
			if (n !== null && !stated.includes(n)) {
				add(
					`${column} is ${n}, but the quote does not state ${n} (numbers in the quote: ${stated.length ? stated.join(', ') : 'none'})`
				);
			}
		}
		for (const wrong of checkQuoteSupport(c)) add(wrong);
		if (c.event_date && !isValidPartialDate(c.event_date)) {
			add(`event_date "${c.event_date}" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`);
		} else if (c.event_date && articleText !== undefined && context.articleDates) {
			const wrong = checkEventYear(
				c.event_date,
				c.article,
				articleText,
				context.articleDates?.[c.article]
			);
			if (wrong) add(wrong);
		}
		if (c.status) {
			const wrong = checkEventStatus(c.status, c.quote, c.attributed_to);
			if (wrong) add(wrong);
		} else if (EVENT_METRICS.has(c.metric)) {
			add(
				`metric ${c.metric} needs a status (what the quote says happened to the place): one of ${Object.keys(EVENT_STATUSES).join(', ')}`
			);
		}
		if (c.event_date && !c.event_date_basis) {
			add('event_date is set but event_date_basis does not say how it was read from the text');
		}
	});
	return problems;
}

/** A place in the copy or a chart that cites a claim. */
export interface ClaimReference {
	claim_id: string;
	where: string;
}

/** Every claim that the copy or a chart refers to must exist. */
export function verifyReferences(claims: Claim[], references: ClaimReference[]): Problem[] {
	const ids = new Set(claims.map((c) => c.claim_id));
	return references
		.filter((r) => !ids.has(r.claim_id))
		.map((r) => ({
			where: r.where,
			message: `cites claim "${r.claim_id}", which is not in claims.csv; correct the id, or add the claim to data/claims.csv`
		}));
}
