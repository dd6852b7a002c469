import { describe, it, expect } from 'vitest';
import { closestMatch, foldTypography } from './near-miss';

const paragraph =
	'Iraq’s military said Friday that its forces have taken control of Qaim, a western border town.';

describe('closestMatch', () => {
	it('names the character a mid-quote typo changed, and the word it is in', () => {
		const hint = closestMatch('its forces have takne control of Qaim', paragraph);
		expect(hint).toBe(
			'closest text in the paragraph: "its forces have taken control of Qaim"; words that differ: "takne" (article: "taken"); the first difference is character 20 of the quote, where the quote has "n" and the article has "e"'
		);
	});

	it('names a word left out of the middle of a quote, without shifting the words after it', () => {
		const hint = closestMatch('its forces have control of Qaim', paragraph);
		expect(hint).toContain('the quote leaves out "taken" after character 16');
		expect(hint).not.toContain('(article: "control")');
	});

	it('names an extra space typed mid-quote, not the character after it', () => {
		const hint = closestMatch('said Friday that its  forces have taken', paragraph);
		expect(hint).toContain(
			'the article has a space where the quote has 2 characters (a space, a space)'
		);
	});

	it('names the typographic slip after a run of spaces in the article, at the right place', () => {
		const spaced = 'Iraq’s military  said Friday';
		expect(closestMatch("Iraq's military said", spaced)).toContain(
			"the article has a curly apostrophe ’ where the quote has a straight apostrophe '"
		);
		expect(closestMatch('Iraq’s military said', spaced)).toContain(
			'the article has 2 characters (a space, a space) where the quote has a space'
		);
	});

	it('names a line break the quote typed as a space', () => {
		expect(closestMatch('04/11/2017 Islamic State', '• 04/11/2017\nIslamic State')).toContain(
			'the article has a line break where the quote has a space'
		);
	});

	it('says when nothing close is found', () => {
		expect(closestMatch('an entirely different sentence', paragraph)).toMatch(
			/^nothing close was found; the paragraph begins: "Iraq’s military/
		);
	});
});

describe('foldTypography', () => {
	it('folds curly quotes, dashes and runs of spaces', () => {
		expect(foldTypography('“a’b” – c\u00A0\u00A0d\ne')).toBe('"a\'b" - c d e');
	});
});
