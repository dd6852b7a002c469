// story.aml's lines against its blocks: what ArchieML keeps passes; what it drops is a problem at its
// line. The hostile-edit table (tests/hostile) covers the same on the fixture through the pipeline.
import { describe, it, expect } from 'vitest';
import { checkStoryLines } from './story-lines';

const lines = (...l: string[]) => l.join('\n');
const codes = (source: string) =>
	checkStoryLines(source).map(({ code, line, field, id }) => ({ code, line, field, id }));

describe('checkStoryLines', () => {
	it('accepts keys, [+…] paragraphs, a value closed by :end, comments and nested blocks', () => {
		const source = lines(
			'// a comment',
			'title: A title',
			'dek: A dek',
			'over two lines',
			':end',
			'[+method]',
			'text: One.',
			'A second paragraph.',
			'[]',
			'[sections]',
			'id: s',
			'[.steps]',
			'id: st',
			'[.relations]',
			'phrase: p',
			'check: none',
			'why: w',
			'[]',
			'[]',
			'[]'
		);
		expect(codes(source)).toEqual([]);
	});

	it('names a step key in a section, with the section’s id', () => {
		expect(codes(lines('[sections]', 'id: s', 'state: x', '[]'))).toEqual([
			{ code: 'unknown-field', line: 3, field: 'state', id: 's' }
		]);
	});

	it('names a line dropped after a value that has no :end, once', () => {
		expect(codes(lines('title: A', 'b', 'c', 'dek: D'))).toEqual([
			{ code: 'story-line-ignored', line: 2, field: undefined, id: undefined }
		]);
	});

	it('names a block opened where it does not belong, and not its lines', () => {
		expect(codes(lines('[steps]', 'id: st', 'txt: x', '[]'))).toEqual([
			{ code: 'unknown-block', line: 1, field: 'steps', id: undefined }
		]);
	});

	it('reads [name] as a top-level block even inside a nested one', () => {
		expect(
			codes(lines('[sections]', 'id: s', '[.+body]', '[relations]', 'phrase: p', '[]'))
		).toEqual([]);
	});

	it('accepts :ignore at the very end, and names it when lines follow', () => {
		expect(codes(lines('title: A', ':ignore', ''))).toEqual([]);
		expect(codes(lines('title: A', ':ignore', 'dek: D'))).toMatchObject([
			{ code: 'story-line-ignored', line: 2 }
		]);
	});
});
