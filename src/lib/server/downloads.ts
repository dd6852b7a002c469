// The published data files: per-chart CSV, all claims as CSV and JSON, and the chart manifest.
import { CLAIM_COLUMNS, type Claim } from '$lib/evidence/claims-csv';
import { toCsv, type Column } from '$lib/csv';
import { base } from '$app/paths';
import type { BuiltChart, Site } from './site';

const NUMBER_CLAIM_COLUMNS = new Set(['paragraph', 'value', 'low', 'high']);

/** claims.csv columns, typed for the round trip. */
export const CLAIM_CSV_COLUMNS: Column[] = CLAIM_COLUMNS.map((key) => ({
	key,
	type: NUMBER_CLAIM_COLUMNS.has(key) ? 'number' : 'string',
	description: key
}));

/** One entry of /data/charts.json. */
export interface ChartManifestEntry {
	id: string;
	title: string;
	description: string;
	embed_url: string;
	csv_url: string;
	/** The states the story's steps put it in, in order. */
	states: string[];
	claim_ids: string[];
}

/** The manifest; its URLs are root-relative, under the site's base path. */
export function chartManifest(charts: BuiltChart[], base: string): ChartManifestEntry[] {
	return charts.map((c) => ({
		id: c.id,
		title: c.title,
		description: c.description,
		embed_url: `${base}/embed/${c.id}`,
		csv_url: `${base}/data/${c.id}.csv`,
		states: [...c.states],
		claim_ids: c.claims
	}));
}

type DataFile = { type: string; body: string };

/** A claim as a CSV row: the same fields, typed as cells. */
const claimRow = (c: Claim) => ({ ...c });
const built = new WeakMap<Site, Map<string, DataFile>>();

/** Every file under /data/, by name, with its content type and body; built once per content. */
export function dataFiles(content: Site): Map<string, DataFile> {
	let files = built.get(content);
	if (!files) {
		files = buildDataFiles(content);
		built.set(content, files);
	}
	return files;
}

function buildDataFiles(content: Site): Map<string, DataFile> {
	const files = new Map<string, DataFile>();
	const csv = 'text/csv; charset=utf-8';
	const json = 'application/json; charset=utf-8';
	for (const chart of content.charts) {
		files.set(`${chart.id}.csv`, { type: csv, body: toCsv(chart.rows, chart.columns) });
	}
	const claims = content.evidence.claims;
	files.set('claims.csv', { type: csv, body: toCsv(claims.map(claimRow), CLAIM_CSV_COLUMNS) });
	files.set('claims.json', {
		type: json,
		body:
			JSON.stringify(
				{
					about:
						'Every cited figure in “The last towns”: an exact quote, its article and paragraph (1-based; a paragraph is a run of non-blank lines).',
					articles: content.evidence.articles,
					claims: claims satisfies Claim[]
				},
				null,
				1
			) + '\n'
	});
	files.set('charts.json', {
		type: json,
		body: JSON.stringify(chartManifest(content.charts, base), null, 1) + '\n'
	});
	return files;
}
