// Whose figure it is: attributed_to is shown beside every figure, so the names in it must be the
// report's own, not a source the report never mentions.
import type { Finding } from './problems';

/** The article's own voice: the one attribution that names no one. */
export const OWN_VOICE = 'the article';

/** A word's letters in lower case, dots dropped: "U.S." and "US" are one word. */
const key = (w: string) => w.replace(/\./g, '').toLowerCase();

/** The words of a text, as keys ("U.S.-led" gives "us" and "led"). */
const wordsOf = (text: string) =>
	new Set([...text.matchAll(/[\p{L}.]*\p{L}[\p{L}.]*/gu)].map((m) => key(m[0])));

/**
 * The names in an attribution: its capitalised words ("Col.", "US", "Syrian", "Observatory"…), a
 * possessive's "s" dropped; `abbreviated` when written with a dot ("Col." stands for "Colonel").
 */
export function namesIn(attributedTo: string): { name: string; abbreviated: boolean }[] {
	return [...attributedTo.matchAll(/\p{Lu}(?:[\p{L}]|\.(?=\p{Lu}))*(\.?)/gu)].map((m) => ({
		name: m[0].replace(/\.$/, ''),
		abbreviated: m[1] === '.'
	}));
}

/**
 * Null when every name of `attributedTo` is printed in the report (as a whole word, any case), or
 * it is the article's own voice; else what is wrong.
 */
export function checkAttribution(
	attributedTo: string,
	article: string,
	articleText: string
): Finding | null {
	if (!attributedTo || attributedTo === OWN_VOICE) return null;
	const printed = [...wordsOf(articleText)];
	const missing = namesIn(attributedTo)
		.filter(({ name, abbreviated }) =>
			abbreviated ? !printed.some((w) => w.startsWith(key(name))) : !printed.includes(key(name))
		)
		.map((n) => n.name);
	if (!missing.length) return null;
	return {
		code: 'attribution-not-in-report',
		field: 'attributed_to',
		message: `attributed_to "${attributedTo}" names ${missing.map((w) => `"${w}"`).join(', ')}, which ${article} does not print; attribute the figure to whom the report gives it (in its words), or to "${OWN_VOICE}"`
	};
}
