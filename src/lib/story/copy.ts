// The story copy (data/story.aml, ArchieML) as typed data: prose with references to claims.
import type { Problem } from '$lib/evidence/problems';

/**
 * A reference in the copy, never a typed figure:
 * - `{{claim-id}}` a claim's figure; `{{claim-id|date}}` or `{{claim-id|month}}` its date as we read it;
 * - `{{=derived-id}}` a figure we computed (src/lib/evidence/derived.ts);
 * - `{{#reports claim-id …}}` how many reports carry those claims ("two reports"; `all` for every
 *   report; `#Reports` at the start of a sentence), a count we make, shown as ours;
 * - `{{@spellings}}` text generated from the data (the towns' spellings in the reports).
 */
export type CopyRef =
	| { ref: 'claim'; id: string; show: 'figure' | 'date' | 'month' }
	| { ref: 'derived'; id: string }
	| { ref: 'reports'; ids: string[]; capital: boolean }
	| { ref: 'generated'; id: string };

/** The story's shape, whatever its parts are: references in the copy, figures once resolved. */
export interface StoryOf<Part> {
	title: Part[];
	dek: Part[];
	description: string;
	/** Who made the page: a desk, never an invented person. */
	credit: string;
	/** When the page was first published and last changed (ISO dates, YYYY-MM-DD). */
	published: string;
	updated: string;
	/** The short version: a few key figures, each pointing to the section that tells it. */
	summary: SummaryPointOf<Part>[];
	intro: Part[][];
	sections: SectionOf<Part>[];
}

/** One point of the short version and the section it links to. */
export interface SummaryPointOf<Part> {
	text: Part[];
	section: string;
}

export interface SectionOf<Part> {
	id: string;
	heading: Part[];
	/** The chart its steps drive, or null for plain prose. */
	chart: string | null;
	steps: StepOf<Part>[];
	body: Part[][];
}

/** One scroll step: its prose, the chart state it shows and the chart's alternative text then. */
export interface StepOf<Part> {
	id: string;
	state: string;
	text: Part[];
	alt: Part[];
}

/**
 * One `[.relations]` entry as story.aml writes it: a phrase of the copy beside it, the checks
 * (`;`-separated) that back it, and, for `check: none`, why it states no relation. Checked by
 * src/lib/story/relations.ts; never part of the page.
 */
export interface RelationNote {
	phrase: string;
	check: string;
	why: string;
}

/** The `[.relations]` entries, by who declares them: the story's top, a section or a step (by id). */
export interface CopyRelations {
	story: RelationNote[];
	sections: Record<string, RelationNote[]>;
	steps: Record<string, RelationNote[]>;
}

export type CopyPart = string | CopyRef;
export type StoryCopy = StoryOf<CopyPart>;

const TOKEN = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** One `{{…}}` token as a reference, or a message saying what is wrong with it. */
export function parseRef(token: string): CopyRef | string {
	let m = /^([a-z0-9-]+)(?:\s*\|\s*(date|month))?$/.exec(token);
	if (m)
		return { ref: 'claim', id: m[1], show: (m[2] as 'date' | 'month' | undefined) ?? 'figure' };
	m = /^=\s*([a-z0-9-]+)$/.exec(token);
	if (m) return { ref: 'derived', id: m[1] };
	m = /^#(reports|Reports)\s+(all|[a-z0-9-]+(?:\s+[a-z0-9-]+)*)$/.exec(token);
	if (m)
		return {
			ref: 'reports',
			ids: m[2] === 'all' ? [] : m[2].split(/\s+/),
			capital: m[1] === 'Reports'
		};
	m = /^@([a-z0-9-]+)$/.exec(token);
	if (m) return { ref: 'generated', id: m[1] };
	return `"{{${token}}}" is not a reference: write {{claim-id}}, {{claim-id|date}}, {{=derived-id}}, {{#reports claim-id …}} or {{@generated-text}}`;
}

