// Every word a claim shows besides its number must be in its quote: its text, its qualifier and
// its unit. Compared case-insensitively, typography folded (near-miss.ts), as whole words.
import type { Claim } from './claim-schema';
import { foldTypography } from './near-miss';
import type { Finding } from './problems';

/** Lower case, typography folded: the form in which a shown word is looked for in its quote. */
const norm = (s: string) => foldTypography(s).toLowerCase().trim();
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** True when `phrase` occurs in `text` as whole words (case-insensitive, typography folded). */
export function hasPhrase(text: string, phrase: string): boolean {
	const t = norm(text);
	const p = norm(phrase);
	if (!p) return false;
	for (let at = t.indexOf(p); at >= 0; at = t.indexOf(p, at + 1)) {
		const startOk = !isWordChar(p[0]) || !isWordChar(t[at - 1]);
		const endOk = !isWordChar(p[p.length - 1]) || !isWordChar(t[at + p.length]);
		if (startOk && endOk) return true;
	}
	return false;
}

/**
 * The words that evidence each unit in a quote, synonyms included (the only ones the data needs).
 * `year` has no word: the number itself, written with four digits, is the evidence.
 */
export const UNIT_WORDS: Record<string, readonly string[]> = {
	percent: ['percent', 'per cent', '%'],
	fighters: ['fighters', 'fighter'],
	year: []
};

/** Hedges a quote can put before a number; when one is there, the claim's qualifier must say it. */
export const HEDGES = [
	'about',
	'around',
	'approximately',
	'roughly',
	'nearly',
	'almost',
	'more than',
	'less than',
	'fewer than',
	'over',
	'under',
	'up to',
	'at least',
	'at most',
	'probably between'
] as const;

/** The number words a quote may state a figure with, by value (their index). */
const NUMBER_WORDS = 'zero one two three four five six seven eight nine ten eleven twelve'.split(
	' '
);
const WORD_VALUES = new Map(NUMBER_WORDS.map((w, i) => [w, i]));
const NUMBER_TOKEN = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\p{L}+/gu;

/** Each number a text states (digits with thousands separators, or the words zero to twelve), and where. */
function numberTokens(text: string): { n: number; index: number }[] {
	const out: { n: number; index: number }[] = [];
	for (const m of text.matchAll(NUMBER_TOKEN)) {
		const n = /\d/.test(m[0])
			? Number(m[0].replace(/,/g, ''))
			: WORD_VALUES.get(m[0].toLowerCase());
		if (n !== undefined) out.push({ n, index: m.index });
	}
	return out;
}

/** Every number a quote states: digits (with thousands separators) and the words zero to twelve. */
export function numbersInQuote(quote: string): number[] {
	return numberTokens(quote).map((t) => t.n);
}

/** The hedge the quote puts right before `n` (written in digits or as a word), if any. */
export function hedgeBefore(quote: string, n: number): string | null {
	const q = norm(quote);
	for (const t of numberTokens(q)) {
		if (t.n !== n) continue;
		const before = q.slice(0, t.index).trimEnd();
		const hedge = HEDGES.find((h) => before === h || before.endsWith(` ${h}`));
		if (hedge) return hedge;
	}
	return null;
}

/** True when `n` is written in the quote as a year: four digits, no thousands separator. */
function writtenAsYear(quote: string, n: number): boolean {
	return (
		Number.isInteger(n) &&
		n >= 1000 &&
		n <= 2999 &&
		new RegExp(`(?<![\\d,.])${n}(?![\\d,])`).test(quote)
	);
}

/** What the quote does not support of the text, qualifier and unit the claim shows; [] when all is. */
export function checkQuoteSupport(c: Claim): Finding[] {
	const problems: Finding[] = [];
	if (c.text !== null && !hasPhrase(c.quote, c.text)) {
		problems.push({
			code: 'text-not-in-quote',
			field: 'text',
			message: `text "${c.text}" is not in the quote; the text is shown on the page as the figure, so it must be words of the quote, copied exactly (case and curly quotes aside)`
		});
	}
	const numbers = [c.value, c.low].filter((n): n is number => n !== null);
	const hedge = numbers.map((n) => hedgeBefore(c.quote, n)).find(Boolean) ?? null;
	if (c.qualifier && !hasPhrase(c.quote, c.qualifier)) {
		problems.push({
			code: 'qualifier-not-in-quote',
			field: 'qualifier',
			message: `qualifier is "${c.qualifier}", but the quote does not say "${c.qualifier}"${hedge ? ` (it says "${hedge}")` : ''}; copy the quote's own hedge, or leave qualifier empty`
		});
	} else if (!c.qualifier && hedge) {
		problems.push({
			code: 'qualifier-missing-hedge',
			field: 'qualifier',
			message: `the quote hedges the figure with "${hedge}", but qualifier is empty; set qualifier to "${hedge}" so the figure is shown as the quote gives it`
		});
	}
	if (c.unit) {
		const words = UNIT_WORDS[c.unit];
		const unit = (code: Finding['code'], message: string) =>
			problems.push({ code, field: 'unit', message });
		if (!words) {
			unit(
				'unknown-unit',
				`unit "${c.unit}" is not one of: ${Object.keys(UNIT_WORDS).join(', ')}; add it to UNIT_WORDS in src/lib/evidence/quote-support.ts with the words that evidence it in a quote`
			);
		} else if (c.unit === 'year') {
			const notYears = [c.value, c.low, c.high].filter(
				(n) => n !== null && !writtenAsYear(c.quote, n)
			);
			if (!numbers.length || notYears.length) {
				unit(
					'unit-not-in-quote',
					`unit is "year", but ${notYears.length ? notYears.join(' and ') : 'no number'} is not written in the quote as a year (four digits); use the unit the quote gives`
				);
			}
		} else if (!words.some((w) => hasPhrase(c.quote, w))) {
			unit(
				'unit-not-in-quote',
				`unit is "${c.unit}", but the quote has none of its words (${words.join(', ')}); use the unit the quote gives, or leave unit empty`
			);
		}
	}
	return problems;
}
