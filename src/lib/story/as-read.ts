// Text as a reader sees it, for the number-word check: what looks like "five" is "five", however
// it is encoded.

/**
 * Cyrillic and Greek letters drawn like Latin ones, as the Latin letter a reader sees: "fivе" with
 * a Cyrillic е reads as "five". Full-width and styled letters are folded by NFKD.
 */
const LOOKALIKES: Record<string, string> = Object.fromEntries(
	[
		['а', 'a'],
		['АΑ', 'A'],
		['ВΒ', 'B'],
		['сϲ', 'c'],
		['СϹ', 'C'],
		['ԁ', 'd'],
		['еёε', 'e'],
		['ЕЁΕ', 'E'],
		['ɡ', 'g'],
		['һ', 'h'],
		['НΗ', 'H'],
		['іїιɩ', 'i'],
		['ІЇΙ', 'I'],
		['ј', 'j'],
		['Ј', 'J'],
		['κ', 'k'],
		['КΚ', 'K'],
		['МΜ', 'M'],
		['Ν', 'N'],
		['оοσ', 'o'],
		['ОΟ', 'O'],
		['рρ', 'p'],
		['РΡ', 'P'],
		['ԛ', 'q'],
		['ѕ', 's'],
		['Ѕ', 'S'],
		['ΤТ', 'T'],
		['υ', 'u'],
		['νѵ', 'v'],
		['Ѵ', 'V'],
		['ԝω', 'w'],
		['Ԝ', 'W'],
		['хχ', 'x'],
		['ХΧ', 'X'],
		['уγ', 'y'],
		['УΥ', 'Y'],
		['Ζ', 'Z']
	].flatMap(([from, to]) => [...from].map((c) => [c, to]))
);

/**
 * A text as a reader sees it, for the number-word check: compatibility forms folded (NFKD), accents
 * and invisible characters (zero-width, soft hyphen, bidi controls) dropped, look-alike letters
 * read as Latin. Invisible characters are also an error of their own (hidden-characters.ts).
 */
export function asRead(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\p{M}\p{Cf}]/gu, '')
		.replace(/[^\p{Script=Latin}\P{L}]/gu, (c) => LOOKALIKES[c] ?? c);
}
