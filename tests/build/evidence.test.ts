// Build tests on the published evidence: every quote verbatim (checked again, independently), the two
// claim files agree, and the sources page lists every report and quote.
import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { html, publishedClaims, read, requireBuild, type PublishedClaim } from './built-site';

let claims: Map<string, PublishedClaim>;

beforeAll(() => {
	requireBuild();
	claims = publishedClaims();
});

describe('published evidence', () => {
	it('every published quote is verbatim in its article paragraph', () => {
		for (const c of claims.values()) {
			const text = readFileSync(join('data/articles', c.article), 'utf8');
			const paragraphs = text
				.split(/\r?\n(?:[ \t]*\r?\n)+/)
				.map((p) => p.replace(/^\s*\n|\n\s*$/g, ''))
				.filter((p) => p.trim() !== '');
			expect(paragraphs[c.paragraph - 1], `${c.claim_id} paragraph ${c.paragraph}`).toContain(c.quote);
		}
	});

	it('claims.csv has the same claims as claims.json', () => {
		const rows = csvParse(read('data/claims.csv'));
		expect(rows.map((r) => r.claim_id)).toEqual([...claims.keys()]);
		for (const r of rows) {
			const c = claims.get(r.claim_id!)!;
			const quote = /^'[=+\-@\t\r]/.test(r.quote!) ? r.quote!.slice(1) : r.quote;
			expect(quote).toBe(c.quote);
			expect(Number(r.paragraph)).toBe(c.paragraph);
			expect(r.status).toBe(c.status);
		}
	});

	it('the sources page lists every article with its date evidence and every quote', () => {
		const sources = html('sources.html');
		const articles = JSON.parse(read('data/claims.json')).articles as {
			label: string;
			headline: string | null;
			date_basis: string;
		}[];
		expect(articles).toHaveLength(5);
		for (const a of articles) {
			const section = sources.getElementById(`report-${a.label.slice(-1).toLowerCase()}`);
			expect(section, a.label).not.toBeNull();
			expect(section!.querySelector('h2')!.text).toBe(a.label);
			expect(section!.text.toLowerCase()).toContain(a.headline ? `“${a.headline.toLowerCase()}”` : 'no headline');
			expect(section!.querySelector('details.how')!.text).toContain(a.date_basis);
		}
		for (const c of claims.values()) {
			// Each claim's anchor is on the entry that shows its words (or the longer quote of its
			// paragraph that holds them), and no words are listed twice.
			const anchor = sources.getElementById(`claim-${c.claim_id}`);
			expect(anchor, c.claim_id).not.toBeNull();
			const li = anchor!.tagName === 'LI' ? anchor! : anchor!.parentNode!;
			expect(li.querySelector('blockquote')!.text, c.claim_id).toContain(c.quote);
		}
		for (const a of articles) {
			const section = sources.getElementById(`report-${a.label.slice(-1).toLowerCase()}`)!;
			const quotes = section.querySelectorAll('blockquote').map((q) => q.text);
			expect(new Set(quotes).size, `${a.label}: a quote listed twice`).toBe(quotes.length);
		}
	});
});
