// The one site pipeline, run once per build: verify the evidence, check the copy against the charts,
// derive our own figures, project the map and build every chart. Bad input stops it with Problems.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import archieml from 'archieml';
import { claimGetter } from '$lib/evidence/claims-csv';
import { deriveFigures, type DerivedFigure } from '$lib/evidence/derived';
import { writtenFrom } from '$lib/evidence/articles';
import { verifyReferences, type ClaimReference } from '$lib/evidence/verify-claims';
import {
	CheckError,
	EvidenceError,
	problemAt,
	type Problem,
	type ProblemCode,
	type ProblemPlace
} from '$lib/evidence/problems';
import { citedBy, claimFigure, derivedFigure, reportCount, type Figure } from '$lib/figures/figure';
import { generatedCopy } from '$lib/story/generated-copy';
import type { MapData } from '$lib/geography';
import type { CsvRow } from '$lib/csv';
import type { AnyChartSpec, BuiltChart, ChartContext } from '$lib/charts/chart-spec';
import { CHART_SPECS } from '$lib/charts/registry';
import {
	copyFromArchie,
	mapParts,
	partLists,
	type CopyRelations,
	type StoryCopy,
	type StoryOf
} from '$lib/story/copy';
import { checkCopyAgainstCharts, findNumberWords, findTypedFigures } from '$lib/story/copy-check';
import { checkStoryLines } from '$lib/story/story-lines';
import { checkRelations } from '$lib/story/relations';
import { rowClaimIds, wrongCell } from './chart-rows';
import { findForbiddenWords } from '$lib/story/copy-words';
import { checkCopyTies } from '$lib/story/copy-ties';
import { checkCopyFit } from '$lib/story/copy-fit';
import { buildMap } from './geo/map';
import { checkTownPlaces, placesFileOf } from './geo/town-places';
import { riverGeometries } from './geo/rivers';
import { countryAreas } from './geo/areas';
import { DATA_DIR, readEvidence, type Evidence } from './evidence-files';

/** The story with every reference resolved to the figure it shows. */
export type Story = StoryOf<string | Figure>;

export interface Site {
	evidence: Evidence;
	story: Story;
	derived: DerivedFigure[];
	charts: BuiltChart[];
	map: MapData;
}

function readCopy(
	dir: string,
	problems: Problem[],
	lastReport?: { label: string; from: string }
): { copy: StoryCopy; relations: CopyRelations; source: string } | null {
	let raw: Record<string, unknown>;
	let source: string;
	try {
		source = readFileSync(join(dir, 'story.aml'), 'utf8');
		raw = archieml.load(source);
	} catch (e) {
		problems.push(
			problemAt(
				{ where: 'story.aml', file: 'story.aml' },
				'story-unreadable',
				`cannot be read: ${(e as Error).message}`
			)
		);
		return null;
	}
	// Lines ArchieML drops come first, at their line. A dropped line or block changes the story's
	// shape, so it is the one cause: what follows from it (a missing field, a step gone) is not named.
	const lineProblems = checkStoryLines(source);
	if (lineProblems.some((p) => p.code !== 'unknown-field')) {
		problems.push(...lineProblems);
		return null;
	}
	const { copy, relations, problems: copyProblems } = copyFromArchie(raw, lastReport);
	const named = new Set(lineProblems.map((p) => `${p.code} ${p.id} ${p.field}`));
	problems.push(
		...lineProblems, // an unknown key is named once, at its line
		...copyProblems
			.filter((p) => !named.has(`${p.code} ${p.id} ${p.field}`))
			.map((p) => atDateLine(p, source)),
		...findTypedFigures(copy),
		...findForbiddenWords(copy, source, relations)
	);
	return { copy, relations, source };
}

/** A problem with the page's published: or updated: day, placed at that key's line. */
function atDateLine(p: Problem, source: string): Problem {
	if (p.field !== 'published' && p.field !== 'updated') return p;
	const i = source.split('\n').findIndex((l) => l.startsWith(`${p.field}:`));
	return i < 0 ? p : { ...p, line: i + 1, where: `story.aml line ${i + 1}` };
}

