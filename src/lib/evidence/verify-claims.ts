// The invariants of the evidence table (CONTRACTS.md): each claim tied to a verbatim quote.
import type { Claim } from './claims-csv';
import { checkEventStatus } from './event-status';
import { locateQuote } from './paragraphs';
import type { Problem } from './problems';

const NUMBER_WORDS: Record<string, number> = {
	zero: 0,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12
};

/** Every number a quote states: digits (with thousands separators) and the words one to twelve. */
export function numbersInQuote(quote: string): number[] {
	const found: number[] = [];
	for (const m of quote.matchAll(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g)) {
		found.push(Number(m[0].replace(/,/g, '')));
	}
	for (const m of quote.toLowerCase().matchAll(/[a-z]+/g)) {
		if (m[0] in NUMBER_WORDS) found.push(NUMBER_WORDS[m[0]]);
	}
	return found;
}

const ISO_PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** `2017`, `2017-11` or `2017-11-03`, and a real calendar date. */
export function isValidPartialDate(s: string): boolean {
	const m = ISO_PARTIAL.exec(s);
	if (!m) return false;
	const [, y, mo, d] = m;
	if (mo && (Number(mo) < 1 || Number(mo) > 12)) return false;
	if (d) {
		const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
		return date.getUTCDate() === Number(d);
	}
	return true;
}

/** Metrics that record what happened to a place, so they carry a status. */
const EVENT_METRICS = new Set(['town_status', 'border_crossing_status']);

/**
 * Checks every invariant of the evidence table: quotes verbatim in their stated paragraph,
 * numbers present in the quote, one value form, unique ids, known articles.
 */
export function verifyClaims(claims: Claim[], articles: Record<string, string>): Problem[] {
	const problems: Problem[] = [];
	const seen = new Map<string, number>();
	claims.forEach((c, i) => {
		const add = (message: string) => problems.push({ where: `claim ${c.claim_id}`, message });
		if (seen.has(c.claim_id)) {
			add(`the id is used twice (rows ${seen.get(c.claim_id)! + 2} and ${i + 2} of claims.csv)`);
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
		if (c.event_date && !isValidPartialDate(c.event_date)) {
			add(`event_date "${c.event_date}" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`);
		}
		if (c.status) {
			const wrong = checkEventStatus(c.status, c.quote);
			if (wrong) add(wrong);
		} else if (EVENT_METRICS.has(c.metric)) {
			add(`metric ${c.metric} needs a status (what the quote says happened to the place)`);
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
			message: `cites claim "${r.claim_id}", which is not in claims.csv`
		}));
}
