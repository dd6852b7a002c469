// The scripts a page really loads, as the network and the served HTML show them (no assumption about
// how the page bootstraps): a fresh browser context opens the page, and every response Chromium
// classes as a script (or serves as JavaScript) is counted at its transferred size (the encoded
// body, i.e. gzip when the server compresses), plus every inline <script> element of every
// document the page loads, whatever its type (JSON data blocks included), at its gzip -9 size.
// First view: what loads before any scrolling, once the page has settled. Full scroll: after
// scrolling to the bottom in half-screen steps (so that lazy islands near each part hydrate) and
// settling again. fetch()/XHR responses are data asked for by a script: listed apart, not summed in.
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import type { Browser, BrowserContextOptions, Page, Request } from 'playwright-core';
import { settle, trackRequests } from './page-settle.ts';

export type Phase = 'first-view' | 'scroll';

export interface LoadedItem {
	/** The response URL, or `<document URL> inline #<n>` for an inline <script>. */
	name: string;
	kind: 'network' | 'inline';
	/** Inline: the type attribute ('' for classic JS); network: the content-type. */
	type: string;
	/** Network: encoded body bytes as transferred; inline: gzip -9 of the element's text. */
	bytes: number;
	/** Decoded bytes. */
	raw: number;
	phase: Phase;
}

export interface LoadedSet {
	bytes: number;
	raw: number;
	items: LoadedItem[];
}

export interface LoadedScripts {
	url: string;
	/** Scripts and inline <script> elements loaded before any scrolling. */
	firstView: LoadedSet;
	/** Everything loaded by the time a scroll to the bottom has settled (includes firstView). */
	fullScroll: LoadedSet;
	/** fetch()/XHR responses over the whole visit (not part of the script sums). */
	fetched: LoadedSet;
	/** The HTML documents loaded (main frame and any iframe), transferred and decoded bytes. */
	documents: Array<{ url: string; bytes: number; raw: number; phase: Phase }>;
	reachedBottom: boolean;
}

export interface LoadedScriptsOptions {
	context?: BrowserContextOptions;
	/** Scroll to the bottom after the first view (default true). */
	scroll?: boolean;
}

const gzipBytes = (text: string) => gzipSync(Buffer.from(text), { level: 9 }).length;

/** Every inline <script> (no src) of an HTML document, found with node-html-parser. */
export function inlineScripts(html: string): Array<{ type: string; text: string }> {
	const doc = parse(html, { blockTextElements: { script: true, style: true, noscript: true } });
	return doc
		.querySelectorAll('script')
		.filter((el) => el.getAttribute('src') === undefined)
		.map((el) => ({ type: (el.getAttribute('type') ?? '').trim(), text: el.rawText }));
}

const isScript = (request: Request, contentType: string) =>
	request.resourceType() === 'script' || /(java|ecma)script/i.test(contentType);

// Plain JS strings, so that no transpiler helper (tsx adds __name) leaks into the page.
const STEP_SCRIPT = `(() => {
	const el = document.scrollingElement || document.documentElement;
	window.scrollBy(0, Math.round(window.innerHeight / 2));
	return { y: window.scrollY, bottom: el.scrollHeight - window.innerHeight };
})()`;

async function scrollToBottom(page: Page): Promise<boolean> {
	for (let step = 0, atBottomFor = 0; step < 1000; step++) {
		const { y, bottom } = (await page.evaluate(STEP_SCRIPT)) as { y: number; bottom: number };
		await page.waitForTimeout(80);
		atBottomFor = y >= bottom - 1 ? atBottomFor + 1 : 0;
		if (atBottomFor >= 5) return true; // the bottom held (content below did not grow) for 5 steps
	}
	return false;
}

const total = (items: LoadedItem[]): LoadedSet => ({
	bytes: items.reduce((s, i) => s + i.bytes, 0),
	raw: items.reduce((s, i) => s + i.raw, 0),
	items: [...items].sort((a, b) => b.bytes - a.bytes)
});

/** Opens `url` in a fresh context of `browser` and records the scripts it loads. */
export async function loadedScripts(
	browser: Browser,
	url: string,
	options: LoadedScriptsOptions = {}
): Promise<LoadedScripts> {
	const context = await browser.newContext(options.context ?? {});
	try {
		const requests = trackRequests(context);
		let phase: Phase = 'first-view';
		const phaseOf = new Map<Request, Phase>();
		context.on('request', (request) => phaseOf.set(request, phase));
		const pending: Array<Promise<void>> = [];
		const scripts: LoadedItem[] = [];
		const fetched: LoadedItem[] = [];
		const documents: LoadedScripts['documents'] = [];
		const errors: string[] = [];
		context.on('requestfinished', (request) => {
			pending.push(
				(async () => {
					const response = await request.response();
					if (!response) return;
					const contentType = (await response.headerValue('content-type')) ?? '';
					const kind = request.resourceType();
					const wanted = isScript(request, contentType) || kind === 'document';
					if (!wanted && kind !== 'fetch' && kind !== 'xhr') return;
					const [sizes, body] = await Promise.all([request.sizes(), response.body()]);
					const when = phaseOf.get(request) ?? phase;
					if (kind === 'document') {
						const at = request.url();
						documents.push({
							url: at,
							bytes: sizes.responseBodySize,
							raw: body.length,
							phase: when
						});
						inlineScripts(body.toString('utf8')).forEach((s, i) =>
							scripts.push({
								name: `${at} inline #${i + 1}`,
								kind: 'inline',
								type: s.type,
								bytes: gzipBytes(s.text),
								raw: Buffer.byteLength(s.text),
								phase: when
							})
						);
						return;
					}
					const item: LoadedItem = {
						name: request.url(),
						kind: 'network',
						type: contentType,
						bytes: sizes.responseBodySize,
						raw: body.length,
						phase: when
					};
					(isScript(request, contentType) ? scripts : fetched).push(item);
				})().catch((error: unknown) => {
					errors.push(`${request.url()}: ${error instanceof Error ? error.message : error}`);
				})
			);
		});

		const page = await context.newPage();
		await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
		await settle(page, requests);
		let reachedBottom = false;
		if (options.scroll ?? true) {
			phase = 'scroll';
			reachedBottom = await scrollToBottom(page);
			await settle(page, requests);
		}
		for (let n = -1; n !== pending.length;) {
			n = pending.length;
			await Promise.all(pending);
		}
		if (errors.length) throw new Error(`could not size every response:\n${errors.join('\n')}`);
		return {
			url,
			firstView: total(scripts.filter((s) => s.phase === 'first-view')),
			fullScroll: total(scripts),
			fetched: total(fetched),
			documents,
			reachedBottom
		};
	} finally {
		await context.close();
	}
}
