// When a claim's event happened, as the text allows: an ISO date, partial allowed, whose year the
// report itself supports.
import type { Finding } from './problems';

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

/** Every year a text prints as four digits (in "since 2014", "04/11/2017", "2017-11-03"…). */
export function yearsPrinted(text: string): Set<number> {
	return new Set([...text.matchAll(/(?<!\d)([12]\d{3})(?!\d)/g)].map((m) => Number(m[1])));
}

/**
 * The rule for an event date's year: a date must come from the report, so its year is either
 * printed somewhere in the report's text (the quote, its sentence, a caption: "in 2014", "since
 * 2014", "04/11/2017"), or the year of the report's own date as articles.json records it (and
 * verifies against its text): "last Thursday" or "in July" are read against that date. Any other
 * year (1999 in a 2017 report) is a typo or an invention. Null when the year is supported.
 */
export function checkEventYear(
	eventDate: string,
	article: string,
	articleText: string,
	articleDate: string | null | undefined
): Finding | null {
	const m = ISO_PARTIAL.exec(eventDate);
	if (!m) return null;
	const year = Number(m[1]);
	const ownYear = articleDate ? Number(articleDate.slice(0, 4)) : null;
	if (year === ownYear || yearsPrinted(articleText).has(year)) return null;
	const dated = articleDate
		? `its own date in articles.json is ${articleDate}`
		: 'articles.json gives it no date';
	return {
		code: 'event-year-not-in-report',
		field: 'event_date',
		message: `event_date ${eventDate}: the year ${year} is not printed in ${article}, and ${dated}; a date must be read from the report: use a year it prints or its own year (and say how in event_date_basis), or leave event_date empty`
	};
}

/**
 * True when the whole period of date `a` comes before the whole period of `b` (`2017-10` ends
 * before `2017-11-03` starts; `2017` and `2017-11` overlap, so neither is before the other).
 */
export function endsBefore(a: string, b: string): boolean {
	if (!isValidPartialDate(a) || !isValidPartialDate(b)) {
		throw new Error(
			`cannot order "${a}" and "${b}": each must be an ISO date (2017, 2017-11, 2017-11-03)`
		);
	}
	// Compare the last day of a's period with the first day of b's: a prefix string ends with "~".
	const last = a.length === 10 ? a : `${a}~`;
	return last < b.padEnd(10, '-');
}

const MONTHS =
	'january february march april may june july august september october november december'.split(
		' '
	);

/** Every way a text may print day `d` of month `m` (1-based): "3 November", "Nov. 3", "03/11", "2017-11-03". */
function dayWritten(text: string, m: number, d: number): boolean {
	const t = text.toLowerCase();
	const month = MONTHS[m - 1];
	const names = `(?:${month}|${month.slice(0, 3)}\\.?)`;
	const day = `0?${d}(?:st|nd|rd|th)?`;
	const mm = `0?${m}`;
	return [
		`(?<!\\d)${day}\\s+(?:of\\s+)?${names}(?![a-z])`,
		`(?<![a-z])${names}\\s+${day}(?!\\d)`,
		`(?<!\\d)0?${d}/${mm}/\\d{4}`,
		`\\d{4}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
	].some((p) => new RegExp(p).test(t));
}

/** What a report's text and articles.json allow its event dates to be. */
export interface ReportDates {
	/** The report's own date (articles.json `date`), full or partial. */
	date: string | null | undefined;
	/** The last day it can have been written (articles.json `date_bounds.latest`). */
	latest: string | null | undefined;
}

/**
 * An event date the report cannot support: one that starts after the report was written (its
 * latest bound, or the end of its own date's period), or that names a day neither the report
 * prints, nor its own date is, nor event_date_basis names ("Friday" alone is no day of the month).
 */
export function checkEventDay(
	eventDate: string,
	basis: string,
	article: string,
	articleText: string,
	report: ReportDates
): Finding | null {
	const field = 'event_date';
	const latest = report.latest ?? report.date;
	if (latest && isValidPartialDate(latest) && endsBefore(latest, eventDate)) {
		return {
			code: 'event-after-report',
			field,
			message: `event_date ${eventDate} is after ${article} was written (at the latest ${latest}, by articles.json); a report cannot tell of a later day`
		};
	}
	const m = ISO_PARTIAL.exec(eventDate);
	if (!m?.[3] || eventDate === report.date) return null;
	const [month, day] = [Number(m[2]), Number(m[3])];
	if (dayWritten(articleText, month, day) || dayWritten(basis, month, day)) return null;
	return {
		code: 'event-date-too-precise',
		field,
		message: `event_date ${eventDate} names a day, but ${article} does not print ${day} ${MONTHS[month - 1]}, it is not the report's own date, and event_date_basis does not say how that day was read; give only the month or year the text allows, or name the day in event_date_basis`
	};
}
