// The invariants of the evidence table (CONTRACTS.md): each claim tied to a verbatim quote.
import { checkAttribution } from './attribution';
import type { Claim } from './claim-schema';
import { claimPlace, type ClaimRow } from './claims-csv';
import { checkEventDay, checkEventYear, isValidPartialDate } from './event-date';
import { checkEventStatus, EVENT_STATUSES } from './event-status';
import { checkEventBasisQuotes } from './date-basis';
import { checkTextLead, checkUnitGiven } from './figure-words';
import { checkRelativeDate, periodOf } from './relative-dates';
import { checkMetric } from './metrics';
import { locateQuote } from './paragraphs';
import {
	problemAt,
	type Finding,
	type Problem,
	type ProblemCode,
	type ProblemPlace
} from './problems';
import { checkQuoteSupport, numbersInQuote } from './quote-support';

/** What the claims are checked against besides the articles' texts. */
export interface ClaimContext {
	/** Where each claim is in claims.csv (from parseClaimsCsv), for messages. */
	rows?: ClaimRow[];
	/** Each article's own date as articles.json records it, by file name; without it, event years are not checked. */
	articleDates?: Record<string, string | null>;
	/** The last day each report can have been written (articles.json date_bounds.latest), by file name. */
	articleLatest?: Record<string, string | null>;
	/** The first day each report can have been written (articles.json date_bounds.earliest), by file name. */
	articleEarliest?: Record<string, string | null>;
	/** Each report's label ("Article C"), by file name: an event_date_basis may name a report by it. */
	articleLabels?: Record<string, string>;
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
	const rowOf = (i: number): ClaimRow => context.rows?.[i] ?? { line: i + 2, cells: {} };
	claims.forEach((c, i) => {
		const at = (field?: string): ProblemPlace => claimPlace(rowOf(i), c.claim_id, field);
		const add = (code: ProblemCode, field: string | undefined, message: string) =>
			problems.push(problemAt(at(field), code, message));
		const found = (f: Finding) => problems.push(problemAt(at(f.field), f.code, f.message));
		if (seen.has(c.claim_id)) {
			add(
				'duplicate-id',
				'claim_id',
				`the id is used twice (lines ${rowOf(seen.get(c.claim_id)!).line} and ${rowOf(i).line} of claims.csv); give each claim its own id`
			);
		} else seen.set(c.claim_id, i);
		if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(c.claim_id)) {
			add(
				'claim-id-not-slug',
				'claim_id',
				'claim_id must be a lowercase slug of letters, digits and hyphens'
			);
		}
		if (!c.quote.trim()) add('required-field', 'quote', 'the quote is empty');
		if (!c.metric) add('required-field', 'metric', 'metric is empty');
		if (!c.attributed_to)
			add(
				'required-field',
				'attributed_to',
				'attributed_to is empty (use "the article" for the article’s own voice)'
			);

		const articleText = articles[c.article];
		if (articleText === undefined) {
			const known = Object.keys(articles).join(', ');
			add(
				'unknown-article',
				'article',
				`article "${c.article}" is not one of the articles (${known})`
			);
		} else if (c.quote.trim() && !Number.isNaN(c.paragraph)) {
			const miss = locateQuote(c.quote, c.article, articleText, c.paragraph);
			if (miss) found(miss);
			// A metric is read in the quote's paragraph: only once the quote is found there.
			const metric =
				miss || !c.metric ? null : checkMetric(c.metric, c.article, articleText, c.paragraph);
			if (metric) found(metric);
		}
		if (articleText !== undefined) {
			const wrong = checkAttribution(c.attributed_to, c.article, articleText);
			if (wrong) found(wrong);
		}

		const hasValue = c.value !== null;
		const hasRange = c.low !== null || c.high !== null;
		const hasText = c.text !== null;
		const forms = [hasValue, hasRange, hasText].filter(Boolean).length;
		if (forms !== 1) {
			add(
				'value-form',
				undefined,
				forms === 0
					? 'none of value, low+high or text is filled: fill exactly one'
					: 'more than one of value, low+high and text is filled: fill exactly one'
			);
		}
		if (hasRange && (c.low === null || c.high === null)) {
			add('range-incomplete', c.low === null ? 'low' : 'high', 'a range needs both low and high');
		}
		if (c.low !== null && c.high !== null && c.low > c.high) {
			add('range-reversed', 'low', `low (${c.low}) is greater than high (${c.high})`);
		}
		const stated = numbersInQuote(c.quote);
		for (const [column, n] of [
			['value', c.value],
			['low', c.low],
			['high', c.high]
		] as const) {
			if (n !== null && !stated.includes(n)) {
				add(
					'number-not-in-quote',
					column,
					`${column} is ${n}, but the quote does not state ${n} (numbers in the quote: ${stated.length ? stated.join(', ') : 'none'})`
				);
			}
		}
		for (const wrong of checkQuoteSupport(c)) found(wrong);
		for (const wrong of [checkTextLead(c), checkUnitGiven(c)]) if (wrong) found(wrong);
		if (c.event_date && !isValidPartialDate(c.event_date)) {
			add(
				'not-iso-date',
				'event_date',
				`event_date "${c.event_date}" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`
			);
		} else if (c.event_date && articleText !== undefined && context.articleDates) {
			const wrong = checkEventYear(
				c.event_date,
				c.article,
				articleText,
				context.articleDates?.[c.article]
			);
			if (wrong) found(wrong);
			else {
				const late = checkEventDay(c.event_date, c.event_date_basis, c.article, articleText, {
					date: context.articleDates[c.article],
					latest: context.articleLatest?.[c.article]
				});
				if (late) found(late);
				else {
					const written = writtenBetween(c.article, context);
					const words = written && checkRelativeDate(c, c.article, written);
					if (words) found(words);
				}
			}
		}
		if (c.event_date_basis && context.articleLabels) {
			const unprinted = checkEventBasisQuotes(
				c.event_date_basis,
				c.article,
				articles,
				context.articleLabels
			);
			if (unprinted) found(unprinted);
		}
		if (c.status) {
			const wrong = checkEventStatus(c.status, c.quote, c.attributed_to);
			if (wrong) found(wrong);
		} else if (EVENT_METRICS.has(c.metric)) {
			add(
				'status-missing',
				'status',
				`metric ${c.metric} needs a status (what the quote says happened to the place): one of ${Object.keys(EVENT_STATUSES).join(', ')}`
			);
		}
		if (c.event_date && !c.event_date_basis) {
			add(
				'date-basis-missing',
				'event_date_basis',
				'event_date is set but event_date_basis does not say how it was read from the text'
			);
		}
	});
	return problems;
}

/** The days a report can have been written: its date bounds, or else its own date's period. */
function writtenBetween(article: string, context: ClaimContext) {
	const date = context.articleDates?.[article];
	if (!date || !isValidPartialDate(date)) return null;
	const [first, last] = periodOf(date);
	return {
		earliest: context.articleEarliest?.[article] ?? first,
		latest: context.articleLatest?.[article] ?? last
	};
}

/** A claim id cited, and the place in the copy or a chart that cites it. */
export interface ClaimReference {
	claim_id: string;
	place: ProblemPlace;
}

/** Every claim that the copy or a chart refers to must exist. */
export function verifyReferences(claims: Claim[], references: ClaimReference[]): Problem[] {
	const ids = new Set(claims.map((c) => c.claim_id));
	return references
		.filter((r) => !ids.has(r.claim_id))
		.map((r) =>
			problemAt(
				r.place,
				'unknown-claim',
				`cites claim "${r.claim_id}", which is not in claims.csv; correct the id, or add the claim to data/claims.csv`
			)
		);
}
