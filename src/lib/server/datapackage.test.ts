// The data package describes every published table, each column in words; the data dictionary
// (docs/data-dictionary.md) is written from it and must not go stale.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { testSite } from '../../../tests/setup/site';
import { publishedTables } from './published-tables';
import { dataPackage } from './datapackage';
import { DATA_DICTIONARY_FILE, withDataDictionary } from './data-dictionary';

const site = testSite();
const tables = publishedTables(site);
const pkg = dataPackage(tables);

describe('datapackage.json', () => {
	it('lists every chart’s CSV and claims.csv, with a spreadsheet edition each', () => {
		expect(pkg.resources.map((r) => r.path)).toEqual([
			...site.charts.map((c) => `${c.id}.csv`),
			'claims.csv'
		]);
		for (const r of pkg.resources) {
			expect(r.name).toMatch(/^[a-z0-9-]+$/);
			expect(r.spreadsheet).toBe(`${r.name}.xlsx`);
			expect([r.encoding, r.mediatype, r.dialect.header]).toEqual(['utf-8', 'text/csv', true]);
		}
	});

	it('describes every column in words, the article label beside the file name', () => {
		for (const [i, r] of pkg.resources.entries()) {
			expect(r.schema.fields.map((f) => f.name)).toEqual(tables[i].columns.map((c) => c.key));
			for (const f of r.schema.fields) {
				// Words, not the column's name again (claims.csv's placeholders were their own keys).
				expect(f.description, `${r.name}.${f.name}`).toMatch(/\w+ \w+/);
				expect(f.description.toLowerCase(), `${r.name}.${f.name}`).not.toBe(f.name);
				expect(['string', 'number']).toContain(f.type);
			}
			const names = r.schema.fields.map((f) => f.name);
			expect(names.indexOf('article_label'), r.name).toBe(names.indexOf('article') + 1);
		}
	});

	it('gives every date field its format and precision, and a pattern its values meet', () => {
		const dates = pkg.resources.flatMap((r) =>
			r.schema.fields.filter((f) => /date$/.test(f.name)).map((f) => [r, f] as const)
		);
		expect(dates.map(([r, f]) => `${r.name}.${f.name}`)).toEqual([
			'town-sequence.event_date',
			'territory-lost.reported_date',
			'claims.event_date'
		]);
		for (const [r, f] of dates) {
			expect(f).toMatchObject({ type: 'string', constraints: { pattern: expect.any(String) } });
			expect(f.dateFormat).toMatch(/YYYY-MM-DD/);
			expect(f.datePrecision).toMatch(/year.*month.*day/);
			const pattern = new RegExp(`^(${f.constraints!.pattern})$`);
			const values = tables
				.find((t) => t.name === r.name)!
				.rows.map((row) => row[f.name])
				.filter(Boolean);
			expect(values.length).toBeGreaterThan(0);
			for (const v of values) expect(String(v)).toMatch(pattern);
		}
	});

	it('is what the data dictionary lists (`npx vitest -u` rewrites it)', async () => {
		const page = readFileSync(DATA_DICTIONARY_FILE, 'utf8');
		await expect(await withDataDictionary(page, pkg)).toMatchFileSnapshot(
			resolve(DATA_DICTIONARY_FILE)
		);
		// Not blind: a changed description would show.
		const changed = structuredClone(pkg);
		changed.resources[0].schema.fields[0].description += ' (changed)';
		expect(await withDataDictionary(page, changed)).not.toBe(page);
	});
});

describe('published tables', () => {
	it('refuse a date column holding something that is not an ISO date', async () => {
		const { publishedTables: tablesOf } = await import('./published-tables');
		const broken = structuredClone(site);
		const town = broken.charts.find((c) => c.id === 'town-sequence')!;
		town.rows[0].event_date = '04/11/2017';
		expect(() => tablesOf(broken)).toThrow(/event_date "04\/11\/2017" is not an ISO date/);
	});
});
