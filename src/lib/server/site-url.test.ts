import { describe, it, expect } from 'vitest';
import { parseSiteUrl, publicUrl } from './site-url';

describe('SITE_URL', () => {
	it('is an origin: unset gives root-relative URLs, set gives absolute ones under the base path', () => {
		expect(parseSiteUrl(undefined)).toBe('');
		expect(parseSiteUrl('https://news.example.org')).toBe('https://news.example.org');
		expect(parseSiteUrl('https://news.example.org/')).toBe('https://news.example.org');
		expect(publicUrl('/data/x.png', { origin: '', base: '' })).toBe('/data/x.png');
		expect(
			publicUrl('/data/x.png', { origin: 'https://news.example.org', base: '/graphics/last-towns' })
		).toBe('https://news.example.org/graphics/last-towns/data/x.png');
	});

	it('names the mistake when it carries a path or is not a URL', () => {
		expect(() => parseSiteUrl('https://news.example.org/graphics/last-towns')).toThrow(
			/put the path in BASE_PATH/
		);
		expect(() => parseSiteUrl('news.example.org')).toThrow(/not a URL/);
		expect(() => parseSiteUrl('ftp://news.example.org')).toThrow(/http\(s\) origin/);
	});
});
