// Where things are in the hostile-edit fixture (tests/fixtures/hostile/data), found by searching
// its text, not by the parsers under test: the table says with these where each problem must point.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitLine } from './edits';

/** The fixture data folder: two short reports, a dozen claims, a small story. */
export const FIXTURE = 'tests/fixtures/hostile/data';

/** A place in a text file: line and column, both from 1. */
export interface Place {
	line: number;
	column: number;
}

const read = (file: string, dir = FIXTURE) => readFileSync(join(dir, file), 'utf8');

/** The place of a character offset in a text. */
function placeAt(text: string, index: number): Place {
	const before = text.slice(0, index).split('\n');
	return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** Where the nth occurrence (from 1) of `needle` starts in a fixture file. */
export function positionOf(file: string, needle: string, nth = 1): Place {
	const text = read(file);
	let at = -1;
	for (let k = 0; k < nth; k++) {
		at = text.indexOf(needle, at + 1);
		if (at < 0) throw new Error(`${file} has no occurrence ${k + 1} of ${needle}`);
	}
	return placeAt(text, at);
}

/** The line a CSV row starts on, found by how it starts (`rawa-retaken,`). */
export function rowLine(file: string, rowStart: string): number {
	const i = read(file)
		.split('\n')
		.findIndex((l) => l.startsWith(rowStart));
	if (i < 0) throw new Error(`${file} has no row ${rowStart}`);
	return i + 1;
}

/** Just past the last character of a row: where text appended to it starts. */
export function rowEnd(file: string, rowStart: string): Place {
	const line = rowLine(file, rowStart);
	return { line, column: read(file).split('\n')[line - 1].length + 1 };
}

/** Where a cell of a one-line CSV row starts, in the file as it is in `dir` (an edited copy). */
export function cellStart(dir: string, file: string, rowStart: string, column: string): Place {
	const lines = read(file, dir).split('\n');
	const k = splitLine(lines[0]).findIndex((f) => f.value === column);
	const i = lines.findIndex((l) => l.startsWith(rowStart));
	if (k < 0 || i < 0) throw new Error(`${file} has no row ${rowStart} or column ${column}`);
	return { line: i + 1, column: splitLine(lines[i])[k].start + 1 };
}

/** The first character that is not ASCII: where a Windows-1252 copy stops being UTF-8. */
export function firstNonAscii(file: string): Place {
	const text = read(file);
	return placeAt(
		text,
		[...text].findIndex((c) => c.charCodeAt(0) > 0x7f)
	);
}

/** Just past the last character of a file: where a byte appended to it is. */
export function endOfFile(file: string): Place {
	const text = read(file);
	return placeAt(text, text.length);
}