/** The report written last, by the first day each can have been written (articles.json). */
function lastReport(evidence: Evidence): { label: string; from: string } | undefined {
	const written = evidence.articles.flatMap((a) => {
		const from = writtenFrom(evidence.articles, a.file);
		return from ? [{ label: a.label, from }] : [];
	});
	return written.sort((a, b) => b.from.localeCompare(a.from))[0];
}

/** Claim references in the copy, with where, for the reference check. */
function copyReferences(copy: StoryCopy): { claims: ClaimReference[]; derived: ClaimReference[] } {
	const claims: ClaimReference[] = [];
	const derived: ClaimReference[] = [];
	for (const [, parts, place] of partLists(copy)) {
		for (const p of parts) {
			if (typeof p === 'string') continue;
			if (p.ref === 'claim') claims.push({ claim_id: p.id, place });
			else if (p.ref === 'derived') derived.push({ claim_id: p.id, place });
			else if (p.ref === 'reports') claims.push(...p.ids.map((id) => ({ claim_id: id, place })));
		}
	}
	return { claims, derived };
}

/** An empty cell is null, as it reads back from CSV. */
function blankToNull(row: CsvRow): CsvRow {
	const out: CsvRow = {};
	for (const [k, v] of Object.entries(row)) out[k] = v === '' ? null : v;
	return out;
}

/** The reports a chart's claims quote, in the order of the articles. */
function sourcesOf(evidence: Evidence, claims: string[]): BuiltChart['sources'] {
	const files = new Set(
		evidence.claims.filter((c) => claims.includes(c.claim_id)).map((c) => c.article)
	);
	return evidence.articles
		.filter((a) => files.has(a.file))
		.map((a) => ({ label: a.label, file: a.file }));
}

/** The charts in the order the story shows them; any it does not show after, by id. */
function storyOrder(copy: StoryCopy, specs: AnyChartSpec[]): AnyChartSpec[] {
	const shown = copy.sections.flatMap((s) => (s.chart ? [s.chart] : []));
	const at = (id: string) => (shown.includes(id) ? shown.indexOf(id) : shown.length);
	return [...specs].sort((a, b) => at(a.id) - at(b.id) || a.id.localeCompare(b.id));
}

function buildChart(spec: AnyChartSpec, ctx: ChartContext, evidence: Evidence): BuiltChart {
	const { rows, props } = spec.build(ctx);
	const cites = citedBy(props);
	const unshown = rowClaimIds(rows).filter((id) => !cites.claims.includes(id));
	if (unshown.length) {
		throw new CheckError(
			'chart-row-not-shown',
			`its CSV rows cite ${unshown.join(', ')}, which the chart does not show; a row is a plotted value`
		);
	}
	const wrong = wrongCell(rows, spec.columns);
	if (wrong) throw new CheckError('chart-cell-wrong-type', wrong);
	return {
		id: spec.id,
		title: spec.title,
		description: spec.description,
		states: spec.states,
		final: spec.final,
		map: spec.map ?? false,
		columns: spec.columns,
		rows: rows.map(blankToNull),
		props: props as Record<string, unknown>,
		...cites,
		sources: sourcesOf(evidence, cites.claims)
	};
}

/** A problem from an error a check threw: its own code if it has one, else `fallback`. */
function problemOfError(place: ProblemPlace, e: unknown, fallback: ProblemCode): Problem {
	const code = e instanceof CheckError ? e.code : fallback;
	return problemAt(place, code, e instanceof Error ? e.message : String(e));
}

