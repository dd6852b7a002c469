// Coverage: every figure-bearing phrase in the five reports (a number, a share, a date, a count, a
// duration) is either quoted by a claim or listed in data/omitted.csv with the reason it is left out.
import type { Claim } from './claims-csv';
import { parseCsvStrict, rowsOfHeaderWidth } from './csv-strict';
import { locateQuote, splitParagraphs } from './paragraphs';
import type { Problem } from './problems';

/** A figure-bearing phrase the site leaves out, and why. */
export interface Omission {
	article: string;
	paragraph: number;
	quote: string;
	reason: string;
	line: number;
}

export const OMITTED_COLUMNS = ['article', 'paragraph', 'quote', 'reason'] as const;

const NUMBER_WORDS =
	'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|dozens?|half|third|quarter|percent|several|few|first|second';
const MONTHS =
	'January|February|March|April|May|June|July|August|September|October|November|December';
const DAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';

/** Digits, number and count words, months, weekdays and relative times ("last week"). */
export const FIGURE_PHRASE = new RegExp(
	[
		String.raw`\d(?:[\d,./:-]*\d)?%?`,
		String.raw`\b(?:${NUMBER_WORDS})\b`,
		String.raw`\b(?:${MONTHS})\b`,
		String.raw`\b(?:${DAYS})\b`,
		String.raw`\b(?:this|last|next|earlier this|later this) (?:year|month|week)\b`,
		String.raw`\b(?:yesterday|today|tomorrow)\b`
	].join('|'),
	'gi'
);

/** Reads data/omitted.csv strictly: article, paragraph, quote, reason. */
export function parseOmittedCsv(text: string): { omitted: Omission[]; problems: Problem[] } {
	const file = 'omitted.csv';
	const parsed = parseCsvStrict(text, file);
	const problems = [...parsed.problems];
	if (parsed.header.join(',') !== OMITTED_COLUMNS.join(',')) {
		problems.push({
			where: `${file} header`,
			message: `the header must be exactly: ${OMITTED_COLUMNS.join(',')}`
		});
		return { omitted: [], problems };
	}
	const { rows, problems: widths } = rowsOfHeaderWidth(parsed.header, parsed.rows, file);
	problems.push(...widths);
	const omitted = rows.map(({ fields, line }) => ({
		article: fields[0].trim(),
		paragraph: Number(fields[1]),
		quote: fields[2],
		reason: fields[3].trim(),
		line
	}));
	return { omitted, problems };
}

/** Each omission quotes its paragraph verbatim, holds a figure, and says why it is left out. */
export function verifyOmitted(omitted: Omission[], articles: Record<string, string>): Problem[] {
	return omitted.flatMap((o) => {
		const where = `omitted.csv line ${o.line}`;
		const text = articles[o.article];
		if (text === undefined) {
			return [
				{
					where,
					message: `article "${o.article}" is not one of the reports (${Object.keys(articles).join(', ')})`
				}
			];
		}
		const out: Problem[] = [];
		const miss = locateQuote(o.quote, o.article, text, o.paragraph);
		if (miss) out.push({ where, message: miss });
		if (!o.reason)
			out.push({ where, message: 'reason is empty: say why the site leaves this figure out' });
		if (!new RegExp(FIGURE_PHRASE.source, 'i').test(o.quote)) {
			out.push({
				where,
				message: 'the quote holds no figure, so it needs no row here; delete the row'
			});
		}
		return out;
	});
}

/** Where `quote` sits in `paragraph`: every start index. */
function spans(paragraph: string, quote: string): number[] {
	const out: number[] = [];
	for (let at = paragraph.indexOf(quote); at >= 0 && quote; at = paragraph.indexOf(quote, at + 1))
		out.push(at);
	return out;
}

/** Every figure-bearing phrase of every report that no claim quotes and omitted.csv does not list. */
export function uncoveredFigures(
	articles: Record<string, string>,
	claims: Pick<Claim, 'article' | 'paragraph' | 'quote'>[],
	omitted: Pick<Omission, 'article' | 'paragraph' | 'quote'>[]
): Problem[] {
	const problems: Problem[] = [];
	for (const [file, text] of Object.entries(articles)) {
		splitParagraphs(text).forEach((paragraph, i) => {
			const quotes = [...claims, ...omitted]
				.filter((q) => q.article === file && q.paragraph === i + 1)
				.flatMap((q) => spans(paragraph, q.quote).map((at) => [at, at + q.quote.length]));
			for (const m of paragraph.matchAll(FIGURE_PHRASE)) {
				const [start, end] = [m.index, m.index + m[0].length];
				if (quotes.some(([a, b]) => a <= start && b >= end)) continue;
				const context = paragraph.slice(Math.max(0, start - 40), end + 40).replace(/\s+/g, ' ');
				problems.push({
					where: `articles/${file} paragraph ${i + 1}`,
					message: `"${m[0]}" (…${context}…) is a figure no claim quotes and data/omitted.csv does not list; add a claim for it, or a row to omitted.csv saying why it is left out`
				});
			}
		});
	}
	return problems;
}
