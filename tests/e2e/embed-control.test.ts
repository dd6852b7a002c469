// The Embed control, in Chromium: on the story, each chart's control gives that chart's snippet,
// every URL in it absolute under the site's address, its script named by its content hash with the
// SRI hash of what is served; on an embed page, the colours and the code picked make the snippet. (That the snippets fit their frames on another origin is the engine specs'
// tests/engines/embeds.spec.ts, in every engine, from the same snippets.json the control reads.)
import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { useBrowser } from './fixtures.ts';
import { copySnippet } from './foreign-host.ts';
import { ORIGIN_SLOT, THEME_SLOT } from '../../src/lib/embed/embed-snippet.ts';

const b = useBrowser();
const charts: { id: string }[] = await (await fetch(`${b.site()}/data/charts.json`)).json();

/** A chart's snippets as the build made them (/embed/<id>/snippets.json), filled in for `theme`. */
async function built(id: string, theme: string) {
	const templates = (await (await fetch(`${b.site()}/embed/${id}/snippets.json`)).json()) as Record<
		'responsive' | 'iframe',
		string
	>;
	const fill = (t: string) =>
		t.replaceAll(THEME_SLOT, theme).replaceAll(ORIGIN_SLOT, new URL(b.site()).origin);
	return { responsive: fill(templates.responsive), iframe: fill(templates.iframe) };
}

describe('the story’s Embed control', () => {
	it('gives each chart its snippet, with absolute URLs and the served script’s SRI hash', async () => {
		const page = await b.open('/');
		expect(await page.locator('[data-embed-tools]').count()).toBe(charts.length);
		const escaped = b.site().replace(/[.]/g, '\\.');
		for (const [nth, chart] of charts.entries()) {
			const snippet = await copySnippet(page, { nth });
			// Its id names one chart of the manifest, and the snippet is what the build made for it.
			expect(chart.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
			expect(snippet).toBe((await built(chart.id, 'light')).responsive);
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

	it('on an embed page, gives the snippet for the colours and the code picked', async () => {
		const id = charts.at(-1)!.id;
		const page = await b.open(`/embed/${id}`);
		expect(await copySnippet(page, { theme: 'dark', variant: 'iframe' })).toBe(
			(await built(id, 'dark')).iframe
		);
		expect(await copySnippet(page, { theme: 'auto', variant: 'responsive' })).toBe(
			(await built(id, 'auto')).responsive
		);
	});
});
