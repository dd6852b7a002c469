import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkDateBasis, lettersNamed, phrasesQuoted, weekdaysGiven } from './date-basis';

const texts = {
	'a.txt': 'It fell on Friday.',
	'b.txt': 'date 2017-11-03 Qaim was taken on Friday.'
};
const labels = { 'a.txt': 'Article A', 'b.txt': 'Article B' };
const codes = (basis: string) =>
	checkDateBasis({ file: 'a.txt', date: '2017-11', date_basis: basis }, texts, labels).map(
		(f) => f.code
	);

describe('lettersNamed and phrasesQuoted', () => {
	it('reads the reports named by letter, alone or in a list', () => {
		expect(lettersNamed('Article E, printed; articles C, D and E; article C’s Friday')).toEqual([
			'E',
			'C',
			'D'
		]);
		expect(lettersNamed('A month/day reading')).toEqual([]);
	});

	it('reads phrases in straight and curly quotes', () => {
		expect(phrasesQuoted('its “Friday” and "on Nov. 2, 2017"')).toEqual([
			'Friday',
			'on Nov. 2, 2017'
		]);
	});

	it('finds what to check in every real date basis', () => {
		const real = JSON.parse(readFileSync('data/articles.json', 'utf8')) as { date_basis: string }[];
		expect(real.every((a) => phrasesQuoted(a.date_basis).length > 0)).toBe(true);
	});
});

describe('checkDateBasis', () => {
	it('accepts phrases of the report and of a report it names', () => {
		expect(codes('Its “on Friday” is the Friday Article B prints as “date 2017-11-03”.')).toEqual(
			[]
		);
	});

	it('rejects a report there is not, and a phrase no report it may quote prints', () => {
		expect(codes('Read against Article Q.')).toEqual(['basis-names-unknown-report']);
		expect(codes('Its “last Friday”.')).toEqual(['basis-quote-not-printed']);
		// Printed in Article B, which the basis does not name.
		expect(codes('Its “date 2017-11-03”.')).toEqual(['basis-quote-not-printed']);
	});
});

describe('weekdays in a date basis', () => {
	it('reads a day stated to be a weekday, and a quoted weekday read as a day', () => {
		expect(
			weekdaysGiven('3 November 2017 is a Friday; 4 November 2017 (a Saturday)', 2017)
		).toEqual([
			{ day: '3 November 2017', weekday: 'Friday' },
			{ day: '4 November 2017', weekday: 'Saturday' }
		]);
		expect(weekdaysGiven('“last Thursday” as 26 October', 2017)).toEqual([
			{ day: '26 October 2017', weekday: 'Thursday' }
		]);
	});

	it('rejects a day given a weekday it does not fall on', () => {
		expect(codes('Its “Friday” is read as 3 November 2017.')).toEqual([]);
		expect(codes('Its “Friday” is read as 4 November 2017.')).toEqual(['basis-weekday-wrong']);
		expect(codes('3 November 2017 is a Saturday.')).toEqual(['basis-weekday-wrong']);
	});
});