/** Reads, verifies and builds the site from a data folder. Throws EvidenceError on any problem. */
export function readSite(dir = DATA_DIR, specs: AnyChartSpec[] = CHART_SPECS): Site {
	const evidence = readEvidence(dir);
	const problems: Problem[] = [];
	const read = readCopy(dir, problems, lastReport(evidence));
	if (!read) throw new EvidenceError(problems, 'The story copy does not check out');
	const { copy, relations, source } = read;
	const charts: BuiltChart[] = [];
	specs = storyOrder(copy, specs);
	problems.push(...checkCopyAgainstCharts(copy, specs), ...findNumberWords(copy, specs));
	const refs = copyReferences(copy);
	problems.push(...verifyReferences(evidence.claims, refs.claims));
	const copyProblems = problems.length;

	// The map is drawn from the towns' positions: a position off its country stops here, named.
	const places = checkTownPlaces(placesFileOf(dir));
	if (places.length) throw new EvidenceError([...problems, ...places]);
	const map = buildMap();
	const derived = deriveFigures(evidence.claims, countryAreas());
	const derivedById = new Map(derived.map((d) => [d.id, d]));
	for (const r of refs.derived) {
		if (!derivedById.has(r.claim_id)) {
			problems.push(
				problemAt(
					r.place,
					'unknown-derived',
					`cites derived figure "=${r.claim_id}", which src/lib/evidence/derived.ts does not compute; it computes: ${[...derivedById.keys()].join(', ')}`
				)
			);
		}
	}

	const claim = claimGetter(evidence.claims);
	const getDerived = (id: string): DerivedFigure => {
		const d = derivedById.get(id);
		if (!d) {
			throw new CheckError(
				'unknown-derived',
				`derived figure "${id}" is not computed by src/lib/evidence/derived.ts`
			);
		}
		return d;
	};
	const labels = Object.fromEntries(evidence.articles.map((a) => [a.file, a.label]));
	const stories = evidence.stories.map((s) => s.files);
	/** A count of reports is ours: it joins the derived figures, so its citation can say how. */
	const countReports = (ids: string[], capital = false): Figure => {
		const count = reportCount(ids.map(claim), labels, stories, capital);
		if (!derivedById.has(count.id)) {
			derivedById.set(count.id, count);
			derived.push(count);
		}
		return derivedFigure(count);
	};
	const ctx: ChartContext = {
		claim,
		derived: getDerived,
		figure: (ids, opts) => claimFigure((Array.isArray(ids) ? ids : [ids]).map(claim), opts),
		derivedFigure: (id) => derivedFigure(getDerived(id)),
		reports: (ids) => countReports(ids),
		sources: (ids) => reportCount(ids.map(claim), labels, stories).value ?? 0,
		writtenFrom: (id) => writtenFrom(evidence.articles, claim(id).article),
		map
	};
	const generated = generatedCopy(evidence.articleTexts);
	for (const spec of specs) {
		try {
			charts.push(buildChart(spec, ctx, evidence));
		} catch (e) {
			const file = `src/lib/charts/${spec.id}/spec.ts`;
			const place = { where: `chart ${spec.id} (${file})`, file, id: spec.id };
			problems.push(problemOfError(place, e, 'chart-build-failed'));
		}
	}
	// References were checked above: resolve them only when they all exist.
	const story = copyProblems
		? null
		: mapParts(copy, (p, place): string | Figure => {
				if (typeof p === 'string') return p;
				try {
					if (p.ref === 'claim') return claimFigure(claim(p.id), { show: p.show });
					if (p.ref === 'derived') return derivedFigure(getDerived(p.id));
					if (p.ref === 'reports') return countReports(p.ids, p.capital);
					if (!Object.hasOwn(generated, p.id)) {
						throw new CheckError(
							'unknown-generated',
							`"{{@${p.id}}}" is not generated text; there is: ${Object.keys(generated).join(', ')}`
						);
					}
					return generated[p.id];
				} catch (e) {
					problems.push(problemOfError(place, e, 'reference-unresolved'));
					return '';
				}
			});
	// Relations are checked on a copy and charts that are otherwise sound, so one edit gives one cause.
	if (!problems.length) {
		const data = { ...evidence, derived, towns: map.towns, rivers: riverGeometries(), charts };
		problems.push(
			...checkRelations({ story: copy, relations, source }, data),
			...checkCopyTies(copy, relations, source, { claims: evidence.claims, charts, derived }),
			...checkCopyFit(copy, relations, source, { claims: evidence.claims, charts, derived })
		);
	}
	if (problems.length || !story) {
		throw new EvidenceError(problems, 'The story or the charts do not check out');
	}
	return { evidence, story, derived, charts, map };
}

let cached: Site | undefined;

/** The project's site, read once per build. */
export function site(): Site {
	cached ??= readSite();
	return cached;
}
