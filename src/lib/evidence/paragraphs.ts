// Articles as paragraphs, and where a quote sits in them.
import { closestMatch } from './near-miss';
import type { Finding } from './problems';

/** Splits an article into paragraphs: maximal runs of lines that are not blank after trimming. */
export function splitParagraphs(article: string): string[] {
	return paragraphsWithLines(article).map((p) => p.text);
}

/** Each paragraph and the line of the article it starts on (from 1). */
export function paragraphsWithLines(article: string): { text: string; line: number }[] {
	const paragraphs: { text: string; line: number }[] = [];
	let run: string[] = [];
	let start = 0;
	for (const [i, line] of article.split(/\r?\n/).entries()) {
		if (line.trim() === '') {
			if (run.length) paragraphs.push({ text: run.join('\n'), line: start });
			run = [];
		} else {
			if (!run.length) start = i + 1;
			run.push(line);
		}
	}
	if (run.length) paragraphs.push({ text: run.join('\n'), line: start });
	return paragraphs;
}

/**
 * Where a quote is: null when it is verbatim in its stated paragraph, or what is wrong, with the
 * field at fault: `paragraph` (it does not exist, or the quote is in another) or `quote`.
 */
export function locateQuote(
	quote: string,
	article: string,
	articleText: string,
	paragraph: number
): (Finding & { field: 'paragraph' | 'quote' }) | null {
	const paragraphs = splitParagraphs(articleText);
	if (!Number.isInteger(paragraph) || paragraph < 1 || paragraph > paragraphs.length) {
		return {
			code: 'paragraph-out-of-range',
			field: 'paragraph',
			message: `paragraph ${paragraph} does not exist: ${article} has ${paragraphs.length} paragraphs`
		};
	}
	if (paragraphs[paragraph - 1].includes(quote)) return null;
	const elsewhere = paragraphs.findIndex((p) => p.includes(quote));
	if (elsewhere >= 0) {
		return {
			code: 'quote-in-other-paragraph',
			field: 'paragraph',
			message: `the quote is in paragraph ${elsewhere + 1} of ${article}, not paragraph ${paragraph}`
		};
	}
	return {
		code: 'quote-not-verbatim',
		field: 'quote',
		message: `the quote is not verbatim in ${article}, paragraph ${paragraph}: ${closestMatch(quote, paragraphs[paragraph - 1])}`
	};
}
