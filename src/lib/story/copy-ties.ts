// What ties a reference to the words around it: a claim about a town is cited beside that town's
// name; a person or body the copy names as a source gave a claim cited in the same sentence; a
// step that marks a town names it; a step cites only derived figures its chart shows. Words a
// `[.relations]` entry with `check: none` covers are exempt (its why: says why). Pure.
import type { Claim } from '$lib/evidence/claim-schema';
import { problemAt, type Problem, type ProblemCode } from '$lib/evidence/problems';
import { TOWNS } from '$lib/geography';
import type { CopyRef, CopyRelations, RelationNote, StoryCopy } from './copy';
import { PLACES, sectionBlock, stepBlock, stepPlace, type Block } from './copy-places';
import { lineOfPiece } from './copy-words';

/** One run of copy: its text with each reference as a one-character mark, and the references. */
export interface Run {
	place: ReturnType<typeof PLACES.text>;
	text: string;
	refs: { at: number; ref: CopyRef }[];
	pieces: string[];
	notes: RelationNote[];
}

export const MARK = '\uE000';

export function runOf(
	place: Run['place'],
	parts: (string | CopyRef)[],
	notes: RelationNote[]
): Run {
	let text = '';
	const refs: Run['refs'] = [];
	for (const p of parts) {
		if (typeof p === 'string') text += p;
		else {
			refs.push({ at: text.length, ref: p });
			text += MARK;
		}
	}
	return { place, text, refs, pieces: parts.filter((p) => typeof p === 'string'), notes };
}

/** Every run of the copy, with the relations entries of the scope that owns it. */
export function runs(copy: StoryCopy, relations: CopyRelations): Run[] {
	const out: Run[] = [
		runOf(PLACES.title(), copy.title, relations.story),
		runOf(PLACES.dek(), copy.dek, relations.story),
		...copy.method.map((p, i) => runOf(PLACES.method(i), p, relations.story))
	];
	for (const s of copy.sections) {
		const section = sectionBlock(s.id);
		const notes = relations.sections[s.id] ?? [];
		out.push(runOf(PLACES.heading(section), s.heading, notes));
		out.push(...s.body.map((p, i) => runOf(PLACES.body(section, i), p, notes)));
		if (s.picture) out.push(runOf(PLACES.caption(section), s.picture.caption, notes));
		for (const st of s.steps) {
			const step: Block = stepBlock(st.id);
			const own = relations.steps[st.id] ?? [];
			out.push(runOf(PLACES.text(step), st.text, own), runOf(PLACES.alt(step), st.alt, own));
		}
	}
	return out;
}

/** Titles that end with a full stop but end no sentence. */
const ABBREVIATION = /\b(?:Col|Lt|Gen|Maj|Brig|Capt|Sgt|Mr|Mrs|Ms|Dr|St|U\.S|U\.K|No)\.$/;

/** The [start, end) spans of a run's sentences. */
export function sentences(text: string): [number, number][] {
	const out: [number, number][] = [];
	let start = 0;
	for (const m of text.matchAll(/[.!?]["”’]?\s+(?=["“‘\p{Lu}\uE000])/gu)) {
		if (ABBREVIATION.test(text.slice(start, m.index + 1))) continue;
		out.push([start, m.index + 1]);
		start = m.index + m[0].length;
	}
	out.push([start, text.length]);
	return out;
}

/** Where the towns of the map are named in a text, by any of their spellings. */
export function townsNamed(text: string): { town: string; at: number; end: number }[] {
	const out: { town: string; at: number; end: number }[] = [];
	for (const t of TOWNS) {
		for (const spelling of new Set([t.name, ...t.spellings])) {
			const escaped = spelling.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
			const re = new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'gu');
			for (const m of text.matchAll(re)) {
				out.push({ town: t.id, at: m.index, end: m.index + m[0].length });
			}
		}
	}
	return out;
}

/** A clause's bounds around a position: commas, colons, semicolons, dashes and "and" end one. */
function clauseAround(text: string, [a, b]: [number, number], at: number): [number, number] {
	const stop = /[,;:–—]|\sand\s|\swhile\s/g;
	let from = a;
	let to = b;
	for (const m of text.slice(a, b).matchAll(stop)) {
		const i = a + m.index;
		if (i < at) from = i + m[0].length;
		else if (i > at) {
			to = i;
			break;
		}
	}
	return [from, to];
}

/** Whether a `check: none` entry of the run's scope covers [a, b) of the run's text. */
export function exempt(run: Run, a: number, b: number): boolean {
	return run.notes.some((n) => {
		if (!/^none$/.test(n.check.trim()) || !n.phrase) return false;
		for (let i = run.text.indexOf(n.phrase); i >= 0; i = run.text.indexOf(n.phrase, i + 1)) {
			if (i <= a && b <= i + n.phrase.length) return true;
		}
		return false;
	});
}

