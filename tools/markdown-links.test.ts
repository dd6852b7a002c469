// The link checker on small markdown trees of its own: it must find each kind of broken link, and
// pass the kinds of link that work.
import { describe, it, expect, afterAll } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { anchorsOf, brokenLinks, headingId, linksOf } from './markdown-links';

const root = mkdtempSync(join(tmpdir(), 'markdown-links-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes the files (path → text) under a fresh folder and returns their absolute paths. */
function tree(name: string, files: Record<string, string>): Record<string, string> {
	const paths: Record<string, string> = {};
	for (const [path, text] of Object.entries(files)) {
		const full = join(root, name, path);
		mkdirSync(join(full, '..'), { recursive: true });
		writeFileSync(full, text);
		paths[path] = full;
	}
	return paths;
}

describe('headingId', () => {
	it('makes GitHub’s ids: lower case, punctuation dropped, spaces to hyphens', () => {
		expect(headingId('How a figure gets on screen')).toBe('how-a-figure-gets-on-screen');
		expect(headingId('Islands: what runs in the browser')).toBe('islands-what-runs-in-the-browser');
		expect(headingId('`npm test`, step by step')).toBe('npm-test-step-by-step');
		expect(headingId('.xlsx, for spreadsheets')).toBe('xlsx-for-spreadsheets');
		expect(headingId('Netlify, Cloudflare Pages')).toBe('netlify-cloudflare-pages');
	});
});

describe('anchorsOf and linksOf', () => {
	it('number repeated headings, and ignore code blocks and code spans', () => {
		const md = ['# A', '## Notes', '## Notes', '```sh', '# not a heading', '[x](gone.md)', '```'];
		expect([...anchorsOf(md.join('\n'))]).toEqual(['a', 'notes', 'notes-1']);
		expect(linksOf(md.join('\n'))).toEqual([]);
		expect(linksOf('see `[x](gone.md)` and [y](here.md#top)')).toEqual([
			{ line: 1, target: 'here.md#top' }
		]);
	});
});

describe('brokenLinks', () => {
	it('passes links to files, to headings, to folders and to other sites', () => {
		const f = tree('good', {
			'README.md': [
				'# Top',
				'[a](docs/a.md) [b](docs/a.md#second-part) [self](#top) [src](src/x.ts)',
				'[folder](docs) [site](https://example.org/missing) ![img](docs/a.md)',
				'[ref]: docs/a.md#first'
			].join('\n'),
			'docs/a.md': '# First\n\n## Second part\n\n[back](../README.md#top)\n',
			'src/x.ts': ''
		});
		expect(brokenLinks([f['README.md'], f['docs/a.md']])).toEqual([]);
	});

	it('finds a missing file, a missing anchor here or there, and a root-absolute path', () => {
		const f = tree('bad', {
			'README.md': [
				'# Top',
				'[gone](docs/gone.md)',
				'[anchor](docs/a.md#no-such-part) [self](#nowhere)',
				'[root](/docs/a.md)'
			].join('\n'),
			'docs/a.md': '# First\n\n[up](../READ.md)\n'
		});
		const found = brokenLinks([f['README.md'], f['docs/a.md']]).map(({ file, line, target }) => [
			file,
			line,
			target
		]);
		expect(found).toEqual([
			[f['README.md'], 2, 'docs/gone.md'],
			[f['README.md'], 3, 'docs/a.md#no-such-part'],
			[f['README.md'], 3, '#nowhere'],
			[f['README.md'], 4, '/docs/a.md'],
			[f['docs/a.md'], 3, '../READ.md']
		]);
	});
});
