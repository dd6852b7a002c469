// The security policy, in Chromium: it is sent as a header and a meta tag; every page type works
// under it (the story read through with a citation and the Embed panel open, the sources page, an
// embed page with a citation open, the 404) with no violation, which the error net (fixtures.ts)
// would report; and the embed answers the frames handshake and nothing else. The engine specs watch
// the story and the embeds for violations in every engine.
import { describe, it, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { runs, useBrowser } from './fixtures.ts';
import { copySnippet } from './foreign-host.ts';
import { scrollThrough, storySteps } from '../engines/story-steps.ts';
import { collected } from '../engines/driver/collector.ts';

const b = useBrowser();
const charts: { id: string }[] = await (await fetch(`${b.site()}/data/charts.json`)).json();
const steps = await storySteps(b.site());

/** Opens the first figure's citation on the page, if it has figures. */
async function openCitation(page: Page) {
	const figure = page.locator('main a[data-claim]').first();
	if (!(await figure.count())) return;
	await figure.click();
	await expect.poll(() => page.locator('[role="dialog"]').isVisible()).toBe(true);
}

describe('content security policy', () => {
	it('is sent as a header and a meta tag, with no unsafe-inline scripts', async () => {
		const res = await fetch(`${b.site()}/`);
		const header = res.headers.get('content-security-policy') ?? '';
		expect(header).toContain("script-src 'self'");
		expect(header).toContain("frame-ancestors 'self'");
		const html = await res.text();
		const meta =
			/<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
		expect(meta).toMatch(/script-src 'self'(;|$)/);
		expect(meta).toContain("object-src 'none'");
		expect(meta).toContain("base-uri 'self'");
		const embed = await fetch(`${b.site()}/embed/${charts[0].id}`);
		expect(embed.headers.get('content-security-policy')).not.toContain('frame-ancestors');
	});

	it('has no violation on the story, read through, with a citation and the Embed panel open', async () => {
		const page = await b.open('/');
		await scrollThrough(
			runs(page),
			steps.map((s) => s.id)
		);
		await openCitation(page);
		await page.keyboard.press('Escape');
		await copySnippet(page);
	});

	it('has no violation on the sources page, an embed page with a citation open, and the 404', async () => {
		// The 404 page is itself a 404 response, which Chromium logs as a failed resource.
		b.allowErrors(/status of 404/);
		// Every embed page is loaded under the same net by embed-pages.test.ts (and framed in every
		// engine by tests/engines/embeds.spec.ts); here one of them opens a citation.
		for (const path of ['/sources', `/embed/${charts[0].id}`, '/embed/no-such-chart']) {
			const page = await b.open(path);
			await openCitation(page);
		}
	});

	it('notices a violation when there is one (the error net is not blind)', async () => {
		const page = await b.open('/sources');
		await page.evaluate(() => {
			const s = document.createElement('script');
			s.textContent = 'window.__ran = true';
			document.body.append(s);
		});
		await expect
			.poll(() => page.evaluate(collected))
			.toContainEqual(expect.stringMatching(/CSP violation: script-src/));
		expect(await page.evaluate(() => '__ran' in window), 'the policy blocked it').toBe(false);
		b.allowErrors(/CSP violation|Content Security Policy|Refused to execute/);
	});
});

describe('the embed’s message listener', () => {
	it('answers the frames handshake with its height, and nothing else', async () => {
		const page = await b.open(`/embed/${charts[0].id}`);
		/** In the page: posts `messages` to itself and returns the heights the embed sent back. A
		 *  top-level embed's parent is itself, so its answers come here; each is posted while a message
		 *  is handled, so before a marker posted after that one's handling ("done", then "read"). */
		const answersTo = (messages: unknown[]) =>
			page.evaluate(
				(sent) =>
					new Promise<number[]>((resolve) => {
						const answers: number[] = [];
						const listen = (e: MessageEvent) => {
							if (e.data === 'done') window.postMessage('read', '*');
							else if (e.data === 'read') {
								removeEventListener('message', listen);
								resolve(answers);
							} else if (e.data?.type === 'embed-size') answers.push(e.data.height);
						};
						// After two frames the page's own reports (load, first resize) are in.
						requestAnimationFrame(() =>
							requestAnimationFrame(() => {
								addEventListener('message', listen);
								for (const data of sent) window.postMessage(data, '*');
								window.postMessage('done', '*');
							})
						);
					}),
				messages
			);
		expect(await answersTo([null, 42, 'pym', [], {}, { sentinel: 'amp' }])).toEqual([]);
		expect(await answersTo([{ sentinel: 'amp', type: 'frames-init' }])).toEqual([
			await page.evaluate(() => document.documentElement.offsetHeight)
		]);
	});
});
