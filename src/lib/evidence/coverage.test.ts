import { describe, it, expect } from 'vitest';
import { FIGURE_PHRASE, parseOmittedCsv, uncoveredFigures, verifyOmitted } from './coverage';

const article =
	'The group lost 95 percent on Friday.\n\nIt held a third of both countries in 2014, last year.';
const articles = { 'a.txt': article };

describe('FIGURE_PHRASE', () => {
	it('finds digits, count words, months, weekdays and relative times, without trailing punctuation', () => {
		const found = [
			...'In 2014, about a third, 1,500-2,500 fighters, in July, on Friday, last week, 40%.'.matchAll(
				FIGURE_PHRASE
			)
		].map((m) => m[0]);
		expect(found).toEqual(['2014', 'third', '1,500-2,500', 'July', 'Friday', 'last week', '40%']);
	});
});

describe('uncoveredFigures', () => {
	it('names every figure no claim quotes and no omission lists', () => {
		const claims = [{ article: 'a.txt', paragraph: 1, quote: 'lost 95 percent on Friday' }];
		const problems = uncoveredFigures(articles, claims, []);
		expect(problems.map((p) => `${p.where}: ${/^"[^"]+"/.exec(p.message)![0]}`)).toEqual([
			'articles/a.txt paragraph 2: "third"',
			'articles/a.txt paragraph 2: "2014"',
			'articles/a.txt paragraph 2: "last year"'
		]);
		expect(problems[0].message).toContain('add a claim for it, or a row to omitted.csv');
	});
	it('is satisfied by claims and omissions together', () => {
		const claims = [{ article: 'a.txt', paragraph: 1, quote: 'lost 95 percent on Friday' }];
		const omitted = [
			{ article: 'a.txt', paragraph: 2, quote: 'a third of both countries in 2014, last year' }
		];
		expect(uncoveredFigures(articles, claims, omitted)).toEqual([]);
	});
	it('does not count a quote from another paragraph', () => {
		const claims = [{ article: 'a.txt', paragraph: 2, quote: 'lost 95 percent on Friday' }];
		expect(uncoveredFigures(articles, claims, []).length).toBeGreaterThan(0);
	});
});

describe('omitted.csv', () => {
	it('reads rows and checks each quote, its figure and its reason', () => {
		const csv =
			'article,paragraph,quote,reason\na.txt,2,a third of both countries,repeats a claim\na.txt,2,It held,no figure here\na.txt,1,lost 96 percent,\n';
		const { omitted, problems } = parseOmittedCsv(csv);
		expect(problems).toEqual([]);
		expect(
			verifyOmitted(omitted, articles).map((p) => `${p.where}: ${p.message.split(/[,:]/)[0]}`)
		).toEqual([
			'omitted.csv line 3: the quote holds no figure',
			'omitted.csv line 4: the quote is not verbatim in a.txt',
			'omitted.csv line 4: reason is empty'
		]);
	});
	it('names a wrong header', () => {
		expect(parseOmittedCsv('article,quote\n').problems[0].message).toContain(
			'article,paragraph,quote,reason'
		);
	});
});
