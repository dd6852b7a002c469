// .gitattributes keeps the reports byte for byte and every text file LF, even in a Windows checkout
// with core.autocrlf=true (simulated here: git applies autocrlf on any OS).
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEvidence } from '$lib/server/evidence-files';

const git = (cwd: string, ...args: string[]) =>
	execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], {
		cwd,
		encoding: 'utf8'
	});

/** Every file under data/, relative to it. */
const dataFiles = () => [
	...readdirSync('data').filter((f) => f !== 'articles'),
	...readdirSync('data/articles').map((f) => `articles/${f}`)
];

/** Commits data/ (with or without our .gitattributes) and checks it out again with core.autocrlf=true. */
function windowsCheckout(withAttributes: boolean): string {
	const repo = mkdtempSync(join(tmpdir(), 'last-towns-git-'));
	git(repo, 'init', '-q');
	git(repo, 'config', 'core.autocrlf', 'true');
	if (withAttributes) cpSync('.gitattributes', join(repo, '.gitattributes'));
	cpSync('data', join(repo, 'data'), { recursive: true });
	git(repo, 'add', '-A');
	git(repo, 'commit', '-q', '-m', 'data');
	rmSync(join(repo, 'data'), { recursive: true });
	git(repo, 'checkout', '--', '.');
	return repo;
}

describe('.gitattributes', () => {
	it('marks the reports as not text (no conversion) and everything else LF', () => {
		const attrs = git(
			'.',
			'check-attr',
			'text',
			'eol',
			'--',
			'data/articles/000_3d5b7d1f4eb75c55.txt',
			'data/claims.csv'
		);
		expect(attrs).toContain('data/articles/000_3d5b7d1f4eb75c55.txt: text: unset');
		expect(attrs).toContain('data/claims.csv: text: auto');
		expect(attrs).toContain('data/claims.csv: eol: lf');
	});

	it('gives a Windows checkout (core.autocrlf=true) data/ byte for byte, and it verifies', () => {
		const repo = windowsCheckout(true);
		try {
			for (const file of dataFiles()) {
				expect(
					readFileSync(join(repo, 'data', file)).equals(readFileSync(join('data', file))),
					file
				).toBe(true);
			}
			expect(readEvidence(join(repo, 'data')).claims.length).toBeGreaterThan(60);
		} finally {
			rmSync(repo, { recursive: true, force: true });
		}
	});

	it('is what makes the difference: without it, that checkout gets CRLF', () => {
		const repo = windowsCheckout(false);
		try {
			expect(readFileSync(join(repo, 'data/claims.csv'), 'utf8')).toContain('\r\n');
		} finally {
			rmSync(repo, { recursive: true, force: true });
		}
	});
});
