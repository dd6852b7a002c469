// The real `npm run verify` (scripts/verify-claims.ts under tsx) on a copy of data/: a hostile edit
// exits 1 with the problem on stderr, its code and place, and no stack trace; the untouched copy
// passes. Places are found in the copy's own text, never a line number of the real data. Which
// edits raise which problem, at which place (a missing file, malformed JSON, 40 more), is the
// hostile-edit table's job, in process (hostile-edits.test.ts); this file checks how the script
// reports one, so each case here costs a whole run of the pipeline only once.
// It also runs in a checkout that never ran `svelte-kit sync` (no .svelte-kit): Vite's SvelteKit
// plugin writes what $lib needs.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { applyEdit, dataCopy, line, type Edit } from './edits';

function verify(...args: string[]) {
	return verifyIn('.', ...args);
}

/** Runs verify in a checkout of the project (the working directory by default). */
function verifyIn(cwd: string, ...args: string[]) {
	const run = spawnSync('node_modules/.bin/tsx', ['scripts/verify-claims.ts', ...args], {
		cwd,
		encoding: 'utf8',
		timeout: 60_000
	});
	return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Runs verify on a copy of data/ with one edit; `read` sees the edited copy's files. */
function verifyEdited(file: string, edit: Edit) {
	const dir = dataCopy();
	try {
		applyEdit(dir, file, edit);
		const edited = readFileSync(join(dir, file), 'utf8');
		return { ...verify('--data', dir), edited };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** The stderr line that reports a problem with this code. */
const problemLine = (stderr: string, code: string) =>
	stderr.split('\n').find((l) => l.startsWith('  ✗ ') && l.includes(` [${code}]: `));

/** A stack frame as Node prints one: "    at fn (file:line:col)". */
const STACK_FRAME = /^\s+at .+[:(]/m;

describe('npm run verify --data <dir>', { timeout: 60_000 }, () => {
	it('passes an untouched copy of data/', () => {
		const dir = dataCopy();
		try {
			const run = verify('--data', dir);
			expect(run.code).toBe(0);
			expect(run.stdout).toMatch(/^✓ /);
			expect(run.stderr).toBe('');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('names an unbalanced quote by line, column and claim and exits 1, with no stack trace', () => {
		// The first claim whose last field is empty: a " there opens a field that runs on.
		const rows = readFileSync('data/claims.csv', 'utf8').split('\n');
		const id = rows.find((l, i) => i > 0 && l.endsWith(','))!.split(',')[0];
		const run = verifyEdited(
			'claims.csv',
			line(id, (l) => `${l}"`)
		);
		const lines = run.edited.split('\n');
		const at = lines.findIndex((l) => l.startsWith(`${id},`));
		expect(run.code).toBe(1);
		// The quote opened at the end of the claim's row.
		expect(problemLine(run.stderr, 'csv-unbalanced-quote')).toContain(
			`claims.csv line ${at + 1}, column ${lines[at].length}, claim ${id}`
		);
		expect(run.stderr).not.toMatch(STACK_FRAME);
	});

	it('runs in a checkout where svelte-kit sync never ran (npm ci --ignore-scripts)', () => {
		const root = mkdtempSync(join(tmpdir(), 'last-towns-unsynced-'));
		try {
			const skip =
				/^(node_modules|\.svelte-kit|build|\.test-build|test-results|shots|\.git|tests|docs|bench)(\/|$)/;
			cpSync('.', root, { recursive: true, filter: (src) => !skip.test(relative('.', src)) });
			symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
			expect(existsSync(join(root, '.svelte-kit'))).toBe(false);
			const run = verifyIn(root);
			expect(run.stderr).toBe('');
			expect(run.code).toBe(0);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});

	it('says how to use --data when its folder is not given', () => {
		const run = verify('--data');
		expect(run.code).toBe(2);
		expect(run.stderr).toMatch(/usage: npm run verify .*--data/);
	});
});
