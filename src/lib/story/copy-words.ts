// Words the copy may not type in its own voice, whatever the data: relative time ("yesterday", "a
// week ago") outside a quotation, a month name (a date typed, not cited), and markup (HTML tags,
// Markdown links or emphasis), which the page would show literally. Pure: copy and source in,
// Problems out, each at its line of story.aml.
import { problemAt, type Problem, type ProblemCode } from '$lib/evidence/problems';
import type { CopyRelations, StoryCopy } from './copy';
import { partLists } from './copy-places';

/** Time counted from the moment of writing: true only on the day a report was written. */
const RELATIVE_TIME =
	/\b(?:yesterday|today|tonight|tomorrow|ago|(?:last|next|this|past|coming) (?:week|weekend|month|year|night|morning|evening)|(?:the )?day before yesterday|nowadays|currently|recently|lately)\b/gi;

/** A month by name: a date. "May" is one only where a date would be (after in, on, of, by…). */
const MONTH =
	/\b(?:January|February|March|April|June|July|August|September|October|November|December)\b|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?|(?<=\b(?:in|on|of|by|since|until|early|late|mid-?)\s?)May\b/g;

/** HTML tags, Markdown links, emphasis and code: shown to readers as typed, never rendered. */
const MARKUP =
	/<\/?[A-Za-z][^<>]*>|\[[^\]]*\]\([^)]*\)|\*\*[^*]+\*\*|__[^_]+__|(?<![\p{L}\p{N}])\*[^*\s][^*]*\*(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])_[^_\s][^_]*_(?![\p{L}\p{N}])|`[^`]+`/gu;

/** Spans of a text inside quotation marks (“…”, "…"): a report's words, not ours. */
export function quotedSpans(text: string): [number, number][] {
	const out: [number, number][] = [];
	for (const m of text.matchAll(/“[^”]*”|"[^"]*"/g)) out.push([m.index, m.index + m[0].length]);
	return out;
}

/** The 1-based line of story.aml where a block (by its `id:`) has this piece of copy; 0 if unknown. */
export function lineOfPiece(lines: string[], id: string | undefined, piece: string): number {
	const from = id
		? Math.max(
				0,
				lines.findIndex((l) => /^id:\s*(\S+)\s*$/.exec(l)?.[1] === id)
			)
		: 0;
	const at = lines.findIndex((l, i) => i >= from && l.includes(piece));
	return at + 1;
}

interface Rule {
	code: ProblemCode;
	pattern: RegExp;
	/** Whether words inside a quotation are allowed (they are the report's). */
	quotedOk: boolean;
	fix: (word: string) => string;
}

const RULES: Rule[] = [
	{
		code: 'relative-time-unquoted',
		pattern: RELATIVE_TIME,
		quotedOk: true,
		fix: (w) =>
			`"${w}" counts time from when it is read: relative words appear only quoted, as a report's own words ({{claim-id}} shows them in quotation marks); give a date with {{claim-id|date}}, or reword`
	},
	{
		code: 'typed-date',
		pattern: MONTH,
		quotedOk: true,
		fix: (w) =>
			`"${w}" is a date typed into the copy; dates come from the claims: write {{claim-id|date}} or {{claim-id|month}}`
	},
	{
		code: 'markup-in-copy',
		pattern: MARKUP,
		quotedOk: false,
		fix: (w) =>
			`"${w}" is markup (an HTML tag, a Markdown link or emphasis), which the page shows as typed; write plain text`
	}
];

/**
 * Relative time, typed months and markup in every run of the story's copy, at their lines. A month
 * inside the phrase of a `check: none` relations entry of its block is exempt (its why: says why).
 */
export function findForbiddenWords(
	copy: StoryCopy,
	source: string,
	relations?: CopyRelations
): Problem[] {
	const lines = source.split('\n');
	const notesOf = (id?: string) =>
		!relations ? [] : id ? (relations.steps[id] ?? relations.sections[id] ?? []) : relations.story;
	const exempt = (id: string | undefined, piece: string, at: number, end: number) =>
		notesOf(id).some((n) => {
			if (n.check.trim() !== 'none' || !n.phrase) return false;
			for (let i = piece.indexOf(n.phrase); i >= 0; i = piece.indexOf(n.phrase, i + 1)) {
				if (i <= at && end <= i + n.phrase.length) return true;
			}
			return false;
		});
	const problems: Problem[] = [];
	const runs = [...partLists(copy)].map(([, parts, place]) => ({ parts, place }));
	runs.push({
		parts: [copy.description],
		place: { where: 'story.aml description', file: 'story.aml', field: 'description' }
	});
	for (const { parts, place } of runs) {
		for (const piece of parts) {
			if (typeof piece !== 'string') continue;
			const quoted = quotedSpans(piece);
			for (const rule of RULES) {
				for (const m of piece.matchAll(rule.pattern)) {
					const inQuote = quoted.some(([a, b]) => a <= m.index && m.index < b);
					if (rule.quotedOk && inQuote) continue;
					const end = m.index + m[0].length;
					if (rule.code === 'typed-date' && exempt(place.id, piece, m.index, end)) continue;
					const line = lineOfPiece(lines, place.id, piece);
					const column = line ? lines[line - 1].indexOf(piece) + m.index + 1 : 0;
					const where = `story.aml ${line ? `line ${line}, ` : ''}${place.where.replace(/^story\.aml ?/, '')}`;
					problems.push(
						problemAt(
							{ ...place, where, ...(line ? { line, column } : {}) },
							rule.code,
							rule.fix(m[0])
						)
					);
				}
			}
		}
	}
	return problems;
}
