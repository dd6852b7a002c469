// Near misses: when a quote is not verbatim, say how it differs from the closest text.

/** Folds the typographic variants that make a quote look right but fail to match. */
export function foldTypography(s: string): string {
	return s
		.replace(/[\u2018\u2019\u201A\u2032]/g, "'")
		.replace(/[\u201C\u201D\u201E\u2033]/g, '"')
		.replace(/[\u2013\u2014\u2212]/g, '-')
		.replace(/[\u00A0\u2007\u202F\u2009\u200A]/g, ' ')
		.replace(/\s+/g, ' ');
}

function describeChar(c: string): string {
	const names: Record<string, string> = {
		'\u00A0': 'a non-breaking space',
		' ': 'a space',
		'\u2018': 'a curly opening single quote ‘',
		'\u2019': 'a curly apostrophe ’',
		"'": "a straight apostrophe '",
		'\u201C': 'a curly opening quote “',
		'\u201D': 'a curly closing quote ”',
		'"': 'a straight double quote "',
		'\u2014': 'an em dash —',
		'\u2013': 'an en dash –',
		'-': 'a hyphen -'
	};
	return names[c] ?? `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;
}

/**
 * Explains how a quote that is not verbatim differs from the closest text in the paragraph:
 * a typographic slip (curly quotes, non-breaking spaces, dashes) or the closest run of words.
 */
export function closestMatch(quote: string, paragraph: string): string {
	const foldedQuote = foldTypography(quote);
	const foldedPara = foldTypography(paragraph);
	const at = foldedPara.indexOf(foldedQuote);
	if (at >= 0) {
		// Typography only: find the original span and the first differing character.
		const original = findOriginalSpan(paragraph, foldedQuote);
		if (original) {
			for (let i = 0; i < Math.min(original.length, quote.length); i++) {
				if (original[i] !== quote[i]) {
					return `it differs only in typography: the article has ${describeChar(original[i])} where the quote has ${describeChar(quote[i])} (at "${original.slice(Math.max(0, i - 12), i + 12)}"). The article reads: "${original}"`;
				}
			}
			return `it differs only in spacing or typography. The article reads: "${original}"`;
		}
	}
	const words = (s: string) => foldTypography(s).split(' ').filter(Boolean);
	const q = words(quote);
	const p = words(paragraph);
	if (!q.length || !p.length) return 'the quote or the paragraph is empty';
	let best = { start: 0, score: -1 };
	const span = Math.min(q.length, p.length);
	for (let start = 0; start + span <= p.length; start++) {
		let score = 0;
		for (let k = 0; k < span; k++) if (p[start + k] === q[k]) score++;
		if (score > best.score) best = { start, score };
	}
	const window = p.slice(best.start, best.start + span);
	const diffs: string[] = [];
	for (let k = 0; k < span; k++) {
		if (window[k] !== q[k]) diffs.push(`"${q[k]}" (article: "${window[k]}")`);
	}
	const closest = window.join(' ');
	if (best.score / q.length < 0.5) {
		return `nothing close was found; the paragraph begins: "${paragraph.slice(0, 90)}…"`;
	}
	return `closest text in the paragraph: "${closest}"; words that differ: ${diffs.slice(0, 4).join(', ')}${q.length > p.length ? '; the quote is longer than the paragraph' : ''}`;
}

function findOriginalSpan(paragraph: string, foldedQuote: string): string | null {
	for (let start = 0; start < paragraph.length; start++) {
		for (let end = start + 1; end <= paragraph.length; end++) {
			const folded = foldTypography(paragraph.slice(start, end));
			if (folded === foldedQuote) return paragraph.slice(start, end);
			if (!foldedQuote.startsWith(folded)) break;
		}
	}
	return null;
}
