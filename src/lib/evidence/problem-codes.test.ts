// The list of problem codes is the one place they are documented: each says its rule, and each is
// produced by some check (a code no check uses is a stale promise to tools and tests).
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROBLEM_CODES } from './problem-codes';

/** Every TypeScript source under src/ but tests and the list itself. */
function sources(dir = 'src'): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const path = join(dir, e.name);
		if (e.isDirectory()) return sources(path);
		const checks = e.name.endsWith('.ts') && !e.name.endsWith('.test.ts');
		return checks && !path.endsWith('problem-codes.ts') ? [path] : [];
	});
}

describe('PROBLEM_CODES', () => {
	const code = Object.keys(PROBLEM_CODES);

	it('names each rule in kebab case, with a line saying what it is', () => {
		for (const c of code) expect(c).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
		for (const rule of Object.values(PROBLEM_CODES)) expect(rule.length).toBeGreaterThan(10);
	});

	it('lists only codes some check produces', () => {
		const text = sources()
			.map((f) => readFileSync(f, 'utf8'))
			.join('\n');
		expect(code.filter((c) => !text.includes(`'${c}'`))).toEqual([]);
	});
});
