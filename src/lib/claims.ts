/**
 * The evidence layer: claims (cited figures) and the checks that tie each one to a verbatim
 * quote in its article. Pure functions only; file reading lives in `src/lib/server/evidence.ts`.
 */
import { csvParse } from 'd3-dsv';

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
}

/** A problem found in the evidence, worded for the journalist who has to fix it. */
export interface ClaimProblem {
	claim_id: string;
	message: string;
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
	'event_date_basis'
] as const;

/** Splits an article into paragraphs: maximal runs of lines that are not blank after trimming. */
export function splitParagraphs(article: string): string[] {
	const paragraphs: string[] = [];
	let run: string[] = [];
	for (const line of article.split(/\r?\n/)) {
		if (line.trim() === '') {
			if (run.length) paragraphs.push(run.join('\n'));
			run = [];
		} else {
			run.push(line);
		}
	}
	if (run.length) paragraphs.push(run.join('\n'));
	return paragraphs;
}

function parseNumberCell(raw: string, column: string, id: string, problems: ClaimProblem[]) {
	const cell = raw.trim();
	if (cell === '') return null;
	const n = Number(cell);
	if (!Number.isFinite(n) || !/^-?\d+(\.\d+)?$/.test(cell)) {
		problems.push({
			claim_id: id,
			message: `${column} is "${cell}", which is not a plain number (write 1500, not 1,500 or "about 1500")`
		});
		return null;
	}
	return n;
}

/** Parses `claims.csv`. Malformed rows are reported as problems rather than silently dropped. */
export function parseClaimsCsv(csv: string): { claims: Claim[]; problems: ClaimProblem[] } {
	const problems: ClaimProblem[] = [];
	const rows = csvParse(csv.replace(/^\uFEFF/, ''));
	const missing = CLAIM_COLUMNS.filter((c) => !rows.columns.includes(c));
	if (missing.length) {
		problems.push({
			claim_id: '(header)',
			message: `claims.csv is missing the column(s) ${missing.join(', ')}`
		});
		return { claims: [], problems };
	}
	const claims = rows.map((row, i): Claim => {
		const id = (row.claim_id ?? '').trim() || `(row ${i + 2})`;
		const paragraphCell = (row.paragraph ?? '').trim();
		const paragraph = /^\d+$/.test(paragraphCell) ? Number(paragraphCell) : NaN;
		if (Number.isNaN(paragraph)) {
			problems.push({
				claim_id: id,
				message: `paragraph is "${paragraphCell}"; it must be a whole number counted from 1`
			});
		}
		const cell = (k: string) => (row[k] ?? '').trim();
		return {
			claim_id: id,
			article: cell('article'),
			paragraph,
			quote: row.quote ?? '',
			metric: cell('metric'),
			value: parseNumberCell(row.value ?? '', 'value', id, problems),
			low: parseNumberCell(row.low ?? '', 'low', id, problems),
			high: parseNumberCell(row.high ?? '', 'high', id, problems),
			text: cell('text') || null,
			unit: cell('unit'),
			qualifier: cell('qualifier'),
			place: cell('place'),
			place_as_written: cell('place_as_written'),
			attributed_to: cell('attributed_to'),
			event_date: cell('event_date'),
			event_date_basis: cell('event_date_basis')
		};
	});
	return { claims, problems };
}

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

/** Folds the typographic variants that make a quote look right but fail to match. */
export function foldTypography(s: string): string {
	return s
		.replace(/[\u2018\u2019\u201A\u2032]/g, "'")
		.replace(/[\u201C\u201D\u201E\u2033]/g, '"')
		.replace(/[\u2013\u2014\u2212]/g, '-')
		.replace(/[\u00A0\u2007\u202F\u2009\u200A]/g, ' ')
		.replace(/\s+/g, ' ');
}

