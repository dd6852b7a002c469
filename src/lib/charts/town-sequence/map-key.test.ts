import { describe, expect, it } from 'vitest';
import { mapKey } from './map-key';

const towns = [
	{ status: 'retaken', statusLabel: 'retaken' },
	{ status: 'still-held', statusLabel: 'still held by the group' },
	{ status: 'declared-taken', statusLabel: 'declared taken' },
	{ status: 'lost', statusLabel: 'lost by the group' }
];

describe('mapKey', () => {
	it('has a row for each kind of marker, with every status it stands for, and one for towns to come', () => {
		expect(mapKey(towns, -1).map(({ kind, label }) => ({ kind, label }))).toEqual([
			{ kind: 'retaken', label: 'retaken · lost by the group' },
			{ kind: 'declared-taken', label: 'declared taken' },
			{ kind: 'contested', label: 'still held by the group' },
			{ kind: 'ahead', label: 'still to come' }
		]);
	});
	it('keeps the same rows in every state, marking those the state draws', () => {
		const rows = towns.map((_, i) => mapKey(towns, i));
		for (const r of rows) expect(r.map((k) => k.label)).toEqual(rows[0].map((k) => k.label));
		const drawn = (i: number) =>
			mapKey(towns, i)
				.filter((k) => k.drawn)
				.map((k) => k.kind);
		expect(drawn(0)).toEqual(['retaken', 'ahead']);
		expect(drawn(1)).toEqual(['retaken', 'contested', 'ahead']);
		expect(drawn(-1)).toEqual(['retaken', 'declared-taken', 'contested']);
	});
});
