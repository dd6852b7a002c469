// The real `npm run verify` (scripts/verify-claims.ts under tsx) on a copy of data/: a hostile edit
// exits 1 with the problem on stderr and no stack trace; the untouched copy passes.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { applyEdit, dataCopy, line, type Edit } from './edits';

function verify(...args: string[]) {
	const run = spawnSync('node_modules/.bin/tsx', ['scripts/verify-claims.ts', ...args], {
		encoding: 'utf8',
		timeout: 60_000
	});
	return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function verifyEdited(file: string, edit: Edit) {
	const dir = dataCopy();
	try {
		applyEdit(dir, file, edit);
		return verify('--data', dir);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** A stack frame as Node prints one: "    at fn (file:line:col)". */
const STACK_FRAME = /^\s+at .+[:(]/m;

describe('npm run verify --data <dir>', { timeout: 60_000 }, () => {
	it('passes an untouched copy of data/', () => {
		const dir = dataCopy();
		try {
			const run = verify('--data', dir);
			expect(run.code).toBe(0);
			expect(run.stdout).toMatch(/^✓ \d+ claims verified verbatim against 5 articles/);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('names a missing claims.csv and exits 1, with no stack trace', () => {
		const run = verifyEdited('claims.csv', 'delete');
		expect(run.code).toBe(1);
		expect(run.stderr).toContain(
			'✗ claims.csv: the file is missing from the data folder; restore it (git checkout -- data/claims.csv)'
		);
		expect(run.stderr).not.toMatch(STACK_FRAME);
	});

	it('names an unbalanced quote by line and column and exits 1, with no stack trace', () => {
		const run = verifyEdited(
			'claims.csv',
			line('report-date-004', (l) => `${l}"`)
		);
		expect(run.code).toBe(1);
		expect(run.stderr).toContain(
			'✗ claims.csv line 71, column 169, claim report-date-004: the quoted field that opens here'
		);
		expect(run.stderr).not.toMatch(STACK_FRAME);
	});

	it('names a malformed articles.json and exits 1, with no stack trace', () => {
		const run = verifyEdited('articles.json', (t) => t.replace('"label": "Article B",', '"label"'));
		expect(run.code).toBe(1);
		expect(run.stderr).toContain(
			'✗ articles.json line 24, column 5: is not valid JSON (Unexpected string)'
		);
		expect(run.stderr).not.toMatch(STACK_FRAME);
	});

	it('says how to use --data when its folder is not given', () => {
		const run = verify('--data');
		expect(run.code).toBe(2);
		expect(run.stderr).toContain('usage: npm run verify [-- --data <folder laid out like data/>]');
	});
});
