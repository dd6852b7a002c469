// The order of the story's steps must fit what they say and show: a chart's states go in its
// spec's order through the steps; "the same report" opening a step means a report the step before
// cited; a step tells a figure its chart shows that no step has told, not one an earlier step told
// again; and the dek's dates are in the month of the latest event the story tells. Pure.
import type { Claim } from '$lib/evidence/claim-schema';
import { problemAt, type Problem } from '$lib/evidence/problems';
import type { CopyRef, CopyRelations, StoryCopy } from './copy';
import { PLACES, stepBlock, stepPlace } from './copy-places';
import { exempt, idsOf, runOf, say, townsNamed } from './copy-ties';
import { lineOfPiece } from './copy-words';

/** What these checks read of a built chart. */
export interface SequenceChart {
	id: string;
	states: readonly string[];
	claims: string[];
}

/** A problem at a step's `state:` line. */
function atState(lines: string[], id: string, state: string, code: Problem['code'], msg: string) {
	const line = lineOfPiece(lines, id, `state: ${state}`);
	const where = `story.aml ${line ? `line ${line}, ` : ''}step ${id}`;
	return problemAt({ ...stepPlace(id, 'state'), where, ...(line ? { line } : {}) }, code, msg);
}

/** A section's steps show their chart's states in the spec's order (a state may be shown again). */
export function findStatesOutOfOrder(
	copy: StoryCopy,
	source: string,
	charts: SequenceChart[]
): Problem[] {
	const lines = source.split('\n');
	const out: Problem[] = [];
	for (const section of copy.sections) {
		const chart = charts.find((c) => c.id === section.chart);
		if (!chart) continue;
		let before: { id: string; state: string; at: number } | null = null;
		for (const step of section.steps) {
			const at = chart.states.indexOf(step.state);
			if (at < 0) continue;
			if (before && at < before.at) {
				out.push(
					atState(
						lines,
						step.id,
						step.state,
						'step-state-out-of-order',
						`state: ${step.state} comes before ${before.state} (step ${before.id}, the step before) in chart ${chart.id}'s order (${chart.states.join(', ')}): put the steps in that order`
					)
				);
			}
			before = { id: step.id, state: step.state, at };
		}
	}
	return out;
}

/** Words that point back at the report (or town) of what came before. */
const SAME_REPORT = /(?<![\p{L}])the same (?:report|account|article|story|source)(?![\p{L}])/giu;
const SAME_TOWN = /(?<![\p{L}])the same (?:town|city|place)(?![\p{L}])/giu;

/**
 * "The same report" in a step means a report the step before cites; "the same town", the town the
 * step before shows or names. Moving the step elsewhere breaks what they point at.
 */
export function findAnaphoraUnresolved(
	copy: StoryCopy,
	relations: CopyRelations,
	source: string,
	claims: Claim[]
): Problem[] {
	const lines = source.split('\n');
	const byId = new Map(claims.map((c) => [c.claim_id, c]));
	const articlesOf = (refs: CopyRef[]) =>
		new Set(refs.flatMap(idsOf).map((id) => byId.get(id)?.article ?? ''));
	const out: Problem[] = [];
	for (const section of copy.sections) {
		section.steps.forEach((step, i) => {
			const prev = section.steps[i - 1];
			const notes = relations.steps[step.id] ?? [];
			const run = runOf(PLACES.text(stepBlock(step.id)), step.text, notes);
			for (const m of run.text.matchAll(SAME_REPORT)) {
				if (exempt(run, m.index, m.index + m[0].length)) continue;
				// The claims this sentence cites after the words, against those the step before cites.
				const own = articlesOf(run.refs.filter((r) => r.at > m.index).map((r) => r.ref));
				const earlier = prev ? articlesOf(prev.text.filter((p) => typeof p !== 'string')) : null;
				if (earlier && [...own].some((a) => a && earlier.has(a))) continue;
				out.push(
					say(
						run,
						lines,
						'anaphor-unresolved',
						m[0],
						`"${m[0]}" points back at a report the step before cites, but ${prev ? `step ${prev.id} cites none of the reports this step's claims are in (${[...own].join(', ') || 'none'})` : 'no step comes before it in its section'}: name the report, or put the step after the one it follows`
					)
				);
			}
			for (const m of run.text.matchAll(SAME_TOWN)) {
				if (exempt(run, m.index, m.index + m[0].length)) continue;
				const towns = (s: typeof step) => [
					s.state,
					...townsNamed(runOf(PLACES.text(stepBlock(s.id)), s.text, []).text).map((t) => t.town)
				];
				if (prev && towns(prev).includes(step.state)) continue;
				out.push(
					say(
						run,
						lines,
						'anaphor-unresolved',
						m[0],
						`"${m[0]}" points back at the town of the step before, but ${prev ? `step ${prev.id} neither shows nor names ${step.state}` : 'no step comes before it in its section'}: name the town, or put the step after the one it follows`
					)
				);
			}
		});
	}
	return out;
}

