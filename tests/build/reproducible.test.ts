// The build is reproducible: two clean builds of one tree are byte-identical (checked by hand, see
// docs/deploying.md; two builds are too slow for the suite). What the suite checks cheaply: the
// build holds no file that nothing loads (SvelteKit writes its client router's chunks, which a page
// without csr never loads, with names that change from build to build), and _app/version.json names
// the content the build was made from, not the time it was made.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentVersion } from '../../tools/content-version.js';
import { BASE, buildFiles, read, requireBuild } from './built-site';

beforeAll(requireBuild);

/** What a host or a crawler asks for by name, with no page linking to it. */
const ENTRIES = ['index.html', '404.html', '_headers', 'robots.txt', '_app/version.json'];
const TEXT = /\.(html|js|json|css|svg|txt|csv)$|^_headers$/;

/** The ways another file may name `file`: its URL under the base path (an HTML page by its clean
 *  URL too), or, from a script beside it, `./name`. */
function namesOf(file: string): { absolute: string[]; relative: string } {
	const url = `${BASE}/${file}`;
	return {
		absolute: file.endsWith('.html') ? [url, url.slice(0, -'.html'.length)] : [url],
		relative: `./${file.split('/').at(-1)}`
	};
}

/** The build's files that nothing reaches from the entries, following every name in every text. */
function unreached(): string[] {
	const files = buildFiles().filter((f) => !/\.(br|gz)$/.test(f));
	const reached = new Set(ENTRIES.filter((f) => files.includes(f)));
	const queue = [...reached];
	while (queue.length) {
		const from = queue.shift()!;
		if (!TEXT.test(from.split('/').at(-1)!)) continue;
		const text = read(from);
		for (const file of files) {
			if (reached.has(file)) continue;
			const { absolute, relative } = namesOf(file);
			const sameDir = dirname(from) === dirname(file);
			if (absolute.some((n) => text.includes(n)) || (sameDir && text.includes(relative))) {
				reached.add(file);
				queue.push(file);
			}
		}
	}
	return files.filter((f) => !reached.has(f));
}

describe('a reproducible build', () => {
	it('holds no file that nothing loads, links or names', () => {
		expect(unreached()).toEqual([]);
	});

	it('names its version by the content it was built from', () => {
		const { version } = JSON.parse(read('_app/version.json')) as { version: string };
		expect(version, 'rebuild if data/ or src/ changed since the build').toBe(contentVersion());
	});
});

describe('the content version', () => {
	/** A small project tree in a fresh folder. */
	const tree = () => {
		const dir = mkdtempSync(join(tmpdir(), 'content-version-'));
		for (const [path, text] of Object.entries({
			'data/claims.csv': 'claim_id\nx\n',
			'src/app.html': '<html></html>',
			'src/lib/a.ts': 'export const a = 1;\n'
		})) {
			mkdirSync(dirname(join(dir, path)), { recursive: true });
			writeFileSync(join(dir, path), text);
		}
		return dir;
	};

	it('is a hash of the files’ names and bytes: not of the time, nor of where the tree is', () => {
		const a = tree();
		const b = tree();
		try {
			const version = contentVersion(a);
			expect(version).toMatch(/^[0-9a-f]{12,}$/);
			expect(contentVersion(b), 'the same files elsewhere').toBe(version);
			utimesSync(join(a, 'src/lib/a.ts'), new Date(2001, 0, 1), new Date(2001, 0, 1));
			expect(contentVersion(a), 'a file touched').toBe(version);
			writeFileSync(join(a, 'src/lib/a.ts'), 'export const a = 2;\n');
			expect(contentVersion(a), 'a byte changed').not.toBe(version);
			writeFileSync(join(b, 'data/new.csv'), '');
			expect(contentVersion(b), 'a file added').not.toBe(version);
		} finally {
			rmSync(a, { recursive: true, force: true });
			rmSync(b, { recursive: true, force: true });
		}
	});
});
