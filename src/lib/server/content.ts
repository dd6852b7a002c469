// Assembles everything the site renders, once per build: verified evidence, story, charts, map.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import archieml from 'archieml';
import { verifyReferences, type Claim, type ClaimProblem } from '$lib/claims';
import { storyFromArchie, storyReferences, findTypedFigures, type Story } from '$lib/story';
import { deriveFigures, type DerivedFigure } from '$lib/derived';
import { CHART_META, type ChartData } from '$lib/charts';
import {
	territoryLostRows,
	TERRITORY_COLUMNS,
	heldShareRows,
	HELD_COLUMNS,
	fighterRows,
	FIGHTER_COLUMNS,
	townRows,
	TOWN_COLUMNS,
	sizeRows,
	SIZE_COLUMNS
} from '$lib/chart-data';
import { canonicalTown, type MapData, type CountryArea } from '$lib/geography';
import { nice, ticks } from 'd3-array';
import { buildMap, countryAreas } from '$lib/server/map';
import { DATA_DIR, EvidenceError, readEvidence, type Evidence } from '$lib/server/evidence';

/** The story with the ids it cites, for the verifier's summary. */
export interface StoryContent extends Story {
	citedIds: string[];
}

export interface SiteContent {
	evidence: Evidence;
	story: StoryContent;
	derived: DerivedFigure[];
	charts: ChartData[];
	map: MapData;
	areas: CountryArea[];
}

function buildCharts(
	claims: Claim[],
	story: Story,
	derived: DerivedFigure[],
	map: MapData
): ChartData[] {
	const townSteps = story.sections.find((s) => s.chart === 'town-sequence')?.steps ?? [];
	const built: Record<string, Pick<ChartData, 'columns' | 'rows'>> = {
		'caliphate-size': { columns: SIZE_COLUMNS, rows: sizeRows(claims, derived) },
		'territory-lost': { columns: TERRITORY_COLUMNS, rows: territoryLostRows(claims) },
		'held-shares': { columns: HELD_COLUMNS, rows: heldShareRows(claims) },
		'town-sequence': { columns: TOWN_COLUMNS, rows: townRows(claims, townSteps, map) },
		fighters: { columns: FIGHTER_COLUMNS, rows: fighterRows(claims, derived) }
	};
	const fightersMax = Math.max(...built.fighters.rows.map((r) => Number(r.high ?? 0)));
	const [, top] = nice(0, fightersMax, 5);
	const axes: Record<string, ChartData['axis']> = {
		fighters: { max: top, ticks: ticks(0, top, 5) }
	};
	return CHART_META.map((meta) => {
		const { columns } = built[meta.id];
		// An empty cell is null, as it reads back from CSV.
		const rows = built[meta.id].rows.map((r) =>
			Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === '' ? null : v]))
		);
		// Every column that names claims (`claim_id`, `reported_claim_id`, …) counts as cited.
		const claim_ids = [
			...new Set(
				rows.flatMap((r) =>
					Object.entries(r)
						.filter(([k, v]) => /(^|_)claim_id$/.test(k) && v)
						.flatMap(([, v]) => String(v).split(' '))
				)
			)
		];
		return { ...meta, columns, rows, claim_ids, ...(axes[meta.id] ? { axis: axes[meta.id] } : {}) };
	});
}

/** Places named after a town: their spellings are the town's. */
const TOWN_OF_PLACE: Record<string, string> = {
	'deir-ez-zor-province': 'deir-ez-zor',
	'al-qaim-border-crossing': 'al-qaim'
};

/** Every spelling in `place_as_written` that names a town must name the claim's `place`. */
export function verifySpellings(claims: Claim[]): ClaimProblem[] {
	return claims.flatMap((c) => {
		const town = c.place_as_written ? canonicalTown(c.place_as_written) : null;
		const expected = TOWN_OF_PLACE[c.place] ?? c.place;
		return town && town !== expected
			? [
					{
						claim_id: c.claim_id,
						message: `place_as_written "${c.place_as_written}" is a spelling of ${town}, but place is "${c.place}"`
					}
				]
			: [];
	});
}

/** Reads, verifies and assembles the site from a data folder. Throws EvidenceError on any problem. */
export function readSiteContent(dir = DATA_DIR): SiteContent {
	const evidence = readEvidence(dir);
	const { story, problems: copyProblems } = storyFromArchie(
		archieml.load(readFileSync(join(dir, 'story.aml'), 'utf8'))
	);
	const problems: ClaimProblem[] = [...copyProblems, ...findTypedFigures(story)].map((p) => ({
		claim_id: `(${p.where})`,
		message: p.message
	}));
	const refs = storyReferences(story);
	problems.push(...verifyReferences(evidence.claims, refs.claims));
	problems.push(...verifySpellings(evidence.claims));
	if (problems.length) throw new EvidenceError(problems, 'The story copy does not check out');

	const map = buildMap();
	const areas = countryAreas();
	const derived = deriveFigures(evidence.claims, areas);
	const derivedIds = new Set(derived.map((d) => d.id));
	const unknownDerived = refs.derived.filter((r) => !derivedIds.has(r.claim_id));
	if (unknownDerived.length) {
		throw new EvidenceError(
			unknownDerived.map((r) => ({
				claim_id: r.claim_id,
				message: `${r.where} cites derived figure "${r.claim_id}", which src/lib/derived.ts does not compute`
			}))
		);
	}
	const charts = buildCharts(evidence.claims, story, derived, map);
	const citedIds = [...new Set(refs.claims.map((r) => r.claim_id))];
	return { evidence, story: { ...story, citedIds }, derived, charts, map, areas };
}

let cached: SiteContent | undefined;

/** The project's site content, read once per build. */
export function siteContent(): SiteContent {
	cached ??= readSiteContent();
	return cached;
}
