// A step's text must fit its card on every screen (tests/e2e/layout.test.ts measures that): at 200%
// zoom the text column is about thirty characters wide and the screen four hundred pixels high, so a
// step over about fifty-five words cannot be read whole beside its chart. Split a longer step in two.
import { describe, it, expect } from 'vitest';
import { testSite } from '../setup/site';
import { partLists, partsToText } from '$lib/story/copy';
import type { Figure } from '$lib/figures/figure';

/** The most words a step may have, its figures counted as the reader sees them. */
const MAX_WORDS = 55;

const site = testSite();
const steps = [...partLists(site.story)].filter(([where]) =>
	/^story\.aml step [\w-]+$/.test(where)
);
const words = (parts: (string | Figure)[]) =>
	partsToText(parts, (f) => f.text)
		.split(/\s+/)
		.filter(Boolean).length;

describe('step length', () => {
	it('finds the steps', () => {
		expect(steps.length).toBeGreaterThan(15);
	});

	it(`keeps every step to ${MAX_WORDS} words, its figures included`, () => {
		const long = steps
			.map(([where, parts]) => [where, words(parts)] as const)
			.filter(([, n]) => n > MAX_WORDS)
			.map(([where, n]) => `${where}: ${n} words`);
		expect(long).toEqual([]);
	});

	it('counts a figure as the words it shows', () => {
		const figure = { text: 'probably between 3,000 and 7,000', claims: ['x'] };
		expect(words(['Jarrard estimated ', figure, ' left.'])).toBe(8);
	});
});
