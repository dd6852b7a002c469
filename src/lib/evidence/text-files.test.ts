import { describe, it, expect } from 'vitest';
import { decodeDataFile, decodeUtf8, firstInvalidUtf8, lineColumn } from './text-files';

const utf8 = (s: string) => new TextEncoder().encode(s);
/** Windows-1252 for the few characters the tests use: ’ is 0x92, é is 0xE9. */
const cp1252 = (s: string) =>
	Uint8Array.from([...s].map((c) => ({ '’': 0x92, é: 0xe9 })[c] ?? c.charCodeAt(0)));

describe('lineColumn', () => {
	it('counts lines and columns from 1', () => {
		expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
		expect(lineColumn('ab', 0)).toEqual({ line: 1, column: 1 });
	});
});

describe('decodeUtf8', () => {
	it('decodes UTF-8, curly quotes and all', () => {
		expect(decodeUtf8(utf8('Iraq’s army'), 'x.csv')).toEqual({ text: 'Iraq’s army' });
	});

	it('names a Windows-1252 file as not UTF-8, at the line and column of the bad byte', () => {
		const bytes = cp1252('id,quote\nx,Iraq’s army\n');
		expect(firstInvalidUtf8(bytes)).toBe(15);
		const decoded = decodeUtf8(bytes, 'claims.csv');
		expect(decoded).toMatchObject({
			problem: { code: 'not-utf8', file: 'claims.csv', line: 2, column: 7 }
		});
		// It names the byte and the text before it, so the editor finds it.
		if ('problem' in decoded) expect(decoded.problem.message).toContain('0x92 after "x,Iraq"');
	});

	it('points at the lead byte of a broken sequence, not the byte after it', () => {
		expect(firstInvalidUtf8(cp1252('café x'))).toBe(3);
		expect(firstInvalidUtf8(utf8('café x'))).toBe(-1);
	});
});

describe('decodeDataFile', () => {
	it('accepts UTF-8 with LF endings and a trailing blank line', () => {
		expect(decodeDataFile(utf8('a\nb\n\n'), 'story.aml')).toEqual({
			text: 'a\nb\n\n',
			problems: []
		});
	});

	it('names a byte order mark and reads on without it', () => {
		const { text, problems } = decodeDataFile(utf8('\uFEFFa,b\n'), 'claims.csv');
		expect(text).toBe('a,b\n');
		expect(problems).toMatchObject([
			{ code: 'byte-order-mark', file: 'claims.csv', line: 1, column: 1 }
		]);
	});

	it('names CRLF line endings once, at the first, and reads on with LF', () => {
		const { text, problems } = decodeDataFile(utf8('a,b\r\nc,d\r\n'), 'claims.csv');
		expect(text).toBe('a,b\nc,d\n');
		expect(problems).toMatchObject([
			{ code: 'not-lf-line-endings', file: 'claims.csv', line: 1, column: 4 }
		]);
		expect(problems).toHaveLength(1);
	});

	it('names a lone carriage return', () => {
		expect(decodeDataFile(utf8('a\rb'), 'story.aml').problems).toMatchObject([
			{ code: 'not-lf-line-endings', file: 'story.aml', line: 1, column: 2 }
		]);
	});

	it('stops at a file that is not UTF-8', () => {
		const { text, problems } = decodeDataFile(cp1252('x’'), 'story.aml');
		expect(text).toBeNull();
		expect(problems).toMatchObject([{ code: 'not-utf8', file: 'story.aml', line: 1, column: 2 }]);
	});
});
