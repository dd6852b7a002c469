// Words that date an event against the day its report was written ("last month", "earlier this
// month", "last week", "Wednesday"), resolved against the report's date bounds (articles.json):
// a claim's event_date must overlap the days those words can mean.
import { phrasesQuoted } from './date-basis';
import type { Finding } from './problems';
import { WEEKDAYS } from './weekdays';

/** The first and last day a report can have been written, as ISO days. */
export interface WrittenBetween {
	earliest: string;
	latest: string;
}

const DAY_MS = 86_400_000;
const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (day: string, n: number) => iso(new Date(toDate(day).getTime() + n * DAY_MS));
/** The first and the last day of the month `n` months from `day`'s. */
function monthOf(day: string, n: number): [string, string] {
	const d = toDate(day);
	const first = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
	const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n + 1, 0));
	return [iso(first), iso(last)];
}

/** The first and last day of an ISO date's period (2017 → the year, 2017-11 → the month). */
export function periodOf(date: string): [string, string] {
	if (date.length === 10) return [date, date];
	if (date.length === 7) return monthOf(`${date}-01`, 0);
	return [`${date}-01-01`, `${date}-12-31`];
}

const WEEKDAY = `(${WEEKDAYS.map((d) => d.toLowerCase()).join('|')})`;

/**
 * The words we resolve, and the days each can mean in a report written between `w.earliest` and
 * `w.latest`. A plain weekday is the nearest one either side of the report's days; one after
 * "next", "by" or "until" looks ahead and is left alone.
 */
const RELATIVE: { words: RegExp; days: (w: WrittenBetween) => [string, string] }[] = [
	{
		words: /\blast month\b/,
		days: (w) => [monthOf(w.earliest, -1)[0], monthOf(w.latest, -1)[1]]
	},
	{ words: /\bthis month\b/, days: (w) => [monthOf(w.earliest, 0)[0], w.latest] },
	{ words: /\blast week\b/, days: (w) => [addDays(w.earliest, -13), addDays(w.latest, -1)] },
	{ words: /\bthis year\b/, days: (w) => [`${w.earliest.slice(0, 4)}-01-01`, w.latest] },
	{
		words: /\blast year\b/,
		days: (w) => [`${+w.earliest.slice(0, 4) - 1}-01-01`, `${+w.latest.slice(0, 4) - 1}-12-31`]
	},
	{
		words: new RegExp(`\\blast ${WEEKDAY}\\b`),
		days: (w) => [addDays(w.earliest, -13), addDays(w.latest, -1)]
	},
	{
		words: new RegExp(`(?<!\\b(?:last|next|by|until|coming) )\\b${WEEKDAY}\\b`),
		days: (w) => [addDays(w.earliest, -7), addDays(w.latest, 7)]
	}
];

/**
 * An event_date that none of the days its words can mean overlaps: the words are the claim's
 * text and the first phrase its event_date_basis quotes. Null when it fits, or nothing is resolved.
 */
export function checkRelativeDate(
	c: { text: string | null; event_date: string; event_date_basis: string },
	article: string,
	written: WrittenBetween
): Finding | null {
	const [start, end] = periodOf(c.event_date);
	// The basis's first quoted phrase is the words it reads the date from; later ones are anchors
	// ("“Three years” before the report's “Friday”").
	const phrases = [c.text ?? '', phrasesQuoted(c.event_date_basis)[0] ?? ''];
	for (const phrase of phrases) {
		const words = phrase.toLowerCase();
		for (const r of RELATIVE) {
			const m = r.words.exec(words);
			if (!m) continue;
			const [from, to] = r.days(written);
			if (end >= from && start <= to) continue;
			const said = phrase.slice(m.index, m.index + m[0].length);
			return {
				code: 'event-date-not-its-words',
				field: 'event_date',
				message: `event_date ${c.event_date} does not fit "${said}": ${article} was written from ${written.earliest} to ${written.latest} (articles.json date_bounds), so "${said}" is a day from ${from} to ${to}; give the date the words mean`
			};
		}
	}
	return null;
}
