// Bytes: every script each page really loads (tools/loaded-scripts.ts: network responses at their
// transferred, gzip size, plus inline <script> elements, JSON data blocks included), at first view
// and after a full scroll; and the size of index.html, gzip -9 and brotli (quality 11).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { loadedScripts, type LoadedScripts } from '../tools/loaded-scripts.ts';
import { log } from './log.ts';
import { MOBILE } from './settings.ts';

export interface HtmlSize {
	raw: number;
	gzip: number;
	brotli: number;
}

export function htmlSize(file: string): HtmlSize {
	const buf = readFileSync(file);
	return {
		raw: buf.length,
		gzip: gzipSync(buf, { level: 9 }).length,
		brotli: brotliCompressSync(buf, {
			params: {
				[constants.BROTLI_PARAM_QUALITY]: 11,
				[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
				[constants.BROTLI_PARAM_SIZE_HINT]: buf.length
			}
		}).length
	};
}

/** The chart ids of the build, from build/data/charts.json (each has an /embed/<id> page). */
export function chartIds(buildDir: string): string[] {
	const charts = JSON.parse(readFileSync(join(buildDir, 'data', 'charts.json'), 'utf8')) as Array<{
		id: string;
	}>;
	return charts.map((chart) => chart.id);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Loads each page once (bytes do not vary with machine noise) and records what it loads. */
export async function scriptBytes<K extends string>(
	browser: Browser,
	pages: Record<K, string>
): Promise<Record<K, LoadedScripts>> {
	const out = {} as Record<K, LoadedScripts>;
	for (const label of Object.keys(pages) as K[]) {
		const loaded = await loadedScripts(browser, pages[label], { context: MOBILE });
		out[label] = loaded;
		log(
			`  ${label}: scripts ${kb(loaded.firstView.bytes)} at first view, ` +
				`${kb(loaded.fullScroll.bytes)} after a full scroll` +
				(loaded.fetched.items.length ? `; ${kb(loaded.fetched.bytes)} fetched as data` : '') +
				(loaded.reachedBottom ? '' : ' (the scroll did not reach the bottom)')
		);
	}
	return out;
}
