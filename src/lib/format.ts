// How a claim's figure is displayed: from its value, range or text, never typed by hand.
import type { Claim } from '$lib/evidence/claim-schema';

const SHOWN_QUALIFIERS = new Set([
	'about',
	'around',
	'more than',
	'less than',
	'nearly',
	'almost',
	'over',
	'up to',
	'probably between'
]);

/** 1500 → "1,500"; years stay bare. */
export function formatNumber(n: number, unit = ''): string {
	if (unit === 'year') return String(n);
	return n.toLocaleString('en-US', { maximumFractionDigits: 1 });
}

const UNIT_WORDS: Record<string, string> = { fighters: 'fighters' };

const COUNT_WORDS = [
	'no',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten'
];

/** "two reports", "one report", "Five reports": a count in words, with its noun. */
export function countOf(n: number, noun: string, capital = false, plural = `${noun}s`): string {
	const word = COUNT_WORDS[n] ?? formatNumber(n);
	const text = `${word} ${n === 1 ? noun : plural}`;
	return capital ? text[0].toUpperCase() + text.slice(1) : text;
}

/**
 * How many reports the page is built from, counted as they are: "five news reports (four
 * independent stories)" when some print one story, "five news reports" when none do.
 */
export function reportsInWords(reports: number, stories: number): string {
	const count = countOf(reports, 'news report');
	if (stories >= reports) return count;
	return `${count} (${countOf(stories, 'independent story', false, 'independent stories')})`;
}

/**
 * The figure as a reader sees it: "more than 96%", "1,500–2,500 fighters", or, for a figure the
 * report gives in words, those words in quotation marks ("“in July”"), since they are its words.
 */
export function formatClaim(c: Claim, opts: { unit?: boolean; qualifier?: boolean } = {}): string {
	const withUnit = opts.unit ?? true;
	const withQualifier = opts.qualifier ?? true;
	if (c.text !== null) return `“${c.text}”`;
	const q = withQualifier && SHOWN_QUALIFIERS.has(c.qualifier) ? c.qualifier : '';
	let figure: string;
	if (c.low !== null && c.high !== null) {
		const lo = formatNumber(c.low, c.unit);
		const hi = formatNumber(c.high, c.unit);
		figure =
			q === 'probably between'
				? `probably between ${lo} and ${hi}`
				: `${q ? q + ' ' : ''}${lo}–${hi}`;
	} else {
		figure = `${q ? q + ' ' : ''}${formatNumber(c.value ?? NaN, c.unit)}`;
	}
	if (c.unit === 'percent') return `${figure}%`;
	if (withUnit && UNIT_WORDS[c.unit]) return `${figure} ${UNIT_WORDS[c.unit]}`;
	return figure;
}

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/**
 * An ISO (partial) date for readers: "3 November 2017", "November 2017", "2017"; "" when none.
 * `month` drops the day.
 */
export function formatEventDate(iso: string, precision: 'day' | 'month' = 'day'): string {
	const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
	if (!m) return '';
	const [, y, mo] = m;
	const d = precision === 'day' ? m[3] : undefined;
	if (!mo) return y;
	const month = MONTHS[Number(mo) - 1];
	return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}
