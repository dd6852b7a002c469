// Articles as paragraphs, and where a quote sits in them.
import { closestMatch } from './near-miss';

/** Splits an article into paragraphs: maximal runs of lines that are not blank after trimming. */
export function splitParagraphs(article: string): string[] {
	const paragraphs: string[] = [];
	let run: string[] = [];
	for (const line of article.split(/\r?\n/)) {
		if (line.trim() === '') {
			if (run.length) paragraphs.push(run.join('\n'));
			run = [];
		} else {
			run.push(line);
		}
	}
	if (run.length) paragraphs.push(run.join('\n'));
	return paragraphs;
}

/** Where a quote is: null when it is verbatim in its stated paragraph, or what is wrong. */
export function locateQuote(
	quote: string,
	article: string,
	articleText: string,
	paragraph: number
): string | null {
	const paragraphs = splitParagraphs(articleText);
	if (!Number.isInteger(paragraph) || paragraph < 1 || paragraph > paragraphs.length) {
		return `paragraph ${paragraph} does not exist: ${article} has ${paragraphs.length} paragraphs`;
	}
	if (paragraphs[paragraph - 1].includes(quote)) return null;
	const elsewhere = paragraphs.findIndex((p) => p.includes(quote));
	if (elsewhere >= 0) {
		return `the quote is in paragraph ${elsewhere + 1} of ${article}, not paragraph ${paragraph}`;
	}
	return `the quote is not verbatim in ${article}, paragraph ${paragraph}: ${closestMatch(quote, paragraphs[paragraph - 1])}`;
}
