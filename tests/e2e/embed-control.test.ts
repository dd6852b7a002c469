// The story's Embed control, in Chromium: each chart's control gives that chart's snippet, every URL
// in it absolute under the site's address, its script named by its content hash with the SRI hash
// of what is served. (That the snippets fit their frames on another origin is the engine specs'
// tests/engines/embeds.spec.ts, in every engine, from the same snippets.json the control reads.)
import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { useBrowser } from './fixtures.ts';
import { copySnippet } from './foreign-host.ts';
import { ORIGIN_SLOT, THEME_SLOT } from '../../src/lib/embed/embed-snippet.ts';

const b = useBrowser();
const charts: { id: string }[] = await (await fetch(`${b.site()}/data/charts.json`)).json();

describe('the story’s Embed control', () => {
	it('gives each chart its snippet, with absolute URLs and the served script’s SRI hash', async () => {
		const page = await b.open('/');
		expect(await page.locator('[data-embed-tools]').count()).toBe(charts.length);
		const escaped = b.site().replace(/[.]/g, '\\.');
		for (const [nth, chart] of charts.entries()) {
			const snippet = await copySnippet(page, { nth });
			// What the build made for this chart, filled in as the control says it does.
			const built = (await (await fetch(`${b.site()}/embed/${chart.id}/snippets.json`)).json()) as {
				responsive: string;
			};
			expect(snippet).toBe(
				built.responsive
					.replaceAll(THEME_SLOT, 'light')
					.replaceAll(ORIGIN_SLOT, new URL(b.site()).origin)
			);
			expect(snippet).toContain(`data-frame-src="${b.site()}/embed/${chart.id}?theme=light"`);
			const script =
				/<script src="([^"]+)" integrity="([^"]+)" crossorigin="anonymous" async><\/script>/.exec(
					snippet
				);
			expect(script, snippet).not.toBeNull();
			expect(script![1]).toMatch(new RegExp(`^${escaped}/embed-[0-9a-f]{10}\\.js$`));
			const served = Buffer.from(await (await fetch(script![1])).arrayBuffer());
			expect(script![2]).toBe(`sha384-${createHash('sha384').update(served).digest('base64')}`);
			const urls = [...snippet.matchAll(/\b(?:src|href|data-frame-src)="([^"]*)"/g)].map(
				(m) => m[1]
			);
			expect(urls.length).toBeGreaterThanOrEqual(2);
			for (const u of urls) expect(u.startsWith(`${b.site()}/`), `absolute URL: ${u}`).toBe(true);
		}
	});
});
