// Claim ids live in data (claims.csv, story.aml) and chart specs, never in a component.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const claimIds = readFileSync('data/claims.csv', 'utf8')
	.split('\n')
	.slice(1)
	.map((line) => line.split(',')[0])
	.filter(Boolean);

function svelteFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory()
			? svelteFiles(join(dir, e.name))
			: e.name.endsWith('.svelte')
				? [join(dir, e.name)]
				: []
	);
}

const idsIn = (source: string) => claimIds.filter((id) => source.includes(id));

describe('claim ids', () => {
	it('finds the claims and the components', () => {
		expect(claimIds.length).toBeGreaterThan(50);
		expect(svelteFiles('src').length).toBeGreaterThan(10);
		expect(idsIn('<Fig id="fighters-dillon-sum" /> {claims["size-britain-000"]}')).toEqual([
			'size-britain-000'
		]);
	});
	it('appear in no .svelte file', () => {
		const found = svelteFiles('src').flatMap((f) =>
			idsIn(readFileSync(f, 'utf8')).map((id) => `${f}: ${id}`)
		);
		expect(found).toEqual([]);
	});
});
