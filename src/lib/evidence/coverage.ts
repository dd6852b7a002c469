// Coverage: every figure-bearing phrase in the five reports (a number, a share, a date, a count, a
// duration) is either quoted by a claim or listed in data/omitted.csv with the reason it is left out.
import type { Claim } from './claim-schema';
import { cellPositions, parseCsvStrict, rowsOfHeaderWidth, type Position } from './csv-strict';
import { locateQuote, paragraphsWithLines } from './paragraphs';
import { problemAt, type Problem, type ProblemCode } from './problems';
import { lineColumn } from './text-files';

/** A figure-bearing phrase the site leaves out, and why. */
export interface Omission {
	article: string;
	paragraph: number;
	quote: string;
	reason: string;
	line: number;
	/** Where each cell starts in omitted.csv, by column name. */
	cells?: Partial<Record<string, Position>>;
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
		problems.push(
			problemAt(
				{ where: `${file} header`, file, line: 1 },
				'header-mismatch',
				`the header must be exactly: ${OMITTED_COLUMNS.join(',')}`
			)
		);
		return { omitted: [], problems };
	}
	const { rows, problems: widths } = rowsOfHeaderWidth(parsed.header, parsed.rows, file);
	problems.push(...widths);
	const omitted = rows.map((r) => ({
		article: r.fields[0].trim(),
		paragraph: Number(r.fields[1]),
		quote: r.fields[2],
		reason: r.fields[3].trim(),
		line: r.line,
		cells: cellPositions(parsed.header, r)
	}));
	return { omitted, problems };
}

/** Each omission quotes its paragraph verbatim, holds a figure, and says why it is left out. */
export function verifyOmitted(omitted: Omission[], articles: Record<string, string>): Problem[] {
	return omitted.flatMap((o) => {
		const out: Problem[] = [];
		const add = (code: ProblemCode, field: string, message: string) => {
			const cell = o.cells?.[field];
			const where = `omitted.csv line ${o.line}`;
			const place = {
				where,
				file: 'omitted.csv',
				line: cell?.line ?? o.line,
				column: cell?.column
			};
			out.push(problemAt({ ...place, field }, code, message));
		};
		const text = articles[o.article];
		if (text === undefined) {
			add(
				'unknown-article',
				'article',
				`article "${o.article}" is not one of the reports (${Object.keys(articles).join(', ')})`
			);
			return out;
		}
		const miss = locateQuote(o.quote, o.article, text, o.paragraph);
		if (miss) add(miss.code, miss.field, miss.message);
		if (!o.reason)
			add('required-field', 'reason', 'reason is empty: say why the site leaves this figure out');
		if (!new RegExp(FIGURE_PHRASE.source, 'i').test(o.quote)) {
			add(
				'omission-without-figure',
				'quote',
				'the quote holds no figure, so it needs no row here; delete the row'
			);
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
		paragraphsWithLines(text).forEach(({ text: paragraph, line: first }, i) => {
			const quotes = [...claims, ...omitted]
				.filter((q) => q.article === file && q.paragraph === i + 1)
				.flatMap((q) => spans(paragraph, q.quote).map((at) => [at, at + q.quote.length]));
			for (const m of paragraph.matchAll(FIGURE_PHRASE)) {
				const [start, end] = [m.index, m.index + m[0].length];
				if (quotes.some(([a, b]) => a <= start && b >= end)) continue;
				const context = paragraph.slice(Math.max(0, start - 40), end + 40).replace(/\s+/g, ' ');
				const { line, column } = lineColumn(paragraph, start);
				const place = {
					where: `articles/${file} paragraph ${i + 1}`,
					file: `articles/${file}`,
					line: first + line - 1,
					column
				};
				problems.push(
					problemAt(
						place,
						'figure-not-covered',
						`"${m[0]}" (…${context}…) is a figure no claim quotes and data/omitted.csv does not list; add a claim for it, or a row to omitted.csv saying why it is left out`
					)
				);
			}
		});
	}
	return problems;
}
