// Build tests on the downloads: the manifest, each chart's CSV (round trip, provenance, plotted
// values equal to their claims) and UTF-8 throughout.
import { describe, it, expect, beforeAll } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { readSite } from '$lib/server/site';
import { BUILD, publishedClaims, read, readCsvAsUser, requireBuild, type PublishedClaim } from './built-site';

let claims: Map<string, PublishedClaim>;
const site = readSite();

beforeAll(() => {
	requireBuild();
	claims = publishedClaims();
});

interface ManifestEntry {
	id: string;
	title: string;
	description: string;
	embed_url: string;
	csv_url: string;
	claim_ids: string[];
}
const manifest = () => JSON.parse(read('data/charts.json')) as ManifestEntry[];

describe('chart data downloads', () => {
	it('the manifest lists every chart with working URLs and known claims', () => {
		const m = manifest();
		expect(m.map((c) => c.id)).toEqual(site.charts.map((c) => c.id));
		for (const c of m) {
			expect(c.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
			expect(existsSync(join(BUILD, `${c.embed_url}.html`)), c.embed_url).toBe(true);
			expect(existsSync(join(BUILD, c.csv_url)), c.csv_url).toBe(true);
			for (const id of c.claim_ids) expect(claims.has(id), id).toBe(true);
			expect(c.title.length).toBeGreaterThan(5);
		}
	});

	it('each CSV, read as a data user would, gives back exactly the chart data', () => {
		for (const chart of site.charts) {
			const csv = read(`data/${chart.id}.csv`);
			expect(csvParse(csv).columns, chart.id).toEqual(chart.columns.map((c) => c.key));
			expect(readCsvAsUser(csv, chart.columns), chart.id).toEqual(chart.rows);
		}
	});

	it('each CSV row carries provenance that matches the published claims', () => {
		for (const chart of site.charts) {
			const rows = csvParse(read(`data/${chart.id}.csv`));
			expect(rows.columns.slice(-3)).toEqual(['claim_id', 'article', 'quote']);
			expect(rows.length).toBe(chart.rows.length);
			for (const r of rows) {
				const cs = r.claim_id!.split(' ').map((id) => claims.get(id)!);
				expect(cs.every(Boolean), r.claim_id).toBe(true);
				for (const c of cs) expect(r.article).toContain(c.article);
				for (const c of cs) expect(r.quote).toContain(c.quote);
			}
		}
	});

	it('plotted numbers equal the claims they cite (fighters and territory)', () => {
		for (const r of csvParse(read('data/fighters.csv'))) {
			if (r.derived) continue;
			const c = claims.get(r.claim_id!)!;
			expect([r.low ? Number(r.low) : null, r.high ? Number(r.high) : null]).toEqual([c.low, c.high]);
		}
		for (const r of csvParse(read('data/territory-lost.csv'))) {
			expect(Number(r.percent_lost)).toBe(claims.get(r.claim_id!)!.value);
		}
	});

	it('the town sequence exports events only: its statuses are the claims’ own, no report date', () => {
		for (const r of csvParse(read('data/town-sequence.csv'))) {
			const c = claims.get(r.claim_id!)!;
			expect(r.status, r.claim_id).toBe(c.status);
			expect(r.status, r.claim_id).not.toBe('');
		}
	});

	it('claims.csv and every chart CSV are UTF-8 with a header row', () => {
		for (const file of ['claims.csv', ...site.charts.map((c) => `${c.id}.csv`)]) {
			const bytes = readFileSync(join(BUILD, 'data', file));
			expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes).split('\n')[0]).toMatch(/^[a-z0-9_,]+$/);
		}
	});
});
