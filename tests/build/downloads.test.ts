// Build tests on the downloads: the manifest, each chart's CSV (round trip, provenance, plotted
// values equal to their claims), UTF-8 throughout, the spreadsheet editions and the data package.
import { describe, it, expect, beforeAll } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { testSite } from '../setup/site';
import { publishedTables } from '$lib/server/published-tables';
import type { DataPackage } from '$lib/server/datapackage';
import { readXlsx } from '../../tools/read-xlsx';
import { BUILD, publishedClaims, read, readCsvAsUser, requireBuild, type PublishedClaim } from './built-site';

let claims: Map<string, PublishedClaim>;
const site = testSite();
const tables = publishedTables(site);
/** The build's base path, which the manifest's root-relative URLs start with. */
const BASE = process.env.BASE_PATH ?? '';
const fileOf = (url: string) => join(BUILD, url.slice(BASE.length));

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
	png_url: string;
	svg_url: string;
	claim_ids: string[];
}
const manifest = () => JSON.parse(read('data/charts.json')) as ManifestEntry[];

describe('chart data downloads', () => {
	it('the manifest lists every chart with working URLs and known claims', () => {
		const m = manifest();
		expect(m.map((c) => c.id)).toEqual(site.charts.map((c) => c.id));
		for (const c of m) {
			expect(c.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
			expect(existsSync(fileOf(`${c.embed_url}.html`)), c.embed_url).toBe(true);
			for (const url of [c.csv_url, c.png_url, c.svg_url]) {
				expect(url.startsWith(`${BASE}/data/${c.id}.`), url).toBe(true);
				expect(existsSync(fileOf(url)), url).toBe(true);
			}
			for (const id of c.claim_ids) expect(claims.has(id), id).toBe(true);
			expect(c.title.length).toBeGreaterThan(5);
		}
	});

	it('each CSV, read as a data user would, gives back exactly the chart data', () => {
		for (const chart of site.charts) {
			const csv = read(`data/${chart.id}.csv`);
			const published = tables.find((t) => t.name === chart.id)!;
			expect(csvParse(csv).columns, chart.id).toEqual(published.columns.map((c) => c.key));
			expect(readCsvAsUser(csv, chart.columns), chart.id).toEqual(chart.rows);
			expect(readCsvAsUser(csv, published.columns), chart.id).toEqual(published.rows);
		}
	});

	it('names each report by its label beside its file name', () => {
		const labels = new Map(site.evidence.articles.map((a) => [a.file, a.label]));
		for (const file of ['claims.csv', ...site.charts.map((c) => `${c.id}.csv`)]) {
			for (const r of csvParse(read(`data/${file}`))) {
				expect(r.article_label, file).toBe(r.article!.split(' ').map((f) => labels.get(f)).join('; '));
				expect(r.article_label, file).toMatch(/^Article [A-E](; Article [A-E])*$/);
			}
		}
	});

	it('each CSV row carries provenance that matches the published claims', () => {
		for (const chart of site.charts) {
			const rows = csvParse(read(`data/${chart.id}.csv`));
			expect(rows.columns.slice(-4)).toEqual(['claim_id', 'article', 'article_label', 'quote']);
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

	it('claims.csv and every chart CSV are UTF-8 with a header row and no byte-order mark', () => {
		for (const file of ['claims.csv', ...site.charts.map((c) => `${c.id}.csv`)]) {
			const bytes = readFileSync(join(BUILD, 'data', file));
			expect([...bytes.subarray(0, 3)], `${file} starts with a BOM`).not.toEqual([0xef, 0xbb, 0xbf]);
			// A strict reader (Node, Python's csv with encoding='utf-8', pandas' default) keeps a BOM in
			// the first column's name: without one, the header reads back exactly.
			const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
			expect(text.split('\n')[0]).toMatch(/^[a-z0-9_,]+$/);
			expect(csvParse(text).columns[0], file).toBe(tables.find((t) => `${t.name}.csv` === file)!.columns[0].key);
		}
	});

	it('keeps dates as ISO text at the precision the report gives, never padded to a day', () => {
		const claimsCsv = csvParse(read('data/claims.csv'));
		for (const r of claimsCsv) {
			expect(r.event_date, r.claim_id).toBe(claims.get(r.claim_id!)!.event_date);
			expect(r.event_date, r.claim_id).toMatch(/^(\d{4}(-\d{2}(-\d{2})?)?)?$/);
		}
		expect(claimsCsv.some((r) => /^\d{4}-\d{2}$/.test(r.event_date!)), 'a month-precise date').toBe(true);
	});
});

describe('spreadsheet editions (.xlsx)', () => {
	it('hold each table as a spreadsheet reads it: text as text (dates too), numbers as numbers, no formula', () => {
		for (const t of tables) {
			const sheets = readXlsx(readFileSync(join(BUILD, 'data', `${t.name}.xlsx`)));
			const [header, ...rows] = sheets.get('data')!;
			expect(header.map((c) => c?.value), t.name).toEqual(t.columns.map((c) => c.key));
			expect(rows.length, t.name).toBe(t.rows.length);
			rows.forEach((row, i) => {
				t.columns.forEach((c, j) => {
					const want = t.rows[i][c.key];
					const cell = row[j] ?? null;
					if (want === null || want === '') expect(cell, `${t.name} ${c.key}`).toBeNull();
					else if (c.type === 'number') expect(cell, `${t.name} ${c.key}`).toEqual({ type: 'number', value: want });
					else expect(cell, `${t.name} ${c.key}`).toEqual({ type: 'text', value: want, format: '@', bold: false });
				});
			});
			expect(sheets.get('columns')!.slice(1).map((r) => r[0]?.value), t.name).toEqual(t.columns.map((c) => c.key));
		}
	});
});

describe('datapackage.json', () => {
	it('lists every CSV that is there, with the fields its header has', () => {
		const pkg = JSON.parse(read('data/datapackage.json')) as DataPackage;
		expect(pkg.resources.length).toBe(site.charts.length + 1);
		for (const r of pkg.resources) {
			expect(existsSync(join(BUILD, 'data', r.path)), r.path).toBe(true);
			expect(existsSync(join(BUILD, 'data', r.spreadsheet)), r.spreadsheet).toBe(true);
			expect(csvParse(read(`data/${r.path}`)).columns, r.path).toEqual(r.schema.fields.map((f) => f.name));
		}
	});
});