/** Splits prose into text and references; a malformed `{{…}}` is reported, never shown. */
export function parseParts(source: string, problems: string[] = []): CopyPart[] {
	const out: CopyPart[] = [];
	let last = 0;
	for (const m of source.matchAll(TOKEN)) {
		if (m.index > last) out.push(source.slice(last, m.index));
		const ref = parseRef(m[1]);
		if (typeof ref === 'string') problems.push(ref);
		else out.push(ref);
		last = m.index + m[0].length;
	}
	if (last < source.length) out.push(source.slice(last));
	return out;
}

type Raw = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const list = (v: unknown): Raw[] => (Array.isArray(v) ? (v as Raw[]) : []);

/** The keys each block may have; anything else is a typo the editor should hear about. */
export const COPY_KEYS = {
	story: [
		'title',
		'dek',
		'description',
		'credit',
		'published',
		'updated',
		'summary',
		'intro',
		'sections',
		'relations'
	],
	point: ['text', 'section'],
	section: ['id', 'heading', 'chart', 'steps', 'body', 'relations'],
	step: ['id', 'state', 'text', 'alt', 'relations'],
	relation: ['phrase', 'check', 'why']
} as const;

function unknownKeys(where: string, raw: Raw, allowed: readonly string[]): Problem[] {
	return Object.keys(raw)
		.filter((k) => !allowed.includes(k))
		.map((k) => ({
			where,
			message: `has an unknown field "${k}:"; the fields are: ${allowed.join(', ')} (remove it, or fix its name)`
		}));
}

/** Turns the object ArchieML gives into the story's copy, reporting what is missing or unknown. */
export function copyFromArchie(raw: Raw): {
	copy: StoryCopy;
	relations: CopyRelations;
	problems: Problem[];
} {
	const problems: Problem[] = [...unknownKeys('story.aml', raw, COPY_KEYS.story)];
	const need = (where: string, key: string, v: unknown) => {
		if (!str(v)) problems.push({ where, message: `${key}: is missing or empty; fill it in` });
		return str(v);
	};
	const parts = (where: string, text: string) => {
		const errors: string[] = [];
		const out = parseParts(text, errors);
		problems.push(...errors.map((message) => ({ where, message })));
		return out;
	};
	const notes = (where: string, v: unknown): RelationNote[] =>
		list(v).map((r, i) => {
			const at = `${where} relation ${i + 1}`;
			if (typeof r !== 'object') {
				problems.push({
					code: 'relation-malformed',
					where: at,
					message: `"${String(r)}" is not an entry: write phrase: and check: on lines of their own`
				});
				return { phrase: '', check: '', why: '' };
			}
			problems.push(...unknownKeys(at, r, COPY_KEYS.relation));
			return { phrase: str(r.phrase), check: str(r.check), why: str(r.why) };
		});
	const relations: CopyRelations = {
		story: notes('story.aml', raw.relations),
		sections: {},
		steps: {}
	};
	const paragraphs = (where: string, v: unknown) =>
		list(v)
			.filter((b) => b.type === 'text')
			.map((b, i) => parts(`${where} paragraph ${i + 1}`, str(b.value)));
	const sections = list(raw.sections).map((s, i): SectionOf<CopyPart> => {
		const where = `story.aml section ${str(s.id) || `#${i + 1}`}`;
		problems.push(...unknownKeys(where, s, COPY_KEYS.section));
		relations.sections[str(s.id)] = notes(where, s.relations);
		const chart = str(s.chart) || null;
		const steps = list(s.steps).map((st, j): StepOf<CopyPart> => {
			const stepWhere = `story.aml step ${str(st.id) || `#${j + 1} of section ${str(s.id)}`}`;
			problems.push(...unknownKeys(stepWhere, st, COPY_KEYS.step));
			relations.steps[str(st.id)] = notes(stepWhere, st.relations);
			return {
				id: need(stepWhere, 'id', st.id),
				state: chart ? need(stepWhere, 'state', st.state) : str(st.state),
				text: parts(stepWhere, need(stepWhere, 'text', st.text)),
				alt: parts(`${stepWhere} alt`, chart ? need(stepWhere, 'alt', st.alt) : str(st.alt))
			};
		});
		if (chart && !steps.length) problems.push({ where, message: 'has a chart but no steps' });
		if (!chart && steps.length) {
			problems.push({ where, message: 'has steps but no chart: name one with chart:' });
		}
		return {
			id: need(where, 'id', s.id),
			heading: parts(`${where} heading`, need(where, 'heading', s.heading)),
			chart,
			steps,
			body: paragraphs(where, s.body)
		};
	});
	const isoDay = (key: string) => {
		const v = need('story.aml', key, raw[key]);
		if (v && !/^\d{4}-\d{2}-\d{2}$/.test(v)) {
			problems.push({
				where: 'story.aml',
				message: `${key}: "${v}" is not a date written YYYY-MM-DD`
			});
		}
		return v;
	};
	const [published, updated] = [isoDay('published'), isoDay('updated')];
	if (published && updated && updated < published) {
		problems.push({
			where: 'story.aml',
			message: `updated: ${updated} is before published: ${published}; a page is updated after it is first published`
		});
	}
	const ids = new Set(sections.map((s) => s.id));
	const summary = list(raw.summary).map((pt, i): SummaryPointOf<CopyPart> => {
		const where = `story.aml summary point ${i + 1}`;
		problems.push(...unknownKeys(where, pt, COPY_KEYS.point));
		const section = need(where, 'section', pt.section);
		if (section && !ids.has(section)) {
			problems.push({
				where,
				message: `section: "${section}" is not a section; the sections are: ${[...ids].join(', ')}`
			});
		}
		return { text: parts(where, need(where, 'text', pt.text)), section };
	});
	if (!summary.length) problems.push({ where: 'story.aml', message: 'summary: has no points' });
	const copy: StoryCopy = {
		title: parts('story.aml title', need('story.aml', 'title', raw.title)),
		dek: parts('story.aml dek', need('story.aml', 'dek', raw.dek)),
		description: need('story.aml', 'description', raw.description),
		credit: need('story.aml', 'credit', raw.credit),
		published,
		updated,
		summary,
		intro: paragraphs('story.aml intro', raw.intro),
		sections
	};
	return { copy, relations, problems };
}

