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
		expect(decodeUtf8(bytes, 'claims.csv')).toEqual({
			problem: {
				where: 'claims.csv line 2, column 7',
				message:
					'the file is not UTF-8: byte 0x92 after "x,Iraq" is not a UTF-8 character (it was probably saved as Windows-1252 or Latin-1); save it as UTF-8 without BOM'
			}
		});
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
		expect(problems).toEqual([
			{
				where: 'claims.csv line 1, column 1',
				message: 'the file starts with a byte order mark (BOM); save it as UTF-8 without BOM'
			}
		]);
	});

	it('names CRLF line endings once, at the first, and reads on with LF', () => {
		const { text, problems } = decodeDataFile(utf8('a,b\r\nc,d\r\n'), 'claims.csv');
		expect(text).toBe('a,b\nc,d\n');
		expect(problems).toEqual([
			{
				where: 'claims.csv line 1, column 4',
				message:
					'the file has Windows line endings (CRLF) on 2 lines, the first here; save it with LF line endings'
			}
		]);
	});

	it('names a lone carriage return', () => {
		expect(decodeDataFile(utf8('a\rb'), 'story.aml').problems[0].message).toBe(
			'a carriage return (CR) ends this line; save the file with LF line endings'
		);
	});

	it('stops at a file that is not UTF-8', () => {
		const { text, problems } = decodeDataFile(cp1252('x’'), 'story.aml');
		expect(text).toBeNull();
		expect(problems[0].message).toMatch(/^the file is not UTF-8/);
	});
});
