import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArticlesJson } from './articles-json';
import { verifyArticleMeta, type ArticleMeta } from './articles';

const source = readFileSync('data/articles.json', 'utf8');
const messages = (text: string) =>
	parseArticlesJson(text).problems.map((p) => `${p.where}: ${p.message}`);

describe('parseArticlesJson', () => {
	it('reads the project’s articles.json', () => {
		const { articles, problems } = parseArticlesJson(source);
		expect(problems).toEqual([]);
		expect(articles).toHaveLength(5);
	});

	it('names a date that is not ISO by its JSON path', () => {
		expect(messages(source.replace('"date": "2017-11-04"', '"date": "Friday"'))).toEqual([
			'articles.json [3].date: "Friday" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD); write the date the text evidences, or null if it prints none'
		]);
	});

	it('names a missing field, an unknown one and a number written as text', () => {
		const broken = source
			.replace('"label": "Article B",', '"lable": "Article B",')
			.replace('"paragraph": 20', '"paragraph": "20"');
		expect(messages(broken)).toEqual([
			'articles.json [1].label: is missing; add it (null where the text gives nothing)',
			'articles.json [1]: has unknown field(s) lable; remove them, or fix their spelling (the fields are: file, label, headline, subheads, dateline, date, date_display, date_evidence, date_evidence_paragraph, date_basis, date_bounds, credits, sha256)',
			'articles.json [2].credits[1].paragraph: is "20" (string), but it must be a number, without quotes'
		]);
	});

	it('names the line and column of a JSON syntax error', () => {
		const broken = source.replace('"label": "Article B",', '"label": "Article B"');
		expect(messages(broken)).toEqual([
			"articles.json line 24, column 5: is not valid JSON (Expected ',' or '}' after property value); fix the syntax there or just before it: a missing comma, quote or bracket, or a comma before a closing bracket"
		]);
		expect(messages('[')[0]).toMatch(/^articles\.json line 1, column 2: is not valid JSON/);
	});
});

describe('article checksums', () => {
	const meta: ArticleMeta = {
		file: 'a.txt',
		label: 'A',
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
		expect(p.where).toBe('articles/a.txt');
		expect(p.message).toBe(
			`the file has changed: its sha256 is ${changed}, but articles.json [0].sha256 records ${sha(text)}; the reports are kept byte for byte: restore it (git checkout -- data/articles/a.txt), or, if the report itself was replaced on purpose, record its new sha256. It has Windows line endings (CRLF): it was converted on checkout or by an editor, which .gitattributes (data/articles/** -text) is there to prevent.`
		);
	});

	it('asks for a sha256 that is not recorded, giving the current one', () => {
		const bytes = { 'a.txt': { sha256: sha(text), crlf: false } };
		const [p] = verifyArticleMeta([meta], { 'a.txt': text }, bytes);
		expect(p.message).toContain(`add "sha256": "${sha(text)}"`);
	});
});
