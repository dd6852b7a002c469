import { describe, expect, it } from 'vitest';
import { mapKey } from './map-key';

const towns = [
	{ status: 'retaken', statusLabel: 'retaken' },
	{ status: 'still-held', statusLabel: 'still held by the group' },
	{ status: 'declared-taken', statusLabel: 'declared taken' }
];

describe('mapKey', () => {
	it('has a row for each kind of marker drawn, with every status it stands for', () => {
		expect(mapKey(towns, -1)).toEqual([
			{ kind: 'retaken', label: 'retaken' },
			{ kind: 'declared-taken', label: 'declared taken' },
			{ kind: 'contested', label: 'still held by the group' }
		]);
	});
	it('keys only the towns reached, and the towns still to come', () => {
		expect(mapKey(towns, 0).map((r) => r.kind)).toEqual(['retaken', 'ahead']);
	});
});
