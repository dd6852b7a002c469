// Near misses: when a quote is not verbatim, say how it differs from the closest text, down to the
// character. Texts are compared folded (typography and runs of spaces), and every folded character
// keeps the span of the original it came from, so a hint always names the original characters.

const FOLDS: Record<string, string> = {
	'\u2018': "'",
	'\u2019': "'",
	'\u201A': "'",
	'\u2032': "'",
	'\u201C': '"',
	'\u201D': '"',
	'\u201E': '"',
	'\u2033': '"',
	'\u2013': '-',
	'\u2014': '-',
	'\u2212': '-'
};

/** A folded text, and for each of its characters the span [from, to) of the original it came from. */
interface Folded {
	text: string;
	from: number[];
	to: number[];
}

function fold(s: string): Folded {
	const out: Folded = { text: '', from: [], to: [] };
	for (let i = 0; i < s.length;) {
		let j = i + 1;
		if (/\s/.test(s[i])) {
			while (j < s.length && /\s/.test(s[j])) j++;
			out.text += ' ';
		} else out.text += FOLDS[s[i]] ?? s[i];
		out.from.push(i);
		out.to.push(j);
		i = j;
	}
	return out;
}

/** Folds the typographic variants that make a quote look right but fail to match. */
export function foldTypography(s: string): string {
	return fold(s).text;
}

const NAMES: Record<string, string> = {
	'\u00A0': 'a non-breaking space',
	' ': 'a space',
	'\n': 'a line break',
	'\t': 'a tab',
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

function describeChar(c: string): string {
	if (NAMES[c]) return NAMES[c];
	const code = c.codePointAt(0)!;
	if (code < 0x2000 && /[\p{L}\p{N}\p{P}\p{S}]/u.test(c)) return `"${c}"`;
	return `"${c}" (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
}

/** One character by name, or a run of them ("  " → 2 characters: a space, a space). */
function describe(run: string): string {
	const chars = [...run];
	if (chars.length === 1) return describeChar(run);
	return `${chars.length} characters (${chars.map(describeChar).join(', ')})`;
}

/** The longest k in [0, max] for which ok(k) holds, given that ok is true up to some k and false after. */
function longest(max: number, ok: (k: number) => boolean): number {
	let lo = 0;
	let hi = max;
	while (lo < hi) {
		const mid = Math.ceil((lo + hi) / 2);
		if (ok(mid)) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/** Where the quote best lines up in the paragraph: the window, and how much of each end agrees. */
function align(Q: string, P: string) {
	const pre = longest(Q.length, (k) => P.includes(Q.slice(0, k)));
	const suf = longest(Q.length, (k) => P.includes(Q.slice(Q.length - k)));
	const slack = 40;
	if (pre >= suf) {
		const start = P.indexOf(Q.slice(0, pre));
		const from = start + pre;
		const limit = from + (Q.length - pre) + slack;
		const found = (k: number) => {
			const at = P.indexOf(Q.slice(Q.length - k), from);
			return at >= 0 && at + k <= limit ? at + k : -1;
		};
		const s = longest(Q.length - pre, (k) => found(k) >= 0);
		const end = s ? found(s) : Math.min(P.length, start + Q.length);
		return { start, end, pre, suf: s };
	}
	const end = P.lastIndexOf(Q.slice(Q.length - suf)) + suf;
	const to = end - suf;
	const limit = to - (Q.length - suf) - slack;
	const found = (k: number) => {
		const at = k ? P.lastIndexOf(Q.slice(0, k), to - k) : to;
		return at >= 0 && at >= limit ? at : -1;
	};
	const p = longest(Q.length - suf, (k) => found(k) >= 0);
	const start = p ? found(p) : Math.max(0, end - Q.length);
	return { start, end, pre: p, suf };
}

/** Widens [a, b) of a folded text to whole words. */
function words(t: string, a: number, b: number): [number, number] {
	while (a > 0 && t[a - 1] !== ' ') a--;
	while (b < t.length && t[b] !== ' ') b++;
	return [a, b];
}

/** The original text behind folded characters [a, b). */
const original = (s: string, f: Folded, a: number, b: number) =>
	b > a ? s.slice(f.from[a], f.to[b - 1]).trim() : '';

/** Only typography differs: name the first original character (or run of spaces) that does. */
function typographyHint(
	quote: string,
	q: Folded,
	paragraph: string,
	p: Folded,
	at: number
): string {
	const reads = original(paragraph, p, at, at + q.text.length);
	for (let k = 0; k < q.text.length; k++) {
		const qs = quote.slice(q.from[k], q.to[k]);
		const ps = paragraph.slice(p.from[at + k], p.to[at + k]);
		if (qs !== ps) {
			const i = p.from[at + k];
			const context = paragraph.slice(Math.max(0, i - 12), i + 12);
			return `it differs only in typography: the article has ${describe(ps)} where the quote has ${describe(qs)} (at "${context}"). The article reads: "${reads}"`;
		}
	}
	return `it differs only in spacing or typography. The article reads: "${reads}"`;
}

/**
 * Explains how a quote that is not verbatim differs from the closest text in the paragraph:
 * a typographic slip (curly quotes, non-breaking spaces, dashes), or the words and the first
 * character that differ.
 */
export function closestMatch(quote: string, paragraph: string): string {
	const q = fold(quote);
	const p = fold(paragraph);
	if (!q.text.trim() || !p.text.trim()) return 'the quote or the paragraph is empty';
	const at = p.text.indexOf(q.text);
	if (at >= 0) return typographyHint(quote, q, paragraph, p, at);
	const Q = q.text;
	const P = p.text;
	const { start, end, pre, suf } = align(Q, P);
	if (pre + suf < Q.length / 2 && Math.max(pre, suf) < 20) {
		return `nothing close was found; the paragraph begins: "${paragraph.slice(0, 90)}…"`;
	}
	const closest = original(paragraph, p, start, end);
	const [qa, qb] = words(Q, pre, Q.length - suf);
	const [pa, pb] = words(P, start + pre, end - suf);
	const quoteWords = original(quote, q, qa, qb);
	const articleWords = original(paragraph, p, pa, pb);
	const raw = (t: string, f: Folded, a: number, b: number) =>
		b > a ? t.slice(f.from[a], f.to[b - 1]) : '';
	const qMid = raw(quote, q, pre, Q.length - suf);
	const pMid = raw(paragraph, p, start + pre, end - suf);
	const named = (mid: string) =>
		mid.trim() && [...mid].length > 3 ? `"${mid.trim()}"` : describe(mid);
	let diff = `words that differ: "${quoteWords}" (article: "${articleWords}"); `;
	if (qMid && pMid) {
		const qc = quote.slice(q.from[pre], q.to[pre]);
		const pc = paragraph.slice(p.from[start + pre], p.to[start + pre]);
		diff += `the first difference is character ${pre + 1} of the quote, where the quote has ${describe(qc)} and the article has ${describe(pc)}`;
	} else if (pMid) {
		diff += `the quote leaves out ${named(pMid)} after character ${pre}`;
	} else {
		diff += `the quote adds ${named(qMid)} at character ${pre + 1}`;
	}
	const longer = Q.length > P.length ? '; the quote is longer than the paragraph' : '';
	return `closest text in the paragraph: "${closest}"; ${diff}${longer}`;
}
