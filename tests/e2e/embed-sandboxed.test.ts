// An embed in a sandboxed frame, in Chromium: a host on another origin frames the chart with
// sandbox="allow-scripts" and no allow-same-origin, so the embed's origin is opaque ("null") and
// every file it loads from the site is a cross-origin request. Its script still runs, tells the host
// its height (as AMP's amp-iframe reads it, `embed-size`), and a figure still opens its citation.
import { describe, it, expect } from 'vitest';
import { useBrowser } from './fixtures.ts';
import { useForeignHost } from './foreign-host.ts';

const b = useBrowser();
const host = useForeignHost();
const charts: { id: string }[] = await (await fetch(`${b.site()}/data/charts.json`)).json();

/** The host's frame, and a host script that sizes it from the frame's `embed-size` messages only. */
const sandboxed = (
	src: string
) => `<iframe id="chart" sandbox="allow-scripts" src="${src}" title="chart" width="100%" height="150"></iframe>
<script>
addEventListener('message', (event) => {
	const frame = document.getElementById('chart');
	if (event.source !== frame.contentWindow || event.data?.type !== 'embed-size') return;
	frame.height = String(event.data.height);
	frame.dataset.sized = String(event.data.height);
});
</script>`;

describe('an embed in a frame sandboxed without allow-same-origin', () => {
	it('sizes its frame and opens a citation', async () => {
		// Not the map: its geography is an SVG <use> of /map/*.svg, which browsers load from the
		// frame's own origin only, never across origins (CORS does not apply to <use>).
		const { id } = charts.find((c) => c.id !== 'town-sequence')!;
		const url = `${b.site()}/embed/${id}`;
		const page = await (await b.context({}, 'sandboxed host')).newPage();
		await page.goto(await host.publish('sandboxed', sandboxed(url)));
		const iframe = page.locator('iframe#chart');
		await page.locator('iframe#chart[data-sized]').waitFor({ state: 'attached', timeout: 10_000 });
		const frame = page.frames().find((f) => f.url() === url)!;
		// The opaque origin the test is about.
		expect(await frame.evaluate(() => origin)).toBe('null');
		// The frame holds the page at its full height: what the embed measured, not the default.
		const inside = await frame.evaluate(() => document.documentElement.offsetHeight);
		await expect.poll(async () => Number(await iframe.getAttribute('height'))).toBe(inside);
		expect(inside).toBeGreaterThan(150);
		// Its citation data is a cross-origin fetch too.
		await frame.locator('main a[data-claim]').first().click();
		await frame.locator('[data-citation-body] a').first().waitFor({ state: 'visible' });
	});
});
