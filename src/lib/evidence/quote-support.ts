// Every word a claim shows besides its number must be in its quote: its text, its qualifier and
// its unit. Compared case-insensitively, typography folded (near-miss.ts), as whole words.
import type { Claim } from './claim-schema';
import { foldTypography } from './near-miss';
import type { Finding } from './problems';

/** Lower case, typography folded: the form in which a shown word is looked for in its quote. */
export const norm = (s: string) => foldTypography(s).toLowerCase().trim();
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

/**
 * Words that hedge a figure from elsewhere in its sentence ("He estimated there were…", "thousands
 * were believed to…", "all but reduced to…"): the only other qualifiers a claim may show.
 */
export const HEDGING_WORDS = ['estimated', 'believed', 'all but', 'almost entirely'] as const;

/** Words that negate what follows them: a text copied from after one of them drops it. */
const NEGATIONS = ['not', 'no', 'never', 'without', 'nor', 'cannot'];

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

/** Every place `phrase` occurs in `text` as whole words, as offsets into norm(text). */
export function phraseAt(text: string, phrase: string): number[] {
	const t = norm(text);
	const p = norm(phrase);
	const out: number[] = [];
	if (!p) return out;
	for (let at = t.indexOf(p); at >= 0; at = t.indexOf(p, at + 1)) {
		const startOk = !isWordChar(p[0]) || !isWordChar(t[at - 1]);
		const endOk = !isWordChar(p[p.length - 1]) || !isWordChar(t[at + p.length]);
		if (startOk && endOk) out.push(at);
	}
	return out;
}

/**
 * True when every occurrence of `text` in the quote comes within three words after a negation
 * ("not yet fully controlled": "fully controlled" and "controlled" both drop its "not").
 */
function negatedInQuote(quote: string, text: string): boolean {
	const q = norm(quote);
	const at = phraseAt(quote, text);
	const negated = (i: number) => {
		const words = q
			.slice(0, i)
			.split(/[^\p{L}\p{N}'’]+/u)
			.filter(Boolean)
			.slice(-3);
		return words.some((w) => NEGATIONS.includes(w) || /n['’]t$/.test(w));
	};
	return at.length > 0 && !NEGATIONS.some((w) => hasPhrase(text, w)) && at.every(negated);
}

/**
 * The figures a quote gives in a unit: each number written right before a word of the unit, or
 * before the claim's place as written ("2,000-3,000 in Albu Kamal", the unit said once for both),
 * with no other number between. A range's low is the number just before its high.
 */
export function figuresBefore(quote: string, anchors: readonly string[]): number[] {
	const q = norm(quote);
	const tokens = numberTokens(q);
	const out: number[] = [];
	for (const anchor of anchors) {
		for (const at of phraseAt(quote, anchor)) {
			const before = tokens.filter((t) => t.index < at);
			if (before.length) out.push(before[before.length - 1].n);
		}
	}
	return [...new Set(out)];
}

/** The number the quote writes just before `high` (a range's low: "1,500-2,500", "3,000 and 7,000"). */
function numberBefore(quote: string, high: number): number[] {
	const tokens = numberTokens(norm(quote));
	return tokens.flatMap((t, i) => (t.n === high && i > 0 ? [tokens[i - 1].n] : []));
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
	if (c.text !== null && negatedInQuote(c.quote, c.text)) {
		problems.push({
			code: 'text-drops-negation',
			field: 'text',
			message: `text "${c.text}" follows a negation in the quote ("not", "no", "never"…), so shown alone it says the opposite; copy the negation with it`
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
	} else if (c.qualifier && hedge && norm(c.qualifier) !== hedge) {
		problems.push({
			code: 'qualifier-not-the-hedge',
			field: 'qualifier',
			message: `qualifier is "${c.qualifier}", but the quote hedges the figure with "${hedge}"; copy the whole hedge`
		});
	} else if (
		c.qualifier &&
		!hedge &&
		![...HEDGES, ...HEDGING_WORDS].some((h) => h === norm(c.qualifier!))
	) {
		problems.push({
			code: 'qualifier-not-the-hedge',
			field: 'qualifier',
			message: `qualifier "${c.qualifier}" is not a hedge (one of: ${[...HEDGES, ...HEDGING_WORDS].join(', ')}); the qualifier shows how the quote hedges its figure, so copy that hedge, or leave qualifier empty`
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
		} else problems.push(...checkFigure(c, words));
	}
	return problems;
}

/**
 * A number shown in a unit must be the figure the quote gives in it, not another number of the
 * quote ("95 percent … in 2014": the percentage is 95): value, or high, is a number written right
 * before a word of the unit or the place as written, and low the number just before high.
 */
function checkFigure(c: Claim, unitWords: readonly string[]): Finding[] {
	const anchors = c.place_as_written ? [...unitWords, c.place_as_written] : unitWords;
	const figures = figuresBefore(c.quote, anchors);
	const shown = c.value ?? c.high;
	const column = c.value !== null ? 'value' : 'high';
	if (shown === null || !numbersInQuote(c.quote).includes(shown)) return [];
	if (!figures.includes(shown)) {
		return [
			{
				code: 'value-not-the-figure',
				field: column,
				message: `${column} is ${shown}, but the quote gives ${figures.join(' or ') || 'no number'} in ${c.unit}; use the number written with the unit`
			}
		];
	}
	if (c.value === null && c.low !== null && !numberBefore(c.quote, shown).includes(c.low)) {
		return [
			{
				code: 'value-not-the-figure',
				field: 'low',
				message: `low is ${c.low}, but the quote's range ending at ${shown} starts at ${numberBefore(c.quote, shown).join(' or ') || 'no number'}`
			}
		];
	}
	return [];
}
