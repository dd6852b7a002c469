// Build tests on the embed pages and the 404: what each carries, and nothing it does not cite.
import { describe, it, expect, beforeAll } from 'vitest';
import { testSite } from '../setup/site';
import { citedIds, fileOf, html, publishedClaims, read, requireBuild, type PublishedClaim } from './built-site';

let claims: Map<string, PublishedClaim>;
const site = testSite();

beforeAll(() => {
	requireBuild();
	claims = publishedClaims();
});

describe('embed pages and errors', () => {
	it('every embed page is noindex and carries title, source line, download, embed and back link', () => {
		for (const chart of site.charts) {
			const page = html(`embed/${chart.id}.html`);
			expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
			expect(page.querySelector('h1')?.text).toBe(chart.title);
			expect(page.querySelector('.source-line')).not.toBeNull();
			expect(page.querySelector(`a[href$="/data/${chart.id}.csv"]`)).not.toBeNull();
			expect(page.querySelector('details summary')?.text).toBe('Embed');
			expect(page.querySelector('a[href*="/#"]')).not.toBeNull();
			if (chart.map) expect(page.text).toContain('GeoNames');
		}
	});

	it('each embed page carries only the quotes its chart cites, in its HTML and its citation data', () => {
		for (const chart of site.charts) {
			const source = read(`embed/${chart.id}.html`);
			const page = html(`embed/${chart.id}.html`);
			const allowed = new Set(chart.claims);
			for (const c of claims.values()) {
				if (!allowed.has(c.claim_id)) expect(source.includes(c.quote), `${chart.id} carries ${c.claim_id}`).toBe(false);
			}
			for (const id of citedIds(page)) expect(allowed.has(id), `${chart.id} cites ${id}`).toBe(true);
			const src = page.querySelector('[data-citation-panel]')!.getAttribute('data-citations')!;
			const data = JSON.parse(read(fileOf(src))) as { claims: object; derived: object };
			expect(Object.keys(data.claims).sort(), chart.id).toEqual([...allowed].sort());
			expect(Object.keys(data.derived).sort(), chart.id).toEqual([...chart.derived].sort());
		}
	});

	it('has a 404 page that names the known charts', () => {
		const nf = html('404.html');
		expect(nf.querySelector('h1')?.text).toBe('Not found');
		for (const chart of site.charts) {
			expect(nf.querySelector(`a[href$="/embed/${chart.id}"]`), chart.id).not.toBeNull();
		}
	});

	it('serves the parent-side resizer script', () => {
		const js = read('embed.js');
		expect(js).toContain('autoInitFrames');
		expect(js.length).toBeLessThan(4000);
	});
});