/**
 * A step of a chart's section cites a figure an earlier step already told, while the chart shows a
 * claim of the same metric no step cites: the step tells the wrong figure for what its state shows.
 */
export function findRepeatedStepFigures(
	copy: StoryCopy,
	source: string,
	claims: Claim[],
	charts: SequenceChart[]
): Problem[] {
	const lines = source.split('\n');
	const byId = new Map(claims.map((c) => [c.claim_id, c]));
	const out: Problem[] = [];
	for (const section of copy.sections) {
		const chart = charts.find((c) => c.id === section.chart);
		if (!chart) continue;
		const figures = (parts: StoryCopy['dek']) =>
			parts.flatMap((p) =>
				typeof p !== 'string' && p.ref === 'claim' && p.show === 'figure' ? [p.id] : []
			);
		const cited = new Set(section.steps.flatMap((s) => figures(s.text)));
		const told = new Map<string, string>();
		for (const step of section.steps) {
			for (const id of figures(step.text)) {
				const first = told.get(id);
				if (!first) {
					told.set(id, step.id);
					continue;
				}
				if (first === step.id) continue;
				const metric = byId.get(id)?.metric;
				const untold = chart.claims.find(
					(c) => !cited.has(c) && c !== id && metric && byId.get(c)?.metric === metric
				);
				if (!untold) continue;
				const run = runOf(PLACES.text(stepBlock(step.id)), step.text, []);
				out.push(
					say(
						run,
						lines,
						'step-repeats-figure',
						run.pieces[0] ?? '',
						`{{${id}}} was already told by step ${first}, while chart ${chart.id} shows ${untold} (${metric}), which no step cites: cite the figure this step's state shows`
					)
				);
			}
		}
	}
	return out;
}

/**
 * The dek says where the story ends: every dated claim it cites is in the month of the latest event
 * the story's steps tell (the claims with a status: a town retaken, entered, still held).
 */
export function findDekDateNotLatest(copy: StoryCopy, source: string, claims: Claim[]): Problem[] {
	const lines = source.split('\n');
	const byId = new Map(claims.map((c) => [c.claim_id, c]));
	const events = copy.sections
		.flatMap((s) => s.steps.flatMap((st) => [...st.text, ...st.alt]))
		.flatMap((p) => (typeof p === 'string' ? [] : idsOf(p)))
		.map((id) => byId.get(id))
		.filter((c): c is Claim => !!c?.status && !!c.event_date);
	if (!events.length) return [];
	const latest = events.reduce((a, b) => (b.event_date > a.event_date ? b : a));
	const month = latest.event_date.slice(0, 7);
	const run = runOf(PLACES.dek(), copy.dek, []);
	const out: Problem[] = [];
	for (const { ref } of run.refs) {
		for (const id of idsOf(ref)) {
			const c = byId.get(id);
			if (!c?.event_date || c.event_date.slice(0, 7) === month) continue;
			out.push(
				say(
					run,
					lines,
					'dek-date-not-latest',
					run.pieces[0] ?? '',
					`{{${id}}} is dated ${c.event_date}, but the story's latest event (${latest.claim_id}) is in ${month}: the dek says where the story ends, so cite a claim of that month`
				)
			);
		}
	}
	return out;
}
