import { describe, it, expect } from 'vitest';
import { provenanceOf } from './provenance';
import type { Figure } from './figure';

const quote: Figure = { text: '95%', claims: ['a'] };
const ours: Figure = { text: 'four', claims: ['a', 'b'], derived: { id: 'x', how: 'counted' } };
const date: Figure = { text: '3 November 2017', claims: ['c'], read: true };

describe('provenanceOf', () => {
	it('says what each kind of figure is, and claims no more', () => {
		const lines = new Set(
			[[quote], [quote, ours], [quote, date], [quote, ours, date]].map((f) => provenanceOf(f).text)
		);
		// Four different mixes, four different lines: none speaks for a mix it does not describe.
		expect(lines.size).toBe(4);
		expect(provenanceOf([quote, ours])).toMatchObject({
			quoted: true,
			computed: true,
			read: false
		});
		expect(provenanceOf([date])).toMatchObject({ quoted: false, computed: false, read: true });
	});
	it('says only quotes are quotes: the all-quotes line is not given to a chart with a figure of ours', () => {
		const allQuotes = provenanceOf([quote]).text;
		expect(provenanceOf([quote, ours]).text).not.toBe(allQuotes);
		expect(provenanceOf([quote, date]).text).not.toBe(allQuotes);
	});
});
