// Build tests on the security policy: every page carries a strict CSP and runs no inline script;
// the _headers file is there for hosts that read one.
import { describe, it, expect, beforeAll } from 'vitest';
import { BASE, html, htmlFiles, read, requireBuild } from './built-site';
import { parseHeadersFile } from '../../tools/headers-file.ts';

beforeAll(requireBuild);

describe('content security policy', () => {
	const pages = htmlFiles();

	it('covers every page type', () => {
		expect(pages).toEqual(expect.arrayContaining(['index.html', 'sources.html', '404.html', 'embed/fighters.html']));
	});

	it.each(pages)('%s carries the policy: scripts only from the site, no plugins, no <base> hijack', (file) => {
		const meta = html(file).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content');
		expect(meta, file).toBeTruthy();
		const directives = new Map(
			meta!.split(';').map((d) => {
				const [name, ...values] = d.trim().split(/\s+/);
				return [name, values] as const;
			})
		);
		expect(directives.get('script-src')).toEqual(["'self'"]);
		expect(directives.get('object-src')).toEqual(["'none'"]);
		expect(directives.get('base-uri')).toEqual(["'self'"]);
		expect(directives.get('style-src-elem')?.[0]).toBe("'self'");
		expect(directives.get('style-src-elem')).not.toContain("'unsafe-inline'");
	});

	it.each(pages)('%s runs no inline script and no inline event handler', (file) => {
		const page = html(file);
		for (const s of page.querySelectorAll('script')) {
			expect(s.getAttribute('src') ?? s.getAttribute('type'), `${file}: an inline script`).toBeTruthy();
			if (!s.getAttribute('src')) expect(s.getAttribute('type')).toBe('application/json');
		}
		expect(read(file)).not.toMatch(/\son[a-z]+\s*=\s*["']/);
	});

	it('ships a _headers file a host can read', () => {
		const rules = parseHeadersFile(read('_headers'));
		// Its rules carry the base path (see README, Deploying).
		expect(rules.map((r) => r.path)).toContain(`${BASE}/*`);
	});
});
