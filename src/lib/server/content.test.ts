import { describe, it, expect } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSiteContent } from './content';
import { EvidenceError, readEvidence } from './evidence';

/** A copy of data/ to break on purpose. */
function dataCopy(): string {
	const dir = mkdtempSync(join(tmpdir(), 'last-towns-data-'));
	cpSync('data', dir, { recursive: true });
	return dir;
}

function errorOf(fn: () => unknown): EvidenceError {
	try {
		fn();
	} catch (e) {
		if (e instanceof EvidenceError) return e;
		throw e;
	}
	throw new Error('expected an EvidenceError');
}

describe('the project evidence', () => {
	it('verifies: every claim, the copy and every chart reference check out', () => {
		const content = readSiteContent();
		expect(content.evidence.claims.length).toBeGreaterThan(60);
		expect(content.charts.map((c) => c.id)).toEqual([
			'caliphate-size',
			'territory-lost',
			'held-shares',
			'town-sequence',
			'fighters'
		]);
	});
});

describe('broken evidence stops the build with a message naming the problem', () => {
	it('a missing article', () => {
		const dir = dataCopy();
		rmSync(join(dir, 'articles', '003_3db61b1766599d43.txt'));
		const e = errorOf(() => readEvidence(dir));
		expect(e.message).toContain(
			'describes 003_3db61b1766599d43.txt, which is not in data/articles/'
		);
		expect(e.message).toMatch(
			/claim territory-lost-96-003: article "003_3db61b1766599d43.txt" is not one of the articles/
		);
	});

	it('a quote edited by one word in claims.csv', () => {
		const dir = dataCopy();
		const csv = readFileSync(join(dir, 'claims.csv'), 'utf8');
		writeFileSync(join(dir, 'claims.csv'), csv.replace('lost 95 percent', 'lost 59 percent'));
		const e = errorOf(() => readEvidence(dir));
		expect(e.message).toContain(
			'claim territory-lost-95-000: the quote is not verbatim in 000_3d5b7d1f4eb75c55.txt'
		);
		expect(e.message).toContain('"59" (article: "95")');
	});

	it('a story that cites a claim that does not exist', () => {
		const dir = dataCopy();
		const aml = readFileSync(join(dir, 'story.aml'), 'utf8');
		writeFileSync(
			join(dir, 'story.aml'),
			aml.replace('{{fighters-qaim-001}}', '{{fighters-qaim-999}}')
		);
		const e = errorOf(() => readSiteContent(dir));
		expect(e.message).toContain(
			'story.aml section fighters step fighters-dillon cites claim "fighters-qaim-999", which is not in claims.csv'
		);
	});

	it('a spelling that names another town than the claim’s place', () => {
		const dir = dataCopy();
		const csv = readFileSync(join(dir, 'claims.csv'), 'utf8');
		const broken = csv
			.split('\n')
			.map((line) =>
				line.startsWith('qaim-taken-002,') ? line.replace(',al-qaim,Qaim,', ',rawa,Qaim,') : line
			)
			.join('\n');
		expect(broken).not.toBe(csv);
		writeFileSync(join(dir, 'claims.csv'), broken);
		const e = errorOf(() => readSiteContent(dir));
		expect(e.message).toContain(
			'claim qaim-taken-002: place_as_written "Qaim" is a spelling of al-qaim, but place is "rawa"'
		);
	});

	it('a figure typed into the copy', () => {
		const dir = dataCopy();
		const aml = readFileSync(join(dir, 'story.aml'), 'utf8');
		writeFileSync(
			join(dir, 'story.aml'),
			aml.replace('Dillon did not add them up.', 'Dillon did not add up 3,500.')
		);
		const e = errorOf(() => readSiteContent(dir));
		expect(e.message).toContain('"3,500." is a figure typed into the copy');
	});
});