/** Every run of parts in the story, with where an editor finds it. */
export function* partLists<P>(story: StoryOf<P>): Generator<[string, P[]]> {
	yield ['story.aml title', story.title];
	yield ['story.aml dek', story.dek];
	for (const [i, pt] of story.summary.entries())
		yield [`story.aml summary point ${i + 1}`, pt.text];
	for (const [i, p] of story.intro.entries()) yield [`story.aml intro paragraph ${i + 1}`, p];
	for (const s of story.sections) {
		yield [`story.aml section ${s.id} heading`, s.heading];
		for (const st of s.steps) {
			yield [`story.aml step ${st.id}`, st.text];
			yield [`story.aml step ${st.id} alt`, st.alt];
		}
		for (const [i, p] of s.body.entries())
			yield [`story.aml section ${s.id} paragraph ${i + 1}`, p];
	}
}

/** The same story with every part mapped (references resolved to figures, say). */
export function mapParts<P, Q>(story: StoryOf<P>, f: (part: P, where: string) => Q): StoryOf<Q> {
	const m = (parts: P[], where: string) => parts.map((p) => f(p, where));
	return {
		title: m(story.title, 'story.aml title'),
		dek: m(story.dek, 'story.aml dek'),
		description: story.description,
		credit: story.credit,
		published: story.published,
		updated: story.updated,
		summary: story.summary.map((pt, i) => ({
			...pt,
			text: m(pt.text, `story.aml summary point ${i + 1}`)
		})),
		intro: story.intro.map((p, i) => m(p, `story.aml intro paragraph ${i + 1}`)),
		sections: story.sections.map((s) => ({
			...s,
			heading: m(s.heading, `story.aml section ${s.id} heading`),
			steps: s.steps.map((st) => ({
				...st,
				text: m(st.text, `story.aml step ${st.id}`),
				alt: m(st.alt, `story.aml step ${st.id} alt`)
			})),
			body: s.body.map((p, i) => m(p, `story.aml section ${s.id} paragraph ${i + 1}`))
		}))
	};
}

/** Plain text of parts, with each reference rendered by `figure`. */
export function partsToText<P>(parts: P[], figure: (p: Exclude<P, string>) => string): string {
	return parts.map((p) => (typeof p === 'string' ? p : figure(p as Exclude<P, string>))).join('');
}
