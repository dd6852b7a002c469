// Build tests for producers: embed pages send every link out of the frame, pick their theme before
// the first paint, share their own chart's image; the snippets and image editions are all there.
import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testSite } from '../setup/site';
import { BUILD, html, read, requireBuild } from './built-site';

const site = testSite();
const BASE = process.env.BASE_PATH ?? '';
const SITE_URL = process.env.SITE_URL ?? '';

beforeAll(requireBuild);

/** [width, height] of a PNG file. */
const pngSize = (path: string) => {
	const png = readFileSync(join(BUILD, path));
	expect(png.subarray(1, 4).toString(), path).toBe('PNG');
	return [png.readUInt32BE(16), png.readUInt32BE(20)];
};
/** [width, height] an SVG file declares. */
const svgSize = (path: string) => {
	const m = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(read(path));
	expect(m, path).not.toBeNull();
	return [Number(m![1]), Number(m![2])];
};

describe('links leave the frame', () => {
	it.each([...site.charts.map((c) => `embed/${c.id}.html`), '404.html'])('%s', (file) => {
		const page = html(file);
		const bases = page.querySelectorAll('base');
		expect(bases.length, 'one <base>').toBe(1);
		// No href: base-uri 'self' has nothing to check, and relative URLs stay as they are.
		expect(bases[0].getAttribute('href')).toBeUndefined();
		expect(bases[0].getAttribute('target')).toBe(file === '404.html' ? '_top' : '_blank');
		expect(page.querySelectorAll('a').length).toBeGreaterThan(2);
		for (const a of page.querySelectorAll('a[target]')) {
			expect(['_blank', '_top'], a.toString()).toContain(a.getAttribute('target'));
		}
		expect(page.querySelectorAll('form').length).toBe(0);
	});
});

describe('embed themes', () => {
	it.each([...site.charts.map((c) => `embed/${c.id}.html`), '404.html'])(
		'%s sets its theme with a classic script in <head>, and carries both themes’ colours',
		(file) => {
			const page = html(file);
			const scripts = page.querySelectorAll('head script[src]');
			const theme = scripts.find((s) => /\/client\/embed-theme-[\w-]+\.js$/.test(s.getAttribute('src')!));
			expect(theme, 'the theme script').toBeDefined();
			// Classic and blocking: it runs before the body is parsed, so before the first paint.
			for (const a of ['type', 'async', 'defer']) expect(theme!.getAttribute(a), a).toBeUndefined();
			expect(theme!.getAttribute('src')!.startsWith(`${BASE}/client/`)).toBe(true);
			const css = page.querySelectorAll('style').map((s) => s.rawText).join('\n');
			expect(css).toMatch(/:root\[data-theme=(dark|"dark"|'dark')\]/);
			expect(css).toMatch(/color-scheme:\s*light/);
		}
	);

	it('the theme script reads ?theme= and accepts only light, dark and auto', () => {
		const page = html(`embed/${site.charts[0].id}.html`);
		const src = page.querySelector('script[src*="embed-theme-"]')!.getAttribute('src')!;
		const code = read(src.slice(BASE.length + 1));
		expect(code).toContain('theme');
		for (const t of ['light', 'dark', 'auto']) expect(code).toMatch(new RegExp("[\"'`]" + t + "[\"'`]"));
	});
});

describe('image editions', () => {
	it.each(site.charts.map((c) => c.id))('%s: a PNG at least 1200 px wide, twice its SVG', (id) => {
		const [w, h] = pngSize(`data/${id}.png`);
		const [sw, sh] = svgSize(`data/${id}.svg`);
		expect(w).toBeGreaterThanOrEqual(1200);
		expect([w, h]).toEqual([sw * 2, sh * 2]);
	});

	it.each(site.charts.map((c) => c.id))('%s: its embed page shares its own PNG, at its size', (id) => {
		const page = html(`embed/${id}.html`);
		const meta = (p: string) => page.querySelector(`meta[property="${p}"]`)?.getAttribute('content');
		expect(meta('og:image')).toBe(`${SITE_URL}${BASE}/data/${id}.png`);
		const [w, h] = pngSize(`data/${id}.png`);
		expect([meta('og:image:width'), meta('og:image:height')]).toEqual([String(w), String(h)]);
		// X falls back to og:image; it needs only the large-image card type.
		expect(page.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe(
			'summary_large_image'
		);
		expect(page.querySelector(`a[href="${BASE}/data/${id}.png"]`)?.text).toMatch(/Download image/);
	});
});

describe('embed snippets', () => {
	it.each(site.charts.map((c) => c.id))('%s: both variants, the theme a slot, its height and image', (id) => {
		const snippets = JSON.parse(read(`embed/${id}/snippets.json`)) as Record<string, string>;
		expect(Object.keys(snippets).sort()).toEqual(['iframe', 'responsive']);
		const root = `${SITE_URL || '{origin}'}${BASE}`;
		// The iframe-only frame asks its page to fit the chart to the height the build gave it, and
		// the responsive frame starts at that height.
		expect(snippets.iframe).toContain(`src="${root}/embed/${id}?theme={theme}&amp;fit"`);
		const height = Number(/ height="(\d+)"/.exec(snippets.iframe)?.[1]);
		expect(height, 'a fixed height in px').toBeGreaterThan(200);
		expect(snippets.responsive).toContain(`data-frame-attribute-height="${height}"`);
		expect(snippets.iframe).toContain('loading="lazy"');
		expect(snippets.responsive).toContain(`data-frame-src="${root}/embed/${id}?theme={theme}"`);
		expect(snippets.responsive).toContain('data-frame-attribute-loading="lazy"');
		expect(snippets.responsive).toContain(`<img src="${root}/data/${id}.png"`);
		const [w, h] = svgSize(`data/${id}.svg`);
		expect(snippets.responsive).toContain(`width="${w}" height="${h}"`);
		expect(snippets.responsive).toMatch(new RegExp(`<script src="${root.replace(/[{}.]/g, '\\$&')}/embed-[0-9a-f]{10}\\.js" integrity="sha384-`));
	});
});
