// The README is the front door, read in five minutes: at most 150 lines. Everything else is in
// docs/, and every relative link of the README and of docs/*.md leads to a file and heading that
// exist (tools/markdown-links.ts).
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { brokenLinks, linksOf } from '../../tools/markdown-links';

const MAX_README_LINES = 150;
const pages = [
	'README.md',
	...readdirSync('docs')
		.filter((f) => f.endsWith('.md'))
		.map((f) => `docs/${f}`)
];

describe('README.md and docs/', () => {
	it(`keep the README to ${MAX_README_LINES} lines`, () => {
		const lines = readFileSync('README.md', 'utf8').split('\n').length - 1;
		expect(lines).toBeLessThanOrEqual(MAX_README_LINES);
	});

	it('link every docs page from the README', () => {
		const linked = new Set(
			linksOf(readFileSync('README.md', 'utf8')).map(({ target }) => target.split('#')[0])
		);
		for (const page of pages.slice(1)) expect(linked, page).toContain(page);
	});

	it('have no relative link to a missing file or heading', () => {
		expect(brokenLinks(pages)).toEqual([]);
	});
});
