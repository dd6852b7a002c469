// The published files under /data/: each table as CSV (for code) and .xlsx (for spreadsheets), each
// chart's image edition as PNG and SVG, all claims as JSON, the chart manifest and the data package.
import { toCsv } from '$lib/csv';
import { reportsInWords } from '$lib/format';
import type { Claim } from '$lib/evidence/claim-schema';
import type { BuiltChart } from '$lib/charts/chart-spec';
import type { Site } from './site';
import type { SiteLocation } from './site-url';
import { publicUrl } from './site-url';
import { publishedTables } from './published-tables';
import { dataPackage } from './datapackage';
import { xlsx } from './xlsx';
import { chartImages } from './images/chart-images';

/** One entry of /data/charts.json: a built chart as published, with the URLs of its files. */
export type ChartManifestEntry = Pick<BuiltChart, 'id' | 'title' | 'description'> & {
	embed_url: string;
	csv_url: string;
	png_url: string;
	svg_url: string;
	/** The states the story's steps put it in, in order. */
	states: string[];
	claim_ids: string[];
};

/** The manifest; its URLs are root-relative, under the site's base path. */
export function chartManifest(site: Site, base: string): ChartManifestEntry[] {
	return site.charts.map((c) => ({
		id: c.id,
		title: c.title,
		description: c.description,
		embed_url: `${base}/embed/${c.id}`,
		csv_url: `${base}/data/${c.id}.csv`,
		png_url: `${base}/data/${c.id}.png`,
		svg_url: `${base}/data/${c.id}.svg`,
		states: [...c.states],
		claim_ids: c.claims
	}));
}

/** A file's content type and body; the body is made on first request (PNGs take a while). */
export interface DataFile {
	type: string;
	body(): string | Uint8Array | Promise<Uint8Array>;
}

const CSV = 'text/csv; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const json = (value: unknown) => JSON.stringify(value, null, 1) + '\n';

const built = new WeakMap<Site, Map<string, DataFile>>();

/** Every file under /data/, by name; listed once per site, each body made once. */
export function dataFiles(site: Site, at: SiteLocation): Map<string, DataFile> {
	let files = built.get(site);
	if (!files) {
		files = buildDataFiles(site, at);
		built.set(site, files);
	}
	return files;
}

const once = <T>(make: () => T): (() => T) => {
	let value: T | undefined;
	return () => (value ??= make());
};

function buildDataFiles(site: Site, at: SiteLocation): Map<string, DataFile> {
	const files = new Map<string, DataFile>();
	const tables = publishedTables(site);
	for (const t of tables) {
		files.set(`${t.name}.csv`, { type: CSV, body: once(() => toCsv(t.rows, t.columns)) });
		files.set(`${t.name}.xlsx`, { type: XLSX, body: once(() => xlsx(t.rows, t.columns)) });
	}
	for (const [id, image] of chartImages(site, at)) {
		files.set(`${id}.png`, { type: 'image/png', body: () => image.png.bytes() });
		files.set(`${id}.svg`, { type: 'image/svg+xml; charset=utf-8', body: () => image.svg });
	}
	files.set('claims.json', {
		type: JSON_TYPE,
		body: once(() =>
			json({
				about:
					'Every cited figure in “The last towns”: an exact quote, its article and paragraph (1-based; a paragraph is a run of non-blank lines).',
				articles: site.evidence.articles,
				claims: site.evidence.claims satisfies Claim[]
			})
		)
	});
	files.set('charts.json', {
		type: JSON_TYPE,
		body: once(() => json(chartManifest(site, at.base)))
	});
	files.set('datapackage.json', {
		type: JSON_TYPE,
		body: once(() =>
			json(
				dataPackage(
					tables,
					at.origin ? publicUrl('/', at) : undefined,
					reportsInWords(site.evidence.articles.length, site.evidence.stories.length)
				)
			)
		)
	});
	return files;
}
