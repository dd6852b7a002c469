// Reading the prerendered site the way a static host serves it, for the build tests.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { csvParse } from 'd3-dsv';
import type { Column, CsvRow } from '$lib/csv';

/** The build folder the tests read (npm test builds into its own, see package.json). */
export const BUILD = process.env.BUILD_DIR ?? 'build';

export function requireBuild() {
	if (!existsSync(join(BUILD, 'index.html'))) {
		throw new Error(`${BUILD}/index.html is missing: run \`npm run build\` first (npm test does).`);
	}
}

/** The base path the build was made for (BASE_PATH; npm test builds with one). */
export const BASE = process.env.BASE_PATH ?? '';

/** The build's file for a root-relative URL the site links to (`${BASE}/citations/story.json`). */
export const fileOf = (url: string) => url.slice(BASE.length).replace(/^\//, '');

/** Every file of the build (paths relative to it, with / between folders). */
export function buildFiles(dir = BUILD): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory()
			? buildFiles(join(dir, e.name))
			: [relative(BUILD, join(dir, e.name)).split('\\').join('/')]
	);
}

/** Every HTML page of the build. */
export const htmlFiles = () => buildFiles().filter((f) => f.endsWith('.html'));

export const read = (path: string) => readFileSync(join(BUILD, path), 'utf8');
export const html = (path: string): HTMLElement => parse(read(path));

/** A claim as /data/claims.json publishes it. */
export interface PublishedClaim {
	claim_id: string;
	article: string;
	paragraph: number;
	quote: string;
	value: number | null;
	low: number | null;
	high: number | null;
	text: string | null;
	event_date: string;
	status: string;
}

export function publishedClaims(): Map<string, PublishedClaim> {
	const published = JSON.parse(read('data/claims.json')) as { claims: PublishedClaim[] };
	return new Map(published.claims.map((c) => [c.claim_id, c]));
}

/** The claim ids every `[data-claim]` element of a page cites. */
export const citedIds = (page: HTMLElement) =>
	new Set(page.querySelectorAll('[data-claim]').flatMap((el) => el.getAttribute('data-claim')!.split(' ')));

/**
 * Reads a chart CSV the way a data user's script would: d3-dsv, numbers by column type, and the
 * formula guard's leading apostrophe dropped again (before =, +, -, @, tab or CR).
 */
export function readCsvAsUser(csv: string, columns: Column[]): CsvRow[] {
	return csvParse(csv).map((r) =>
		Object.fromEntries(
			columns.map((c) => {
				const raw = r[c.key] ?? '';
				if (raw === '') return [c.key, null];
				return [c.key, c.type === 'number' ? Number(raw) : raw.replace(/^'(?=[=+\-@\t\r])/, '')];
			})
		)
	);
}
