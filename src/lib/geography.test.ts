// Tests for the canonical towns and the spellings the articles use.
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { NOT_IN_GEONAMES, TOWNS, canonicalTown, spellingKey, townById } from './geography';

const ARTICLE_DIR = join(process.cwd(), 'data', 'articles');
const articles = readdirSync(ARTICLE_DIR)
	.filter((f) => f.endsWith('.txt'))
	.map((f) => readFileSync(join(ARTICLE_DIR, f), 'utf8'));
const allText = articles.join('\n');

describe('TOWNS', () => {
	it('has unique ids and the towns the story needs', () => {
		const ids = TOWNS.map((t) => t.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids).toEqual(
			expect.arrayContaining([
				'mosul',
				'raqqa',
				'deir-ez-zor',
				'al-qaim',
				'rawa',
				'albu-kamal',
				'baghdad'
			])
		);
	});

	it('lists only spellings found in an article, or the town’s own display name', () => {
		for (const town of TOWNS) {
			for (const spelling of town.spellings) {
				const inArticles = allText.includes(spelling);
				expect(inArticles || spelling === town.name, `${spelling} (${town.id})`).toBe(true);
			}
		}
	});

	it('finds townById', () => {
		expect(townById('albu-kamal')?.geonamesName).toBe('Ālbū Kamāl');
		expect(townById('nowhere')).toBeUndefined();
	});
});

describe('canonicalTown', () => {
	it('maps every listed spelling, display name and GeoNames name to its town', () => {
		for (const town of TOWNS) {
			for (const spelling of [town.name, town.geonamesName, ...town.spellings]) {
				expect(canonicalTown(spelling), spelling).toBe(town.id);
			}
		}
	});

	it('maps the spellings as the articles write them', () => {
		const cases: [string, string][] = [
			['Raqa', 'raqqa'],
			['Raqqa', 'raqqa'],
			['Deir al-Zour', 'deir-ez-zor'],
			['Deir al-Zor', 'deir-ez-zor'],
			['Deir Ezzor', 'deir-ez-zor'],
			['Deir ez-Zor', 'deir-ez-zor'],
			['al-Qaim', 'al-qaim'],
			['Al Qaim', 'al-qaim'],
			['Al-Qaim', 'al-qaim'],
			['Qaim', 'al-qaim'],
			['Rawa', 'rawa'],
			['Albu Kamal', 'albu-kamal'],
			['Abu Kamal', 'albu-kamal'],
			['Bukamal', 'albu-kamal'],
			['Mosul', 'mosul'],
			['BAGHDAD', 'baghdad']
		];
		for (const [asWritten, id] of cases) expect(canonicalTown(asWritten), asWritten).toBe(id);
	});

	it('recognises every town-like name it can find in the articles', () => {
		const patterns = [
			/\bDeir[\s-][A-Za-z-]+/g,
			/\b(?:al-|Al[\s-])?Qaim\b/g,
			/\b(?:Albu|Abu)\s+Kamal\b|\bBukamal\b/g,
			/\bRaqq?a\b/g,
			/\bRawa\b/g,
			/\bMosul\b/g,
			/\bBaghdad\b/gi
		];
		const found = new Set<string>();
		for (const re of patterns) for (const m of allText.matchAll(re)) found.add(m[0]);
		expect(found.size).toBeGreaterThanOrEqual(15);
		for (const name of found) expect(canonicalTown(name), name).not.toBeNull();
	});

	it('ignores case, hyphens, spaces and diacritics', () => {
		expect(canonicalTown('deir al zour')).toBe('deir-ez-zor');
		expect(canonicalTown('ALBU-KAMAL')).toBe('albu-kamal');
		expect(canonicalTown('Al Qā’im')).toBe('al-qaim');
		expect(canonicalTown('  Rawa ')).toBe('rawa');
		expect(spellingKey('Al Qā’im')).toBe('alqaim');
	});

	it('returns null for places it does not know', () => {
		expect(canonicalTown('Damascus')).toBeNull();
		expect(canonicalTown('Deir')).toBeNull();
		expect(canonicalTown('Kamal')).toBeNull();
		expect(canonicalTown('')).toBeNull();
		expect(canonicalTown('Husaybah')).toBeNull();
	});
});

describe('NOT_IN_GEONAMES', () => {
	it('lists places the articles really name', () => {
		for (const name of NOT_IN_GEONAMES) expect(allText).toContain(name);
	});
});
