// A report's own date (articles.json date, date_display, date_bounds) against what its text prints.
// A whole day is the report's date only where the report prints it at its head; any other date is
// our reading, a month or a year, bounded by the days its evidence allows.
import type { ArticleMeta } from './articles';
import { isValidPartialDate } from './event-date';
import type { Finding } from './problems';

const MONTHS =
	'january february march april may june july august september october november december'.split(
		' '
	);
const MONTH = `(${MONTHS.map((m) => `${m}|${m.slice(0, 3)}\\.?`).join('|')})`;
const monthNumber = (name: string) => MONTHS.findIndex((m) => m.startsWith(name.slice(0, 3))) + 1;
const iso = (y: number, m: number, d: number) =>
	`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/**
 * Every day a date printed in `text` can be read as, in ISO: "2017-11-03"; "04/11/2017" (day/month
 * and month/day, where both are days); "4 November 2017", "Nov. 2, 2017". Only dates with a year.
 */
export function printedDays(text: string): string[] {
	const days: string[] = [];
	const t = text.toLowerCase();
	for (const m of t.matchAll(/(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g)) {
		days.push(iso(+m[1], +m[2], +m[3]));
	}
	for (const m of t.matchAll(/(?<!\d)(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?!\d)/g)) {
		days.push(iso(+m[3], +m[2], +m[1]), iso(+m[3], +m[1], +m[2]));
	}
	const ordinal = '(\\d{1,2})(?:st|nd|rd|th)?';
	const dayFirst = new RegExp(`(?<!\\d)${ordinal}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})`, 'g');
	for (const m of t.matchAll(dayFirst)) days.push(iso(+m[3], monthNumber(m[2]), +m[1]));
	const monthFirst = new RegExp(`(?<![a-z])${MONTH}\\s+${ordinal},?\\s+(\\d{4})`, 'g');
	for (const m of t.matchAll(monthFirst)) days.push(iso(+m[3], monthNumber(m[1]), +m[2]));
	return [...new Set(days.filter(isValidPartialDate))];
}

/** The days a display names in words: "4 November 2017", and both ends of "10 to 30 November 2017". */
export function daysNamed(display: string): string[] {
	const days: string[] = [];
	const t = display.toLowerCase();
	const re = new RegExp(
		`(?<!\\d)(\\d{1,2})(?:\\s+(?:to|and|-|–)\\s+(\\d{1,2}))?\\s+${MONTH}\\s+(\\d{4})`,
		'g'
	);
	for (const m of t.matchAll(re)) {
		const [y, mo] = [+m[4], monthNumber(m[3])];
		days.push(iso(y, mo, +m[1]));
		if (m[2]) days.push(iso(y, mo, +m[2]));
	}
	return days;
}

/** True when `text` ends a sentence before `index`: a report's own date comes before its first. */
function sentenceBefore(text: string, index: number): boolean {
	return /[.!?]["”’)]?\s/.test(text.slice(0, index));
}

const isDay = (date: string | null): date is string => !!date && date.length === 10;

type Dated = Pick<
	ArticleMeta,
	'date' | 'date_display' | 'date_evidence' | 'date_evidence_paragraph' | 'date_bounds'
>;

/** A whole day is printed at the report's head, in its evidence: null when it is. */
function checkPrintedDay(a: Dated, text: string): Finding | null {
	if (!isDay(a.date)) return null;
	const field = 'date';
	const fix = `a whole day is a report's date only where the report prints it; otherwise give the month (or year) with date_bounds, and say "not printed" in date_display`;
	if (!a.date_evidence || !printedDays(a.date_evidence).includes(a.date)) {
		return {
			code: 'date-not-printed',
			field,
			message: `${a.date} is a whole day, but date_evidence ${a.date_evidence ? `“${a.date_evidence}” prints no date that reads as it` : 'is empty'}; ${fix}`
		};
	}
	const at = text.indexOf(a.date_evidence);
	if (at >= 0 && sentenceBefore(text, at)) {
		return {
			code: 'date-not-printed',
			field,
			message: `“${a.date_evidence}” is printed in the report's body, not at its head before the first sentence: it dates something the report tells of, not the report; ${fix}`
		};
	}
	return null;
}

/** A date that is our reading has evidence and bounds no wider than that evidence: null when so. */
function checkReadDate(a: Dated): Finding | null {
	if (!a.date || isDay(a.date)) return null;
	if (!a.date_evidence) {
		return {
			code: 'required-field',
			field: 'date_evidence',
			message: `the date ${a.date} is our reading, but date_evidence is empty; quote the words of the report it rests on (and their paragraph)`
		};
	}
	if (!a.date_bounds?.earliest) {
		return {
			code: 'date-bounds-missing',
			field: 'date_bounds',
			message: `the date ${a.date} is our reading, so date_bounds must give the earliest day the report can have been written (and the latest, or null); the claims' dates are checked against them`
		};
	}
	const printed = printedDays(a.date_evidence).filter((d) => d.startsWith(a.date!));
	const first = printed.sort()[0];
	if (first && a.date_bounds.earliest < first) {
		return {
			code: 'date-bounds',
			field: 'date_bounds',
			message: `date_bounds.earliest ${a.date_bounds.earliest} is wider than the evidence: “${a.date_evidence}” prints ${first}, so the report was written on or after it`
		};
	}
	return null;
}

/** date_display says "not printed" exactly when the date is, and names only the date and its bounds. */
function checkDisplay(a: Dated): Finding | null {
	const field = 'date_display';
	const notPrinted = /^not printed\b/i.test(a.date_display.trim());
	if (isDay(a.date) === notPrinted) {
		return {
			code: 'date-display',
			field,
			message: isDay(a.date)
				? `the report prints its date (${a.date}), so date_display must not say "not printed"`
				: `the report prints no date${a.date ? ` (${a.date} is our reading)` : ''}, so date_display must start with "not printed"`
		};
	}
	// Without bounds, the days a display names are reported with the missing bounds.
	if (a.date && !isDay(a.date) && !a.date_bounds) return null;
	const allowed = [a.date, a.date_bounds?.earliest, a.date_bounds?.latest].filter(Boolean);
	const stray = daysNamed(a.date_display).find((d) => !allowed.includes(d));
	if (stray) {
		const [y, m, d] = stray.split('-').map(Number);
		const words = `${d} ${MONTHS[m - 1][0].toUpperCase()}${MONTHS[m - 1].slice(1)} ${y}`;
		return {
			code: 'date-display',
			field,
			message: `date_display names ${words}, which is neither the date nor a date bound (${allowed.join(', ') || 'none'})`
		};
	}
	return null;
}

/** Everything wrong with a report's own date against its text, first problem first. */
export function checkReportDate(a: Dated, text: string): Finding[] {
	return [checkPrintedDay(a, text), checkReadDate(a), checkDisplay(a)].filter(
		(f): f is Finding => f !== null
	);
}