/** A problem at a run's line in story.aml. */
export function say(
	run: Run,
	lines: string[],
	code: ProblemCode,
	words: string,
	message: string
): Problem {
	const piece = run.pieces.find((p) => p.includes(words)) ?? run.pieces[0] ?? '';
	const line = lineOfPiece(lines, run.place.id, piece);
	const label = run.place.where.replace(/^story\.aml ?/, '');
	const where = `story.aml ${line ? `line ${line}, ` : ''}${label}`;
	return problemAt({ ...run.place, where, ...(line ? { line } : {}) }, code, message);
}

/** The claims a reference cites. */
export const idsOf = (ref: CopyRef): string[] =>
	ref.ref === 'claim' ? [ref.id] : ref.ref === 'reports' ? ref.ids : [];

/** Each claim about a town, cited where the copy names towns, is cited beside its own town. */
function townTies(run: Run, claims: Map<string, Claim>, lines: string[]): Problem[] {
	const named = townsNamed(run.text);
	if (!named.length) return [];
	const out: Problem[] = [];
	for (const s of sentences(run.text)) {
		const inSentence = named.filter((n) => s[0] <= n.at && n.end <= s[1]);
		if (!inSentence.length) continue;
		for (const { at, ref } of run.refs.filter((r) => s[0] <= r.at && r.at < s[1])) {
			const clause = clauseAround(run.text, s, at);
			const inClause = inSentence.filter((n) => clause[0] <= n.at && n.end <= clause[1]);
			const near = (inClause.length ? inClause : inSentence).reduce((best, n) => {
				const d = (x: typeof n) => (x.at > at ? x.at - at : at - x.end);
				return d(n) < d(best) ? n : best;
			});
			for (const id of idsOf(ref)) {
				const place = claims.get(id)?.place ?? '';
				if (!TOWNS.some((t) => t.id === place) || place === near.town) continue;
				// A clause naming no town leaves the sentence's towns: its own among them will do.
				if (!inClause.length && inSentence.some((n) => n.town === place)) continue;
				if (exempt(run, near.at, near.end)) continue;
				const name = run.text.slice(near.at, near.end);
				out.push(
					say(
						run,
						lines,
						'reference-town-mismatch',
						name,
						`{{${ref.ref === 'reports' ? '#reports … ' : ''}${id}}} is a claim about ${place}, but the town named nearest to it is "${name}" (${near.town}): cite it beside ${place}'s name, or, if the sentence is right, add a [.relations] entry (phrase: the words naming ${name}, check: none, why: …)`
					)
				);
			}
		}
	}
	return out;
}

/** Words of an `attributed_to` that name who said it: names, not titles or nationalities. */
const NOT_A_NAME = new Set(
	'The Iraqi Syrian Iraq Syria US-led U.S. Prime Minister General Lieutenant Colonel Army Maj Gen Col Lt Joint Operations Command JOC Western State-run'.split(
		' '
	)
);

/**
 * The name each source of a claim is known by: the last proper noun of its attributed_to before
 * any comma (a surname, "Rights" of the Observatory), and "coalition" for the coalition.
 */
export function sourceNames(claims: Claim[]): string[] {
	const names = new Set<string>();
	for (const c of claims) {
		const who = c.attributed_to ?? '';
		const nouns = [
			...who.split(',')[0].matchAll(/(?<![\p{L}])\p{Lu}[\p{L}]+(?:-\p{Lu}[\p{L}]+)?/gu)
		]
			.map((m) => m[0])
			.filter((w) => w.length >= 4 && !NOT_A_NAME.has(w));
		if (nouns.length) names.add(nouns[nouns.length - 1]);
		if (/\bcoalition\b/i.test(who)) names.add('coalition');
	}
	return [...names];
}

/** Government sides the copy may name as a source: "Iraqi forces", "Syrian government". */
const SIDE =
	/\b(Iraqi|Syrian)\s+(?:government\s+|regime\s+|army\s+)?(?:forces|government|army|military|troops|regime)\b/g;

