// Words the copy sets beside a figure must fit the figure: a precision word ("exactly", "only")
// never stands beside a figure that is rounded or hedged, and a unit word ("square miles", "km")
// never contradicts the unit the figure carries. Words a `[.relations]` entry with `check: none`
// covers are exempt (its why: says why). Pure: copy and data in, Problems out.
import type { Claim } from '$lib/evidence/claim-schema';
import type { DerivedFigure } from '$lib/evidence/derived';
import type { Problem } from '$lib/evidence/problems';
import type { CopyRelations, CopyRef, StoryCopy } from './copy';
import { exempt, runs, say, type Run } from './copy-ties';

/** What the copy needs to know of the figures a reference shows. */
export interface FigureData {
	claims: Claim[];
	derived: Pick<DerivedFigure, 'id' | 'display' | 'how' | 'low' | 'high'>[];
}

/**
 * Words that say a figure is exact or not more than it is: the kind, not the instances. They are
 * checked only where they stand right before a reference (at most two words between) or right after.
 */
const PRECISION_BEFORE =
	/(?<![\p{L}])(?:exactly|precisely|exact|just|only|merely|a mere|a full|fully|no more than|no less than|all of|nothing short of)(?:\s+[\p{L}’'-]+){0,2}?\s+\uE000/giu;
const PRECISION_AFTER = /\uE000\s+(?:exactly|precisely|on the dot|flat|in all)(?![\p{L}])/giu;

/** Why a referenced figure is not exact, or null when it is a figure as printed. */
function approximation(ref: CopyRef, data: FigureData): string | null {
	if (ref.ref === 'derived') {
		const d = data.derived.find((x) => x.id === ref.id);
		if (!d) return null;
		if (/\brounded\b/i.test(d.how) || /^(?:about|around|roughly|some)\b/i.test(d.display)) {
			return `{{=${d.id}}} is a figure we rounded (${d.display})`;
		}
		if (d.low !== null && d.high !== null) return `{{=${d.id}}} is a range`;
		return null;
	}
	if (ref.ref !== 'claim' || ref.show !== 'figure') return null;
	const c = data.claims.find((x) => x.claim_id === ref.id);
	if (!c) return null;
	if (c.qualifier) return `{{${c.claim_id}}} is hedged by its report ("${c.qualifier}")`;
	if (c.low !== null && c.high !== null) return `{{${c.claim_id}}} is a range`;
	return null;
}

/** The reference a mark at this position of a run stands for. */
const refAt = (run: Run, at: number) => run.refs.find((r) => r.at === at)?.ref;

/** A precision word beside a figure that is rounded, hedged or a range overstates it. */
export function findPrecisionOnApproximate(
	copy: StoryCopy,
	relations: CopyRelations,
	source: string,
	data: FigureData
): Problem[] {
	const lines = source.split('\n');
	const out: Problem[] = [];
	for (const run of runs(copy, relations)) {
		const found = [
			...[...run.text.matchAll(PRECISION_BEFORE)].map((m) => ({
				words: m[0].slice(0, -1).trim(),
				at: m.index,
				mark: m.index + m[0].length - 1
			})),
			...[...run.text.matchAll(PRECISION_AFTER)].map((m) => ({
				words: m[0].slice(1).trim(),
				at: m.index + 1,
				mark: m.index
			}))
		];
		for (const f of found) {
			const ref = refAt(run, f.mark);
			const why = ref && approximation(ref, data);
			if (!why || exempt(run, f.at, f.at + f.words.length)) continue;
			const word = f.words.split(/\s+/)[0];
			out.push(
				say(
					run,
					lines,
					'precision-word-approximate',
					word,
					`"${f.words}" says the figure beside it is exact, but ${why}: drop "${word}", or, if the words say no more than the data, add a [.relations] entry (phrase: the words, check: none, why: …)`
				)
			);
		}
	}
	return out;
}

/** Unit words by the unit they name: areas and lengths, as prose spells them. */
const UNIT_WORDS: [unit: string, pattern: string][] = [
	['km²', '(?:square|sq\\.?)\\s+(?:kilomet(?:re|er)s?|km)|km²|km2'],
	['mi²', '(?:square|sq\\.?)\\s+(?:miles?|mi)|mi²|mi2'],
	['m²', '(?:square|sq\\.?)\\s+(?:met(?:re|er)s?|m)|m²'],
	['ft²', '(?:square|sq\\.?)\\s+(?:feet|foot|ft)|ft²'],
	['acres', 'acres?'],
	['hectares', 'hectares?|ha'],
	['km', 'kilomet(?:re|er)s?|km'],
	['mi', 'miles?'],
	['m', 'met(?:re|er)s?'],
	['ft', 'feet|foot']
];
const UNIT_WORD = new RegExp(
	`(?<![\\p{L}])(?:${UNIT_WORDS.map(([, p]) => `(${p})`).join('|')})(?![\\p{L}\\p{N}])`,
	'giu'
);

/** The unit a referenced figure carries: its claim's unit, or the unit a derived figure displays. */
function unitOf(ref: CopyRef, data: FigureData): string | null {
	if (ref.ref === 'derived') {
		const display = data.derived.find((x) => x.id === ref.id)?.display ?? '';
		const unit = /\p{Nd}[\p{Nd},.]*\s*(\D+)$/u.exec(display)?.[1].trim();
		return unit || null;
	}
	if (ref.ref !== 'claim' || ref.show !== 'figure') return null;
	return data.claims.find((x) => x.claim_id === ref.id)?.unit || null;
}

/**
 * A unit word in prose beside a figure (the nearest reference in its clause) names the unit the
 * figure carries: "square miles" beside a km² area, or beside a count of fighters, is refused.
 */
export function findUnitWordMismatch(
	copy: StoryCopy,
	relations: CopyRelations,
	source: string,
	data: FigureData
): Problem[] {
	const lines = source.split('\n');
	const out: Problem[] = [];
	for (const run of runs(copy, relations)) {
		for (const m of run.text.matchAll(UNIT_WORD)) {
			const named = UNIT_WORDS[m.slice(1).findIndex((g) => g !== undefined)][0];
			// The reference it stands beside: the nearest one with no clause break between.
			const near = run.refs
				.filter((r) => !/[,;:.–—()]/.test(between(run.text, r.at, m.index, m[0].length)))
				.sort((x, y) => Math.abs(x.at - m.index) - Math.abs(y.at - m.index))[0];
			if (!near) continue;
			const unit = unitOf(near.ref, data);
			if (unit === named || exempt(run, m.index, m.index + m[0].length)) continue;
			out.push(
				say(
					run,
					lines,
					'unit-word-mismatch',
					m[0],
					`"${m[0]}" names ${named}, but the figure beside it ${unit ? `is in ${unit}` : 'carries no such unit'}: the figure shows its own unit, so drop "${m[0]}" or cite a figure in ${named}`
				)
			);
		}
	}
	return out;
}

/** The text between a reference's mark and a word, whichever comes first. */
function between(text: string, mark: number, at: number, length: number): string {
	return mark < at ? text.slice(mark + 1, at) : text.slice(at + length, mark);
}
