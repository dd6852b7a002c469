// A report's date_basis, which /sources prints under "How we date this report", against the
// reports: every report it names by letter exists, and every phrase it quotes is printed in the
// report itself or in a report it names.
import type { ArticleMeta } from './articles';
import type { Finding } from './problems';

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
	a: Pick<ArticleMeta, 'file' | 'date_basis'>,
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
