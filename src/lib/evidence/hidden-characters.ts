// Characters an editor cannot see, in a data file an editor writes (claims.csv, omitted.csv,
// articles.json, story.aml): control characters (Word's Shift+Enter types a vertical tab, which the
// PNG renderer cannot draw) and format characters (zero-width spaces and joiners, soft hyphens,
// bidi controls), which hide a word from the copy's checks or turn text around on screen. Each is an
// error at its line, column and field; only the line feed and the tab are allowed.
import { lineColumn } from './text-files';
import { problemAt, type Problem } from './problems';

/** Every character of general category Cc (control) or Cf (format), and the line/paragraph separators. */
export const HIDDEN_CHARACTER = /(?![\n\t])[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/** `U+000B`. */
export const codePoint = (c: string) =>
	`U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The field a position of a data file is in: a CSV column, a JSON key, an ArchieML key. */
export function fieldAt(file: string, text: string, index: number): string | undefined {
	if (file.endsWith('.csv')) {
		const header = text.slice(0, text.indexOf('\n')).split(',');
		let column = 0;
		let quoted = false;
		const bodyStart = text.indexOf('\n') + 1;
		if (index < bodyStart) return undefined;
		for (let i = bodyStart; i < index; i++) {
			const c = text[i];
			if (c === '"') quoted = !quoted;
			else if (c === ',' && !quoted) column++;
			else if (c === '\n' && !quoted) column = 0;
		}
		return header[column]?.trim();
	}
	const lineText = text.slice(text.lastIndexOf('\n', index - 1) + 1, index);
	if (file.endsWith('.json')) return /"([^"]+)"\s*:/.exec(lineText)?.[1];
	// story.aml: the key of the line, or of the value it continues.
	const before = text.slice(0, index).split('\n').reverse();
	for (const l of before) {
		const m = /^\s*([A-Za-z0-9_.-]+)\s*:/.exec(l);
		if (m) return m[1];
	}
	return undefined;
}

const kind = (c: string) =>
	/\p{Cc}/u.test(c)
		? 'a control character (Word types U+000B for Shift+Enter)'
		: 'an invisible formatting character (a zero-width space or joiner, a soft hyphen or a bidi control)';

/** The hidden characters of a data file: the first of each line, with its place. */
export function findHiddenCharacters(text: string, file: string): Problem[] {
	const problems: Problem[] = [];
	const lines = new Set<number>();
	for (const m of text.matchAll(HIDDEN_CHARACTER)) {
		const { line, column } = lineColumn(text, m.index);
		if (lines.has(line)) continue;
		lines.add(line);
		const field = fieldAt(file, text, m.index);
		problems.push(
			problemAt(
				{ where: `${file} line ${line}, column ${column}`, file, line, column, field },
				/\p{Cc}/u.test(m[0]) ? 'control-character' : 'invisible-character',
				`${field ? `${field} has` : 'has'} ${codePoint(m[0])}, ${kind(m[0])}; delete it (retype the text around it if unsure)`
			)
		);
	}
	return problems;
}
