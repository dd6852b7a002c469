// The data files as text. Policy, one for every file an editor touches (claims.csv, articles.json,
// story.aml): UTF-8 only, no byte order mark, LF line endings. Each is an error named with its line
// and column and the fix, because .gitattributes checks these files out as LF and every tool here
// writes LF: a BOM or a CRLF means an editor re-saved the file, and a CR would end up inside a
// multi-line quote. A file that is not UTF-8 stops there: its text cannot be trusted. The reports
// in data/articles/ are only decoded (strictly); their bytes are checked against their sha256.
import { problemAt, type Problem } from './problems';

/** A place in a file, as problems name it: `claims.csv line 2, column 7`. */
const fileAt = (file: string, line: number, column: number) => ({
	where: `${file} line ${line}, column ${column}`,
	file,
	line,
	column
});

/** Line and column (both from 1, the column in characters) of a position in a text. */
export function lineColumn(text: string, index: number): { line: number; column: number } {
	const before = text.slice(0, index);
	const lineStart = before.lastIndexOf('\n') + 1;
	return { line: before.split('\n').length, column: index - lineStart + 1 };
}

/** Offset of the first byte that does not start a well-formed UTF-8 character (WHATWG rules), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i];
		if (b < 0x80) {
			i++;
			continue;
		}
		let need: number;
		let lo = 0x80;
		let hi = 0xbf;
		if (b >= 0xc2 && b <= 0xdf) need = 1;
		else if (b >= 0xe0 && b <= 0xef) {
			need = 2;
			if (b === 0xe0) lo = 0xa0;
			if (b === 0xed) hi = 0x9f;
		} else if (b >= 0xf0 && b <= 0xf4) {
			need = 3;
			if (b === 0xf0) lo = 0x90;
			if (b === 0xf4) hi = 0x8f;
		} else return i;
		for (let k = 1; k <= need; k++) {
			const c = bytes[i + k];
			if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
		}
		i += need + 1;
	}
	return -1;
}

/** Decodes UTF-8 strictly: the text, or a problem naming the line and column of the first bad byte. */
export function decodeUtf8(
	bytes: Uint8Array,
	file: string
): { text: string } | { problem: Problem } {
	try {
		return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
	} catch {
		const at = Math.max(0, firstInvalidUtf8(bytes));
		const head = new TextDecoder('utf-8').decode(bytes.subarray(0, at));
		const { line, column } = lineColumn(head, head.length);
		const after = head.slice(head.lastIndexOf('\n') + 1).slice(-24);
		const byte = bytes[at].toString(16).toUpperCase().padStart(2, '0');
		return {
			problem: problemAt(
				fileAt(file, line, column),
				'not-utf8',
				`the file is not UTF-8: byte 0x${byte}${after ? ` after "${after}"` : ''} is not a UTF-8 character (it was probably saved as Windows-1252 or Latin-1); save it as UTF-8 without BOM`
			)
		};
	}
}

/**
 * Reads a data file an editor writes: decoded strictly, with a BOM and CR line endings reported.
 * The text comes back without the BOM and with LF line endings, so later checks still run.
 */
export function decodeDataFile(
	bytes: Uint8Array,
	file: string
): { text: string | null; problems: Problem[] } {
	const decoded = decodeUtf8(bytes, file);
	if ('problem' in decoded) return { text: null, problems: [decoded.problem] };
	let text = decoded.text;
	const problems: Problem[] = [];
	if (text.startsWith('\uFEFF')) {
		problems.push(
			problemAt(
				fileAt(file, 1, 1),
				'byte-order-mark',
				'the file starts with a byte order mark (BOM); save it as UTF-8 without BOM'
			)
		);
		text = text.slice(1);
	}
	const cr = text.indexOf('\r');
	if (cr >= 0) {
		const { line, column } = lineColumn(text, cr);
		const crlf = (text.match(/\r\n/g) ?? []).length;
		problems.push(
			problemAt(
				fileAt(file, line, column),
				'not-lf-line-endings',
				crlf > 0
					? `the file has Windows line endings (CRLF) on ${crlf} line${crlf === 1 ? '' : 's'}, the first here; save it with LF line endings`
					: 'a carriage return (CR) ends this line; save the file with LF line endings'
			)
		);
		text = text.replace(/\r\n?/g, '\n');
	}
	return { text, problems };
}
