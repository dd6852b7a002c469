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
	it('names every figure no claim quotes and no omission lists, by its line and column', () => {
		const claims = [{ article: 'a.txt', paragraph: 1, quote: 'lost 95 percent on Friday' }];
		const problems = uncoveredFigures(articles, claims, []);
		const place = (figure: string) => ({
			code: 'figure-not-covered',
			file: 'articles/a.txt',
			line: 3,
			column: article.split('\n')[2].indexOf(figure) + 1
		});
		expect(problems).toMatchObject([place('third'), place('2014'), place('last year')]);
		expect(problems.map((p) => p.message.split('"')[1])).toEqual(['third', '2014', 'last year']);
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
		expect(verifyOmitted(omitted, articles)).toMatchObject([
			{ code: 'omission-without-figure', file: 'omitted.csv', line: 3, field: 'quote' },
			{ code: 'quote-not-verbatim', file: 'omitted.csv', line: 4, column: 9, field: 'quote' },
			{ code: 'required-field', file: 'omitted.csv', line: 4, field: 'reason' }
		]);
	});
	it('names an omission of a report that is not there', () => {
		const { omitted } = parseOmittedCsv('article,paragraph,quote,reason\nb.txt,1,95,why\n');
		expect(verifyOmitted(omitted, articles)).toMatchObject([
			{ code: 'unknown-article', line: 2, column: 1, field: 'article' }
		]);
	});
	it('names a wrong header', () => {
		expect(parseOmittedCsv('article,quote\n').problems).toMatchObject([
			{ code: 'header-mismatch', file: 'omitted.csv', line: 1 }
		]);
	});
});
