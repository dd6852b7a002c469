import { describe, it, expect } from 'vitest';
import { headersFor, parseHeadersFile } from '../../../tools/headers-file';
import { headersFile } from './security-headers';

const cacheControl = (rules: ReturnType<typeof parseHeadersFile>, path: string) =>
	headersFor(rules, path)
		.filter(([n]) => n === 'Cache-Control')
		.map(([, v]) => v);

describe('_headers caching', () => {
	for (const base of ['', '/graphics/last-towns']) {
		const rules = parseHeadersFile(headersFile(base));
		it(`hashed files are immutable, data is short-lived, pages keep the host default (base "${base}")`, () => {
			// (SvelteKit's /_app/immutable is not published: no page loads its client router.)
			for (const path of ['/client/embed-ABC.js', '/client/theme-ABC.js', '/embed-0123456789.js']) {
				expect(cacheControl(rules, base + path), path).toEqual([
					'public, max-age=31536000, immutable'
				]);
			}
			for (const path of ['/data/fighters.csv', '/data/fighters.png', '/embed.js']) {
				expect(cacheControl(rules, base + path), path).toEqual(['public, max-age=300']);
			}
			for (const path of ['/', '/embed/fighters', '/sources', '/islands/fighters.json']) {
				expect(cacheControl(rules, base + path), path).toEqual([]);
			}
		});
	}

	it('keeps the story out of frames at its base path with and without the slash', () => {
		const rules = parseHeadersFile(headersFile('/graphics/last-towns'));
		for (const path of ['/graphics/last-towns', '/graphics/last-towns/']) {
			expect(
				headersFor(rules, path).some(([, v]) => v.includes('frame-ancestors')),
				path
			).toBe(true);
		}
		expect(
			headersFor(rules, '/graphics/last-towns/embed/fighters').some(([, v]) =>
				v.includes('frame-ancestors')
			)
		).toBe(false);
	});
});
