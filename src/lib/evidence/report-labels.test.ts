import { describe, it, expect } from 'vitest';
import { checkEntries } from './report-labels';

const found = (list: { file: string; label: string }[]) =>
	checkEntries(list).map(({ index, code, field }) => ({ index, code, field }));

describe('checkEntries', () => {
	const list = [
		{ file: '000_x.txt', label: 'Article A' },
		{ file: '001_y.txt', label: 'Article B' },
		{ file: '002_z.txt', label: 'Article C' }
	];

	it('accepts one entry a report, lettered by file name', () => {
		expect(found(list)).toEqual([]);
		expect(found([list[2], list[0], list[1]])).toEqual([]);
	});

	it('rejects a label that is not its report’s letter: a twin, another form, a swap, a gap', () => {
		const label = (index: number) => ({ index, code: 'label-not-its-letter', field: 'label' });
		expect(found([list[0], { ...list[1], label: 'Article A' }, list[2]])).toEqual([label(1)]);
		expect(found([list[0], { ...list[1], label: 'Report B' }, list[2]])).toEqual([label(1)]);
		expect(found([list[0], { ...list[1], label: 'Article D' }, list[2]])).toEqual([label(1)]);
		expect(
			found([{ ...list[0], label: 'Article B' }, { ...list[1], label: 'Article A' }, list[2]])
		).toEqual([label(0), label(1)]);
	});

	it('rejects a report described twice, at the second entry', () => {
		expect(found([...list, { ...list[1] }])).toEqual([
			{ index: 3, code: 'report-described-twice', field: 'file' }
		]);
	});
});
