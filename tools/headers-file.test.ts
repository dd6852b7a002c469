import { describe, it, expect } from 'vitest';
import { headersFor, parseHeadersFile } from './headers-file';
import { headersFile } from '../src/lib/server/security-headers';

describe('_headers', () => {
	const rules = parseHeadersFile(headersFile(''));
	const names = (path: string) => headersFor(rules, path);

	it('gives every page the CSP, and frame-ancestors only to pages not made to be framed', () => {
		for (const path of ['/', '/sources', '/embed/fighters', '/data/claims.csv']) {
			expect(
				names(path).filter(([n]) => n === 'Content-Security-Policy').length,
				path
			).toBeGreaterThan(0);
		}
		const framing = (path: string) => names(path).some(([, v]) => v.includes('frame-ancestors'));
		expect(framing('/')).toBe(true);
		expect(framing('/sources')).toBe(true);
		expect(framing('/embed/fighters')).toBe(false);
		expect(framing('/embed/no-such-chart')).toBe(false);
	});

	it('lets other origins load the parent script with SRI (CORS), under a base path too', () => {
		const based = parseHeadersFile(headersFile('/graphics/last-towns'));
		expect(headersFor(based, '/graphics/last-towns/embed-0123456789.js')).toContainEqual([
			'Access-Control-Allow-Origin',
			'*'
		]);
		expect(headersFor(based, '/embed-0123456789.js')).toEqual([]);
	});

	it('refuses a line it cannot read', () => {
		expect(() => parseHeadersFile('/x\n  no colon here')).toThrow('cannot read the line');
	});
});
