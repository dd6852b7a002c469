// A report's date_basis, which /sources prints under "How we date this report", against the
// reports: every report it names by letter exists, every weekday it gives a day is that day's, and
// every phrase it quotes is printed in the report itself or in a report it names.
import type { ArticleMeta } from './articles';
import type { Finding } from './problems';
import { hasPhrase } from './quote-support';
import { WEEKDAYS } from './weekdays';

const MONTHS =
	'January February March April May June July August September October November December'.split(
		' '
	);
const DAY = `(\\d{1,2})\\s+(${MONTHS.join('|')})`;
const WEEKDAY = `(${WEEKDAYS.join('|')})`;

/**
 * Every day a text says is a weekday, with that weekday: "3 November 2017 is a Friday",
 * "4 November 2017 (a Saturday)", and a quoted weekday read as a day, “Tuesday” as 31 October (in
 * `year` when the day has none).
 */
export function weekdaysGiven(text: string, year: number): { day: string; weekday: string }[] {
	const given: { day: string; weekday: string }[] = [];
	const stated = new RegExp(`${DAY}\\s+(\\d{4})\\s*(?:is\\s+|\\(|,\\s*)an?\\s+${WEEKDAY}`, 'g');
	for (const m of text.matchAll(stated))
		given.push({ day: `${m[1]} ${m[2]} ${m[3]}`, weekday: m[4] });
	const read = new RegExp(
		`[“"](?:last |next |this )?${WEEKDAY}[”"]\\s+(?:is\\s+)?(?:read\\s+)?as\\s+${DAY}(?:\\s+(\\d{4}))?`,
		'g'
	);
	for (const m of text.matchAll(read)) {
		given.push({ day: `${m[2]} ${m[3]} ${m[4] ?? year}`, weekday: m[1] });
	}
	return given;
}

/** The weekday of a day written "3 November 2017". */
function weekdayOf(day: string): string {
	const [d, month, y] = day.split(' ');
	return WEEKDAYS[new Date(Date.UTC(+y, MONTHS.indexOf(month), +d)).getUTCDay()];
}

/** The letters a text names reports by: "Article E", "article C's", "articles C, D and E". */
export function lettersNamed(text: string): string[] {
	const letters: string[] = [];
	const re = /\b[Aa]rticles?\s+([A-Z](?:(?:\s*,\s*|\s+and\s+|\s+or\s+)[A-Z])*)(?![\p{L}\p{N}])/gu;
	for (const m of text.matchAll(re)) letters.push(...m[1].split(/\s*,\s*|\s+and\s+|\s+or\s+/));
	return [...new Set(letters)];
}

/** Every phrase a text quotes, in straight or curly double quotes. */
export function phrasesQuoted(text: string): string[] {
	return [...text.matchAll(/“([^”]+)”|"([^"]+)"/g)].map((m) => m[1] ?? m[2]);
}

/**
 * The report's date_basis against the reports: `texts` by file name, `labels` by file name. Null
 * problems are left out; the first is the first wrong name, then the first phrase not printed.
 */
export function checkDateBasis(
	a: Pick<ArticleMeta, 'file' | 'date_basis' | 'date'>,
	texts: Record<string, string>,
	labels: Record<string, string>
): Finding[] {
	const found: Finding[] = [];
	const byLetter = new Map(
		Object.entries(labels).map(([file, label]) => [label.split(' ').pop()!, file])
	);
	const named = lettersNamed(a.date_basis);
	const unknown = named.filter((l) => !byLetter.has(l));
	if (unknown.length) {
		found.push({
			code: 'basis-names-unknown-report',
			field: 'date_basis',
			message: `names ${unknown.map((l) => `Article ${l}`).join(', ')}, but there is no such report (the reports are ${[...byLetter.keys()].map((l) => `Article ${l}`).join(', ')})`
		});
	}
	const year = Number((a.date ?? '').slice(0, 4)) || NaN;
	const wrongDay = weekdaysGiven(a.date_basis, year).find((g) => weekdayOf(g.day) !== g.weekday);
	if (wrongDay) {
		found.push({
			code: 'basis-weekday-wrong',
			field: 'date_basis',
			message: `gives ${wrongDay.day} as a ${wrongDay.weekday}, but it is a ${weekdayOf(wrongDay.day)}`
		});
	}
	const sources = [a.file, ...named.map((l) => byLetter.get(l)).filter((f) => f !== undefined)];
	for (const phrase of phrasesQuoted(a.date_basis)) {
		if (sources.some((file) => texts[file]?.includes(phrase))) continue;
		found.push({
			code: 'basis-quote-not-printed',
			field: 'date_basis',
			message: `quotes “${phrase}”, which neither this report nor a report it names prints; quote the words as printed, and name the report they are from`
		});
		break;
	}
	return found;
}

/**
 * A claim's event_date_basis against the reports: every phrase it quotes (“in July”) is printed,
 * case aside, in the claim's report or in a report the basis names by letter. Null when all are.
 */
export function checkEventBasisQuotes(
	basis: string,
	article: string,
	texts: Record<string, string>,
	labels: Record<string, string>
): Finding | null {
	const byLetter = new Map(
		Object.entries(labels).map(([file, label]) => [label.split(' ').pop()!, file])
	);
	const sources = [article, ...lettersNamed(basis).flatMap((l) => byLetter.get(l) ?? [])];
	const phrase = phrasesQuoted(basis).find(
		(p) => !sources.some((file) => texts[file] !== undefined && hasPhrase(texts[file], p))
	);
	if (phrase === undefined) return null;
	return {
		code: 'basis-quote-not-printed',
		field: 'event_date_basis',
		message: `event_date_basis quotes “${phrase}”, which ${article} does not print (nor a report the basis names); quote only words the report prints, or say it in your own words without quotation marks`
	};
}