/** A person or body named as a source gave some claim cited in the same sentence. */
function attributionTies(
	run: Run,
	claims: Map<string, Claim>,
	names: string[],
	lines: string[]
): Problem[] {
	const out: Problem[] = [];
	const cited = (a: number, b: number) =>
		run.refs
			.filter((r) => a <= r.at && r.at < b)
			.flatMap((r) => idsOf(r.ref))
			.map((id) => claims.get(id))
			.filter((c): c is Claim => !!c);
	for (const s of sentences(run.text)) {
		const here = cited(...s);
		const sources = here.length ? here : cited(0, run.text.length);
		if (!sources.length) continue;
		const text = run.text.slice(...s);
		const found: { name: string; at: number; ok: boolean }[] = [];
		for (const name of names) {
			const re = new RegExp(
				`(?<![\\p{L}])${name}(?![\\p{L}])`,
				name === 'coalition' ? 'giu' : 'gu'
			);
			for (const m of text.matchAll(re)) {
				// The figure it gives is the one cited nearest it: in its clause, else in its part of the
				// sentence (up to a semicolon); dates and counts of reports aside.
				const at = s[0] + m.index;
				const clause = clauseAround(run.text, s, at);
				const part = clauseAround(run.text.replace(/[^;]/g, ' '), s, at);
				const figuresIn = ([a, b]: [number, number]) =>
					run.refs.filter(
						(r) => a <= r.at && r.at < b && r.ref.ref === 'claim' && r.ref.show === 'figure'
					);
				const figures = figuresIn(clause).length ? figuresIn(clause) : figuresIn(part);
				const nearest = figures.sort((x, y) => Math.abs(x.at - at) - Math.abs(y.at - at))[0];
				const given = nearest ? cited(nearest.at, nearest.at + 1) : sources;
				const said = given.some((c) =>
					(c.attributed_to ?? '').toLowerCase().includes(name.toLowerCase())
				);
				found.push({ name: m[0], at, ok: said });
			}
		}
		for (const m of text.matchAll(SIDE)) {
			const sides: string[] = sources
				.map((c): string =>
					/\bIraq(?:i|’s|'s)?\b/.exec(c.attributed_to ?? '')
						? 'Iraqi'
						: /\bSyria(?:n)?\b/.exec(c.attributed_to ?? '')
							? 'Syrian'
							: ''
				)
				.filter(Boolean);
			found.push({ name: m[0], at: s[0] + m.index, ok: !sides.length || sides.includes(m[1]) });
		}
		for (const f of found) {
			if (f.ok || exempt(run, f.at, f.at + f.name.length)) continue;
			const given = [
				...new Set(sources.map((c) => `${c.claim_id} (${c.attributed_to || 'no source'})`))
			].join(', ');
			out.push(
				say(
					run,
					lines,
					'attribution-not-cited',
					f.name,
					`names "${f.name}" as a source, but no claim cited in the sentence is attributed to it: ${given}; cite the claim it gave, or, if the words say no more than the data, add a [.relations] entry (phrase: the words, check: none, why: …)`
				)
			);
		}
	}
	return out;
}

/** Copy ties to the data: towns beside references, sources named, steps' towns and derived figures. */
export function checkCopyTies(
	copy: StoryCopy,
	relations: CopyRelations,
	source: string,
	data: {
		claims: Claim[];
		charts: { id: string; claims: string[]; derived: string[] }[];
		derived: { id: string; claim_ids: string[] }[];
	}
): Problem[] {
	const lines = source.split('\n');
	const claims = new Map(data.claims.map((c) => [c.claim_id, c]));
	const names = sourceNames(data.claims);
	const problems: Problem[] = [];
	for (const run of runs(copy, relations)) {
		problems.push(...townTies(run, claims, lines), ...attributionTies(run, claims, names, lines));
	}
	for (const section of copy.sections) {
		const chart = data.charts.find((c) => c.id === section.chart);
		for (const step of section.steps) {
			const block = stepBlock(step.id);
			const all = [
				runOf(PLACES.text(block), step.text, []),
				runOf(PLACES.alt(block), step.alt, [])
			];
			const town = TOWNS.find((t) => t.id === step.state);
			if (town && !all.some((r) => townsNamed(r.text).some((n) => n.town === town.id))) {
				const line = lineOfPiece(lines, step.id, `state: ${step.state}`);
				const where = `story.aml ${line ? `line ${line}, ` : ''}step ${step.id}`;
				problems.push(
					problemAt(
						{ ...stepPlace(step.id, 'state'), where, ...(line ? { line } : {}) },
						'step-town-not-named',
						`state: ${step.state} marks ${town.name} on the map, but the step's text and alt never name it (as ${[town.name, ...town.spellings].join(', ')}): name the town the map shows, or show the state of the town the step tells`
					)
				);
			}
			if (!chart) continue;
			for (const run of all) {
				for (const { ref } of run.refs) {
					if (ref.ref !== 'derived' || chart.derived.includes(ref.id)) continue;
					// A figure computed only from claims the chart shows (a ratio of two of its bars) fits it.
					const from = data.derived.find((d) => d.id === ref.id)?.claim_ids ?? [];
					if (from.length && from.every((c) => chart.claims.includes(c))) continue;
					problems.push(
						say(
							run,
							lines,
							'derived-not-in-chart',
							run.pieces[0] ?? '',
							`{{=${ref.id}}} is not a figure chart ${chart.id} shows (it shows ${chart.derived.join(', ') || 'no derived figures'}), nor computed from its claims only; a step cites what its chart draws: cite one of those, or move the sentence to the section whose chart shows it`
						)
					);
				}
			}
		}
	}
	return problems;
}
