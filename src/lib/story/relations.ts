// Relational copy, checked beside it. A word of the reader's copy that orders, compares or locates
// (later, first, east, on the Euphrates, more…) must sit in a phrase that a `[.relations]` entry of
// the same step declares (of the same section, for its heading, body and chart's own copy; of the
// top `[relations]` for the title, dek, description and method), and each entry's checks
// must hold on the data (relation-kinds.ts). Pure: given the copy, its source text (for line
// numbers) and the data, it returns Problems; `npm run verify` runs it through readSite.
import type { Problem } from '$lib/evidence/problems';
import type { ProblemCode } from '$lib/evidence/problem-codes';
import type { CopyRelations, RelationNote, StoryOf } from './copy';
import {
	RELATION_KINDS,
	RelationError,
	relationLookups,
	type Lookups,
	type RelationData
} from './relation-kinds';
import { sentences, townsNamed } from './copy-ties';

/**
 * The words and phrases that order, compare or locate, with their inflections and compounds:
 * after/afterwards, previous/prior/final/already, superlatives of size and order (biggest,
 * largest…), compass points alone or joined (south-east, southeastern, northwards), near/nearby.
 */
export const RELATIONAL = new RegExp(
	`\\b(?:${[
		'later|earlier|latest|earliest|first|last|second|final(?:ly)?|previous(?:ly)?|prior|subsequent(?:ly)?|already|formerly|meanwhile',
		'higher|lower|more|fewer|less|larger|smaller|bigger|greater',
		'(?:bigg|larg|small|great|high|low|wid|narrow|long|short|clos|near|fe[w]|farth|furth|old|new)est|most|least',
		'nearer|closer|farther|further|wider|narrower|longer|shorter|near|nearby|close to|next to|beyond',
		'upriver|downriver|upstream|downstream',
		'(?:north|south)[- ]?(?:east|west)(?:ern|wards?|erly)?|(?:east|west|north|south)(?:ern|wards?|erly)?',
		'then|before(?:hand)?|after(?:wards?)?|same day|across the border|up the|down the|on the (?:Euphrates|Tigris)'
	].join('|')})\\b`,
	'gi'
);

/** "in Iraq", "in Syria": they locate a town the same sentence names, so an in-country check backs them. */
const COUNTRY = /\bin (Iraq|Syria)\b/gi;

/** One run of reader-visible copy: its text (each figure as {{…}}) and its plain pieces. */
interface Run {
	/** Where an editor finds it, after `story.aml`: `step town-rawa alt`, `title`. */
	label: string;
	field: string;
	text: string;
	pieces: { at: number; s: string }[];
	/** A chart's title or description: its words live in the chart's spec, not in story.aml. */
	spec?: string;
}

/** A step, a section, or the story's top: the copy it owns and the relations it declares. */
interface Scope {
	name: string;
	id?: string;
	notes: RelationNote[];
	runs: Run[];
	/** The 0-based line of story.aml where it starts (its `id:`). */
	from: number;
}

/** A run of parts as text, each figure as {{…}}, keeping where each plain piece starts. */
function run<P>(label: string, field: string, parts: P[] | string): Run {
	const pieces: Run['pieces'] = [];
	let text = '';
	for (const p of typeof parts === 'string' ? [parts] : parts) {
		if (typeof p !== 'string') text += '{{…}}';
		else {
			pieces.push({ at: text.length, s: p });
			text += p;
		}
	}
	return { label, field, text, pieces };
}

/** The copy split by who declares its relations: the story's top, each section, each step. */
function scopes<P>(
	story: StoryOf<P>,
	relations: CopyRelations,
	lines: string[],
	charts: RelationData['charts']
): Scope[] {
	const firstLine = (test: (line: string) => boolean) => Math.max(0, lines.findIndex(test));
	const idLine = (id: string) => firstLine((l) => /^id:\s*(\S+)\s*$/.exec(l)?.[1] === id);
	const out: Scope[] = [
		{
			name: 'the story’s top',
			notes: relations.story,
			from: firstLine((l) => !l.startsWith('//')),
			runs: [
				run('title', 'title', story.title),
				run('dek', 'dek', story.dek),
				run('description', 'description', story.description),
				...story.method.map((p, i) => run(`method paragraph ${i + 1}`, 'method', p))
			]
		}
	];
	for (const s of story.sections) {
		const chart = charts.find((c) => c.id === s.chart);
		const own: Run[] = chart
			? (['title', 'description'] as const).map((f) => ({
					...run(f, f, chart[f]),
					spec: `chart ${chart.id} (src/lib/charts/${chart.id}/spec.ts) ${f}`
				}))
			: [];
		out.push({
			name: `section ${s.id}`,
			id: s.id,
			notes: relations.sections[s.id] ?? [],
			from: idLine(s.id),
			runs: [
				run(`section ${s.id} heading`, 'heading', s.heading),
				...s.body.map((p, i) => run(`section ${s.id} paragraph ${i + 1}`, 'body', p)),
				...(s.picture ? [run(`section ${s.id} caption`, 'caption', s.picture.caption)] : []),
				...own
			]
		});
		for (const st of s.steps) {
			out.push({
				name: `step ${st.id}`,
				id: st.id,
				notes: relations.steps[st.id] ?? [],
				from: idLine(st.id),
				runs: [run(`step ${st.id}`, 'text', st.text), run(`step ${st.id} alt`, 'alt', st.alt)]
			});
		}
	}
	return out;
}

