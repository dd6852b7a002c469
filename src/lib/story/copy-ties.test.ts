// The ties between the copy and the data on small made-up claims: a source named in prose (a
// person, a body, a government side) gave a claim cited in its sentence, unless a `check: none`
// entry says why; sentences end at full stops but not at a title's ("Col.").
import { describe, it, expect } from 'vitest';
import archieml from 'archieml';
import type { Claim } from '$lib/evidence/claim-schema';
import { copyFromArchie } from './copy';
import { checkCopyTies, sentences, sourceNames } from './copy-ties';

const claim = (claim_id: string, attributed_to: string, place = ''): Claim => ({
	claim_id,
	article: 'a.txt',
	paragraph: 1,
	quote: '',
	metric: '',
	value: null,
	low: null,
	high: null,
	text: null,
	unit: '',
	qualifier: '',
	place,
	place_as_written: '',
	attributed_to,
	event_date: '',
	event_date_basis: '',
	status: ''
});

const CLAIMS = [
	claim('dillon-qaim', 'Col. Ryan Dillon, US-led coalition spokesman', 'al-qaim'),
	claim('jarrard-valley', 'Maj. Gen. James B. Jarrard', 'euphrates-valley'),
	claim('deir-victory', 'Syrian regime forces', 'deir-ez-zor'),
	claim('qaim-taken', 'Iraqi military', 'al-qaim')
];

/** The ties' problems for one step's text (and its relations entries). */
function ties(text: string, notes = ''): { code: string; id?: string; field?: string }[] {
	const relations = notes ? `\n[.relations]\n${notes}\n[]` : '';
	const source = `title: T\ndek: D\ndescription: X\ncredit: c\npublished: 2026-01-01\nupdated: 2026-01-01\n[sections]\nid: s\nheading: H\nchart:\n[.steps]\nid: one\nstate: x\ntext: ${text}\nalt: A.${relations}\n[]\n[]\n`;
	const { copy, relations: r } = copyFromArchie(archieml.load(source));
	return checkCopyTies(copy, r, source, { claims: CLAIMS, charts: [], derived: [] });
}

describe('sources named in the copy', () => {
	it('reads the names of sources, not their titles or nationalities', () => {
		const names = sourceNames(CLAIMS);
		expect(names).toEqual(expect.arrayContaining(['Dillon', 'Jarrard', 'coalition']));
		expect(names).not.toContain('Col');
		expect(names).not.toContain('Ryan');
		expect(names).not.toContain('Syrian');
	});

	it('accepts a source that gave a claim cited in the sentence', () => {
		expect(ties('Col. Ryan Dillon estimated {{dillon-qaim}} left in al-Qaim.')).toEqual([]);
	});

	it('#27: rejects a person who gave none of the claims cited beside his name', () => {
		expect(
			ties('Maj. Gen. James Jarrard estimated {{dillon-qaim}} left in al-Qaim.')
		).toMatchObject([{ code: 'attribution-not-cited', id: 'one', field: 'text' }]);
	});

	it('#94: rejects another source’s figure given as his', () => {
		expect(ties('Col. Ryan Dillon estimated {{jarrard-valley}} left.')).toMatchObject([
			{ code: 'attribution-not-cited', id: 'one' }
		]);
	});

	it('#26: rejects one government’s declaration given to the other', () => {
		expect(ties('Iraqi government forces declared victory on {{deir-victory}}.')).toMatchObject([
			{ code: 'attribution-not-cited', id: 'one' }
		]);
		expect(ties('Syrian government forces declared victory on {{deir-victory}}.')).toEqual([]);
	});

	it('accepts a name a check: none entry covers', () => {
		const note = 'phrase: than Dillon’s towns\ncheck: none\nwhy: the towns of the step before';
		expect(
			ties('Jarrard put it at {{jarrard-valley}}, a wider area than Dillon’s towns.', note)
		).toEqual([]);
		expect(
			ties('Jarrard put it at {{jarrard-valley}}, a wider area than Dillon’s towns.')
		).toMatchObject([{ code: 'attribution-not-cited' }]);
	});
});

describe('sentences', () => {
	it('ends a sentence at a full stop before a capital, not after a title', () => {
		const text = 'Col. Ryan Dillon spoke. Then he left.';
		expect(sentences(text).map(([a, b]) => text.slice(a, b))).toEqual([
			'Col. Ryan Dillon spoke.',
			'Then he left.'
		]);
	});
});