function describeChar(c: string): string {
	const names: Record<string, string> = {
		'\u00A0': 'a non-breaking space',
		' ': 'a space',
		'\u2018': 'a curly opening single quote ‘',
		'\u2019': 'a curly apostrophe ’',
		"'": "a straight apostrophe '",
		'\u201C': 'a curly opening quote “',
		'\u201D': 'a curly closing quote ”',
		'"': 'a straight double quote "',
		'\u2014': 'an em dash —',
		'\u2013': 'an en dash –',
		'-': 'a hyphen -'
	};
	return names[c] ?? `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;
}

/**
 * Explains how a quote that is not verbatim differs from the closest text in the paragraph:
 * a typographic slip (curly quotes, non-breaking spaces, dashes) or the closest run of words.
 */
export function closestMatch(quote: string, paragraph: string): string {
	const foldedQuote = foldTypography(quote);
	const foldedPara = foldTypography(paragraph);
	const at = foldedPara.indexOf(foldedQuote);
	if (at >= 0) {
		// Typography only: find the original span and the first differing character.
		const original = findOriginalSpan(paragraph, foldedQuote);
		if (original) {
			for (let i = 0; i < Math.min(original.length, quote.length); i++) {
				if (original[i] !== quote[i]) {
					return `it differs only in typography: the article has ${describeChar(original[i])} where the quote has ${describeChar(quote[i])} (at "${original.slice(Math.max(0, i - 12), i + 12)}"). The article reads: "${original}"`;
				}
			}
			return `it differs only in spacing or typography. The article reads: "${original}"`;
		}
	}
	const words = (s: string) => foldTypography(s).split(' ').filter(Boolean);
	const q = words(quote);
	const p = words(paragraph);
	if (!q.length || !p.length) return 'the quote or the paragraph is empty';
	let best = { start: 0, score: -1 };
	const span = Math.min(q.length, p.length);
	for (let start = 0; start + span <= p.length; start++) {
		let score = 0;
		for (let k = 0; k < span; k++) if (p[start + k] === q[k]) score++;
		if (score > best.score) best = { start, score };
	}
	const window = p.slice(best.start, best.start + span);
	const diffs: string[] = [];
	for (let k = 0; k < span; k++) {
		if (window[k] !== q[k]) diffs.push(`"${q[k]}" (article: "${window[k]}")`);
	}
	const closest = window.join(' ');
	if (best.score / q.length < 0.5) {
		return `nothing close was found; the paragraph begins: "${paragraph.slice(0, 90)}…"`;
	}
	return `closest text in the paragraph: "${closest}"; words that differ: ${diffs.slice(0, 4).join(', ')}${q.length > p.length ? '; the quote is longer than the paragraph' : ''}`;
}

function findOriginalSpan(paragraph: string, foldedQuote: string): string | null {
	for (let start = 0; start < paragraph.length; start++) {
		for (let end = start + 1; end <= paragraph.length; end++) {
			const folded = foldTypography(paragraph.slice(start, end));
			if (folded === foldedQuote) return paragraph.slice(start, end);
			if (!foldedQuote.startsWith(folded)) break;
		}
	}
	return null;
}

const ISO_PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function isValidPartialDate(s: string): boolean {
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

/** Where a quote is: its article and paragraph, with a message when it is not there. */
export function locateQuote(
	quote: string,
	article: string,
	articleText: string,
	paragraph: number
): string | null {
	const paragraphs = splitParagraphs(articleText);
	if (!Number.isInteger(paragraph) || paragraph < 1 || paragraph > paragraphs.length) {
		return `paragraph ${paragraph} does not exist: ${article} has ${paragraphs.length} paragraphs`;
	}
	if (paragraphs[paragraph - 1].includes(quote)) return null;
	const elsewhere = paragraphs.findIndex((p) => p.includes(quote));
	if (elsewhere >= 0) {
		return `the quote is in paragraph ${elsewhere + 1} of ${article}, not paragraph ${paragraph}`;
	}
	return `the quote is not verbatim in ${article}, paragraph ${paragraph}: ${closestMatch(quote, paragraphs[paragraph - 1])}`;
}

/**
 * Checks every invariant of the evidence table (see CONTRACTS.md): quotes verbatim in their
 * stated paragraph, numbers present in the quote, one value form, unique ids, known articles.
 */
export function verifyClaims(claims: Claim[], articles: Record<string, string>): ClaimProblem[] {
	const problems: ClaimProblem[] = [];
	const seen = new Map<string, number>();
	claims.forEach((c, i) => {
		const add = (message: string) => problems.push({ claim_id: c.claim_id, message });
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
		if (c.event_date && !c.event_date_basis) {
			add('event_date is set but event_date_basis does not say how it was read from the text');
		}
	});
	return problems;
}

/** A place in the copy or a chart that cites claims. */
export interface ClaimReference {
	claim_id: string;
	where: string;
}

/** Every claim that the copy or a chart refers to must exist. */
export function verifyReferences(claims: Claim[], references: ClaimReference[]): ClaimProblem[] {
	const ids = new Set(claims.map((c) => c.claim_id));
	return references
		.filter((r) => !ids.has(r.claim_id))
		.map((r) => ({
			claim_id: r.claim_id,
			message: `${r.where} cites claim "${r.claim_id}", which is not in claims.csv`
		}));
}

/** Formats problems as one readable block, one line a problem. */
export function formatProblems(problems: ClaimProblem[]): string {
	return problems.map((p) => `  ✗ claim ${p.claim_id}: ${p.message}`).join('\n');
}
