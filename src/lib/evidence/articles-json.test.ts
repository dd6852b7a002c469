import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArticlesJson } from './articles-json';
import { verifyArticleMeta, type ArticleMeta } from './articles';
import { lineColumn } from './text-files';

const source = readFileSync('data/articles.json', 'utf8');
/** Each problem's rule and JSON path (or line and column, for a syntax error). */
const found = (text: string) =>
	parseArticlesJson(text).problems.map(({ code, file, field, line, column }) => ({
		code,
		file,
		...(field ? { field } : { line, column })
	}));

describe('parseArticlesJson', () => {
	it('reads the project’s articles.json', () => {
		const { articles, problems } = parseArticlesJson(source);
		expect(problems).toEqual([]);
		expect(articles).toHaveLength(5);
	});

	it('names a date that is not ISO by its JSON path', () => {
		expect(found(source.replace('"date": "2017-11-04"', '"date": "Friday"'))).toEqual([
			{ code: 'not-iso-date', file: 'articles.json', field: '[3].date' }
		]);
	});

	it('names a missing field, an unknown one and a number written as text', () => {
		const broken = source
			.replace('"label": "Article B",', '"lable": "Article B",')
			.replace('"paragraph": 20', '"paragraph": "20"');
		expect(found(broken)).toEqual([
			{ code: 'required-field', file: 'articles.json', field: '[1].label' },
			{ code: 'unknown-field', file: 'articles.json', field: '[1].lable' },
			{ code: 'wrong-type', file: 'articles.json', field: '[2].credits[1].paragraph' }
		]);
	});

	it('names a sha256 that is not one, and an empty label', () => {
		const broken = source
			.replace(/"sha256": "[0-9a-f]{4}/, '"sha256": "XYZ!')
			.replace('"label": "Article B"', '"label": " "');
		expect(found(broken)).toEqual([
			{ code: 'wrong-format', file: 'articles.json', field: '[0].sha256' },
			{ code: 'required-field', file: 'articles.json', field: '[1].label' }
		]);
	});

	it('names the line and column of a JSON syntax error: the token after the missing comma', () => {
		const broken = source.replace('"label": "Article B",', '"label": "Article B"');
		const next = broken.indexOf('"headline"', broken.indexOf('"label": "Article B"'));
		expect(found(broken)).toEqual([
			{ code: 'json-syntax', file: 'articles.json', ...lineColumn(broken, next) }
		]);
		expect(found('[')).toEqual([
			{ code: 'json-syntax', file: 'articles.json', line: 1, column: 2 }
		]);
	});
});

describe('article checksums', () => {
	const meta: ArticleMeta = {
		file: 'a.txt',
		label: 'Article A',
		headline: null,
		subheads: [],
		dateline: null,
		date: null,
		date_display: 'not printed',
		date_evidence: null,
		date_evidence_paragraph: null,
		date_basis: 'none',
		date_bounds: null,
		credits: []
	};
	const text = 'one report\n';
	const sha = (s: string) => createHash('sha256').update(s).digest('hex');

	it('accepts a report whose bytes hash to the recorded sha256', () => {
		const bytes = { 'a.txt': { sha256: sha(text), crlf: false } };
		expect(verifyArticleMeta([{ ...meta, sha256: sha(text) }], { 'a.txt': text }, bytes)).toEqual(
			[]
		);
	});

	it('names the file and both hashes when a byte has changed, and says when it is CRLF', () => {
		const changed = sha('one report\r\n');
		const bytes = { 'a.txt': { sha256: changed, crlf: true } };
		const [p] = verifyArticleMeta([{ ...meta, sha256: sha(text) }], { 'a.txt': text }, bytes);
		expect(p).toMatchObject({ code: 'report-changed', file: 'articles/a.txt', id: 'a.txt' });
		expect(p.message).toContain(changed);
		expect(p.message).toContain(sha(text));
		expect(p.message).toContain('CRLF');
	});

	it('asks for a sha256 that is not recorded, giving the current one', () => {
		const bytes = { 'a.txt': { sha256: sha(text), crlf: false } };
		const [p] = verifyArticleMeta([meta], { 'a.txt': text }, bytes);
		expect(p).toMatchObject({ code: 'sha256-missing', file: 'articles.json', field: '[0].sha256' });
		expect(p.message).toContain(`"sha256": "${sha(text)}"`);
	});

	it('names date evidence, a credit and a headline the text does not print, by JSON path', () => {
		const described: ArticleMeta = {
			...meta,
			headline: 'Two reports',
			date_evidence: 'two reports',
			date_evidence_paragraph: 1,
			credits: [{ role: 'byline', text: 'one report', paragraph: 3 }]
		};
		const problems = verifyArticleMeta([described], { 'a.txt': text });
		expect(problems.map(({ code, field }) => ({ code, field }))).toEqual([
			{ code: 'quote-not-verbatim', field: '[0].date_evidence' },
			{ code: 'paragraph-out-of-range', field: '[0].credits[0].paragraph' },
			{ code: 'headline-not-printed', field: '[0].headline' }
		]);
	});
});
