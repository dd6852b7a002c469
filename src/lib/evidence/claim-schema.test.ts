import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { CLAIM_COLUMNS, CLAIM_CSV_COLUMNS, CLAIM_SCHEMA, claimColumnKind } from './claim-schema';
import { parseClaimsCsv } from './claims-csv';

const header = CLAIM_COLUMNS.join(',');

describe('the claim schema', () => {
	it('is the header of data/claims.csv, column for column', () => {
		expect(readFileSync('data/claims.csv', 'utf8').split('\n')[0]).toBe(header);
	});

	it('types and describes every published column from the schema', () => {
		expect(CLAIM_CSV_COLUMNS.map((c) => c.key)).toEqual(CLAIM_COLUMNS);
		for (const c of CLAIM_CSV_COLUMNS) {
			expect(c.description, c.key).toBe(CLAIM_SCHEMA.shape[c.key as 'quote'].description);
			expect(c.description.length, c.key).toBeGreaterThan(20);
		}
		const numbers = CLAIM_CSV_COLUMNS.filter((c) => c.type === 'number').map((c) => c.key);
		expect(numbers).toEqual(['paragraph', 'value', 'low', 'high']);
	});

	it('says which columns may be empty (null) and which may not', () => {
		expect(claimColumnKind('value')).toEqual({ type: 'number', optional: true });
		expect(claimColumnKind('paragraph')).toEqual({ type: 'number', optional: false });
		expect(claimColumnKind('text')).toEqual({ type: 'string', optional: true });
		expect(claimColumnKind('unit')).toEqual({ type: 'string', optional: false });
	});
});

describe('parseClaimsCsv reads cells by the schema', () => {
	const row = (cells: Partial<Record<(typeof CLAIM_COLUMNS)[number], string>>) =>
		`${header}\n${CLAIM_COLUMNS.map((c) => cells[c] ?? (c === 'paragraph' ? '1' : '')).join(',')}\n`;

	it('reads empty optional cells as null, empty text as "", and trims all but the quote', () => {
		const { claims, problems } = parseClaimsCsv(
			row({ claim_id: ' x ', quote: ' q ', unit: ' fighters ', value: ' 12.5 ' })
		);
		expect(problems).toEqual([]);
		expect(claims[0]).toMatchObject({
			claim_id: 'x',
			quote: ' q ',
			unit: 'fighters',
			value: 12.5,
			low: null,
			text: null,
			place: ''
		});
	});

	it('names a paragraph that is not a whole number, and an empty one, in its own words', () => {
		for (const paragraph of ['1.5', '', '-2']) {
			const { claims, problems } = parseClaimsCsv(row({ claim_id: 'x', paragraph }));
			expect(problems, paragraph).toMatchObject([
				{ code: 'not-a-number', field: 'paragraph', line: 2, column: 4, id: 'x' }
			]);
			expect(problems[0].message).not.toMatch(/Invalid input|expected/);
			expect(claims[0].paragraph).toBeNaN();
		}
	});

	it('keeps the claim when a figure is unreadable, without the figure', () => {
		const { claims, problems } = parseClaimsCsv(row({ claim_id: 'x', low: 'about 5' }));
		expect(problems).toMatchObject([{ code: 'not-a-number', field: 'low', id: 'x' }]);
		expect(problems[0].message).toContain('about 5');
		expect(claims[0]).toMatchObject({ claim_id: 'x', low: null, paragraph: 1 });
	});
});