/** A `check:` split into checks (`;`) and each into words; "…" keeps its spaces. A string: what is wrong. */
export function splitChecks(check: string): string[][] | string {
	const checks: string[][] = [];
	let words: string[] = [];
	let word: string | null = null;
	let quoted = false;
	const endWord = () => {
		if (word !== null) words.push(word);
		word = null;
	};
	for (const ch of check) {
		if (quoted && ch === '"') {
			endWord();
			quoted = false;
		} else if (quoted) word = (word ?? '') + ch;
		else if (ch === '"') {
			endWord();
			[quoted, word] = [true, ''];
		} else if (ch === ';') {
			endWord();
			if (words.length) checks.push(words);
			words = [];
		} else if (/\s/.test(ch)) endWord();
		else word = (word ?? '') + ch;
	}
	if (quoted) return 'a " is opened but not closed';
	endWord();
	if (words.length) checks.push(words);
	return checks;
}

/** The stable codes of relation problems (tests assert these, never the wording). */
export type RelationCode = Extract<ProblemCode, `relation-${string}`>;

/** What one check of an entry says about the data: nothing when it holds. */
function runCheck(l: Lookups, words: string[], note: RelationNote): [RelationCode, string][] {
	const [kind, ...args] = words;
	const said = `"${note.phrase}": ${words.join(' ')}`;
	const k = RELATION_KINDS[kind];
	if (!k) {
		const checks = Object.keys(RELATION_KINDS).join(', ');
		return [
			['relation-unknown-check', `${said}: "${kind}" is not a check; the checks are: ${checks}`]
		];
	}
	const arity = k.usage.split(/\s+(?=[<"])/).length - 1;
	if (args.length !== arity) {
		return [['relation-malformed', `${said}: ${kind} takes ${arity} argument(s): ${k.usage}`]];
	}
	if (kind === 'none' && !note.why) {
		return [
			['relation-malformed', `${said}: add a why: line saying why the words state no relation`]
		];
	}
	try {
		const fails = k.test(l, args);
		if (fails === null) return [];
		const fix = 'reword the copy, or correct the data if it is wrong';
		return [
			['relation-does-not-hold', `${said} does not hold: ${fails} (${kind}: ${k.means}); ${fix}`]
		];
	} catch (e) {
		if (!(e instanceof RelationError)) throw e;
		return [[e.code, `${said}: ${e.message}; correct the check: line`]];
	}
}

/** A problem of a scope, located in story.aml where the line is known. */
function problem(
	scope: Scope,
	code: RelationCode,
	field: string,
	label: string,
	message: string,
	line?: number,
	column?: number
): Problem {
	return {
		code,
		file: 'story.aml',
		...(line ? { line } : {}),
		...(column ? { column } : {}),
		field,
		...(scope.id ? { id: scope.id } : {}),
		where: `story.aml ${line ? `line ${line}, ` : ''}${label}`,
		message
	};
}

/** The 1-based line of a scope's entry for `phrase`, and of its `check:` line. */
function noteLines(
	lines: string[],
	from: number,
	phrase: string
): { phrase?: number; check?: number } {
	const at = lines.findIndex((l, i) => i >= from && /^phrase:\s*(.*?)\s*$/.exec(l)?.[1] === phrase);
	if (at < 0) return {};
	const check = lines.findIndex((l, i) => i > at && /^check:/.test(l));
	return { phrase: at + 1, check: check < 0 ? undefined : check + 1 };
}

/** Each entry of a scope: written right, its phrase still in the copy, its checks holding. */
function checkNotes(scope: Scope, lines: string[], lookups: Lookups): Problem[] {
	return scope.notes.flatMap((note) => {
		const at = noteLines(lines, scope.from, note.phrase);
		const say = (code: RelationCode, message: string, line = at.check) =>
			problem(scope, code, 'relations', scope.name, message, line);
		if (!note.phrase || !note.check) {
			const missing = note.phrase ? 'check' : 'phrase';
			return [
				say('relation-malformed', `an entry has no ${missing}: line; give it one`, at.phrase)
			];
		}
		const out: Problem[] = [];
		if (!scope.runs.some((r) => r.text.includes(note.phrase))) {
			const message = `phrase "${note.phrase}" is no longer in the copy of ${scope.name}; write the words the copy now uses, or remove the entry if it no longer says this`;
			out.push(say('relation-phrase-missing', message, at.phrase));
		}
		const checks = splitChecks(note.check);
		if (typeof checks === 'string') return [...out, say('relation-malformed', `check: ${checks}`)];
		for (const words of checks) {
			for (const [code, message] of runCheck(lookups, words, note)) out.push(say(code, message));
		}
		return out;
	});
}

/** Where a phrase occurs in a text, as [start, end) spans. */
function spans(text: string, phrase: string): [number, number][] {
	const out: [number, number][] = [];
	for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
		out.push([i, i + phrase.length]);
	}
	return out;
}

/** A relational word of a run: where, and the code and phrases that may cover it. */
interface Hit {
	index: number;
	word: string;
	code: 'relation-unchecked-word' | 'relation-country-unchecked';
	phrases: string[];
}

/** Relational words, and "in Iraq"/"in Syria" where the sentence names a town of the map. */
function hits(r: Run, notes: RelationNote[]): Hit[] {
	const phrases = notes.map((n) => n.phrase).filter(Boolean);
	const out: Hit[] = [...r.text.matchAll(RELATIONAL)].map((m) => ({
		index: m.index,
		word: m[0],
		code: 'relation-unchecked-word' as const,
		phrases
	}));
	const named = townsNamed(r.text);
	for (const m of r.text.matchAll(COUNTRY)) {
		const s = sentences(r.text).find(([a, b]) => a <= m.index && m.index < b)!;
		if (!named.some((n) => s[0] <= n.at && n.end <= s[1])) continue;
		const country = new RegExp(`(?:^|;)\\s*in-country\\s+\\S+\\s+${m[1].toLowerCase()}\\s*(?:;|$)`);
		const backed = notes.filter((n) => country.test(n.check) || n.check.trim() === 'none');
		out.push({
			index: m.index,
			word: m[0],
			code: 'relation-country-unchecked',
			phrases: backed.map((n) => n.phrase).filter(Boolean)
		});
	}
	return out;
}

/** Relational words in a scope's copy that none of its phrases covers. */
function uncheckedWords(scope: Scope, lines: string[]): Problem[] {
	return scope.runs.flatMap((r) => {
		return hits(r, scope.notes).flatMap((m) => {
			const covered = m.phrases.flatMap((p) => spans(r.text, p));
			if (covered.some(([a, b]) => a <= m.index && m.index + m.word.length <= b)) return [];
			const context = r.text.slice(Math.max(0, m.index - 30), m.index + m.word.length + 30);
			const message =
				m.code === 'relation-country-unchecked'
					? `"${m.word}" (…${context}…) places a town this sentence names in a country, and no phrase in the relations of ${scope.name} covering it checks in-country <town> ${m.word.slice(3).toLowerCase()}: add an entry there (phrase: the words, check: in-country …), or reword`
					: `"${m.word}" (…${context}…) orders, compares or locates, and no phrase in the relations of ${scope.name} covers it: add an entry there (phrase: the words, check: what backs them; see the top of story.aml), or reword`;
			if (r.spec) {
				const p = problem(scope, m.code, 'relations', '', message, scope.from + 1);
				return [{ ...p, where: r.spec, message: `${message}; ${scope.name} shows this chart` }];
			}
			const piece = r.pieces.find((p) => p.at <= m.index && m.index < p.at + p.s.length)!;
			const line = lines.findIndex((l, i) => i >= scope.from && l.includes(piece.s));
			if (line < 0) return [problem(scope, m.code, r.field, r.label, message)];
			const column = lines[line].indexOf(piece.s) + m.index - piece.at + 1;
			return [problem(scope, m.code, r.field, r.label, message, line + 1, column)];
		});
	});
}

/** The copy as story.aml gives it: the story, its `[.relations]`, and the file's text (for lines). */
export interface AnnotatedCopy<P> {
	story: StoryOf<P>;
	relations: CopyRelations;
	source: string;
}

/** Every relation problem of the story: unchecked words, stale phrases, checks that fail. */
export function checkRelations<P>(copy: AnnotatedCopy<P>, data: RelationData): Problem[] {
	const lines = copy.source.split('\n');
	const lookups = relationLookups(data);
	return scopes(copy.story, copy.relations, lines, data.charts).flatMap((scope) => [
		...checkNotes(scope, lines, lookups),
		...uncheckedWords(scope, lines)
	]);
}
