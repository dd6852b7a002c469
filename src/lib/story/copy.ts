// The story copy (data/story.aml, ArchieML) as typed data: prose with references to claims.
import { isValidPartialDate } from '$lib/evidence/event-date';
import { problemAt, type Problem, type ProblemPlace } from '$lib/evidence/problems';
import { fieldOf, PLACES, sectionBlock, STORY, stepBlock, type Block } from './copy-places';

export { mapParts, partLists } from './copy-places';

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
	/** The method in full, shown on the sources page (the story shows a short note). */
	method: Part[][];
	sections: SectionOf<Part>[];
}

export interface SectionOf<Part> {
	id: string;
	heading: Part[];
	/** The chart its steps drive, or null for plain prose. */
	chart: string | null;
	steps: StepOf<Part>[];
	body: Part[][];
	/** A chart drawn still, in one state, after the body: the story's closing picture. */
	picture: PictureOf<Part> | null;
}

/** A chart drawn still in one of its states (`picture: chart-id state`), with its caption. */
export interface PictureOf<Part> {
	chart: string;
	state: string;
	caption: Part[];
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
		'method',
		'sections',
		'relations'
	],
	section: ['id', 'heading', 'chart', 'steps', 'body', 'picture', 'caption', 'relations'],
	step: ['id', 'state', 'text', 'alt', 'relations'],
	relation: ['phrase', 'check', 'why']
} as const;

function unknownKeys(block: Block, raw: Raw, allowed: readonly string[]): Problem[] {
	return Object.keys(raw)
		.filter((k) => !allowed.includes(k))
		.map((k) =>
			problemAt(
				fieldOf(block, k),
				'unknown-field',
				`has an unknown field "${k}:"; the fields are: ${allowed.join(', ')} (remove it, or fix its name)`
			)
		);
}

/**
 * Turns the object ArchieML gives into the story's copy, reporting what is missing or unknown.
 * `lastReport` is the last report to be written, and the first day it can have been: the page
 * cannot be published before it.
 */
export function copyFromArchie(
	raw: Raw,
	lastReport?: { label: string; from: string }
): {
	copy: StoryCopy;
	relations: CopyRelations;
	problems: Problem[];
} {
	const problems: Problem[] = [...unknownKeys(STORY, raw, COPY_KEYS.story)];
	const need = (block: Block, key: string, v: unknown) => {
		if (!str(v)) {
			problems.push(
				problemAt(fieldOf(block, key), 'required-field', `${key}: is missing or empty; fill it in`)
			);
		}
		return str(v);
	};
	const parts = (place: ProblemPlace, text: string) => {
		const errors: string[] = [];
		const out = parseParts(text, errors);
		problems.push(...errors.map((message) => problemAt(place, 'malformed-reference', message)));
		return out;
	};
	const notes = (block: Block, v: unknown): RelationNote[] =>
		list(v).map((r, i) => {
			const at: Block = { where: `${block.where} relation ${i + 1}`, id: block.id };
			if (typeof r !== 'object') {
				problems.push(
					problemAt(
						fieldOf(at, 'relations'),
						'relation-malformed',
						`"${String(r)}" is not an entry: write phrase: and check: on lines of their own`
					)
				);
				return { phrase: '', check: '', why: '' };
			}
			problems.push(...unknownKeys(at, r, COPY_KEYS.relation));
			return { phrase: str(r.phrase), check: str(r.check), why: str(r.why) };
		});
	const relations: CopyRelations = {
		story: notes(STORY, raw.relations),
		// Keyed by the copy's own ids: no prototype, so an id "constructor" or "__proto__" is only an id.
		sections: Object.create(null) as Record<string, RelationNote[]>,
		steps: Object.create(null) as Record<string, RelationNote[]>
	};
	const paragraphs = (place: (i: number) => ProblemPlace, v: unknown) =>
		list(v)
			.filter((b) => b.type === 'text')
			.map((b, i) => parts(place(i), str(b.value)));
	/** `picture: chart-id state` and its `caption:`, both or neither. */
	const pictureOf = (section: Block, s: Raw): PictureOf<CopyPart> | null => {
		const words = str(s.picture).split(/\s+/).filter(Boolean);
		if (!words.length) {
			if (str(s.caption)) {
				problems.push(
					problemAt(
						fieldOf(section, 'caption'),
						'caption-without-picture',
						'has a caption: but no picture: to caption; name one with picture: chart-id state'
					)
				);
			}
			return null;
		}
		if (words.length !== 2) {
			problems.push(
				problemAt(
					fieldOf(section, 'picture'),
					'picture-malformed',
					`picture: "${str(s.picture)}" names a chart and one of its states, as picture: chart-id state`
				)
			);
			return null;
		}
		const caption = need(section, 'caption', s.caption);
		return {
			chart: words[0],
			state: words[1],
			caption: parts(PLACES.caption(section), caption)
		};
	};
	const sections = list(raw.sections).map((s, i): SectionOf<CopyPart> => {
		const section: Block = str(s.id)
			? sectionBlock(str(s.id))
			: { where: `story.aml section #${i + 1}` };
		problems.push(...unknownKeys(section, s, COPY_KEYS.section));
		relations.sections[str(s.id)] = notes(section, s.relations);
		const chart = str(s.chart) || null;
		const steps = list(s.steps).map((st, j): StepOf<CopyPart> => {
			const step: Block = str(st.id)
				? stepBlock(str(st.id))
				: { where: `story.aml step #${j + 1} of section ${str(s.id)}` };
			problems.push(...unknownKeys(step, st, COPY_KEYS.step));
			relations.steps[str(st.id)] = notes(step, st.relations);
			return {
				id: need(step, 'id', st.id),
				state: chart ? need(step, 'state', st.state) : str(st.state),
				text: parts(PLACES.text(step), need(step, 'text', st.text)),
				alt: parts(PLACES.alt(step), chart ? need(step, 'alt', st.alt) : str(st.alt))
			};
		});
		if (chart && !steps.length) {
			problems.push(
				problemAt(fieldOf(section, 'steps'), 'chart-without-steps', 'has a chart but no steps')
			);
		}
		if (!chart && steps.length) {
			problems.push(
				problemAt(
					fieldOf(section, 'chart'),
					'steps-without-chart',
					'has steps but no chart: name one with chart:'
				)
			);
		}
		return {
			id: need(section, 'id', s.id),
			heading: parts(PLACES.heading(section), need(section, 'heading', s.heading)),
			chart,
			steps,
			body: paragraphs((k) => PLACES.body(section, k), s.body),
			picture: pictureOf(section, s)
		};
	});
	const isoDay = (key: string) => {
		const v = need(STORY, key, raw[key]);
		if (v && !(/^\d{4}-\d{2}-\d{2}$/.test(v) && isValidPartialDate(v))) {
			problems.push(
				problemAt(
					fieldOf(STORY, key),
					'not-iso-date',
					`${key}: "${v}" is not a day of the calendar written YYYY-MM-DD`
				)
			);
		} else if (v && lastReport && v < lastReport.from) {
			problems.push(
				problemAt(
					fieldOf(STORY, key),
					'published-before-reports',
					`${key}: ${v} is before ${lastReport.label} was written (${lastReport.from} at the earliest, by articles.json); the page quotes it, so it cannot have been published before it`
				)
			);
		}
		return v;
	};
	const [published, updated] = [isoDay('published'), isoDay('updated')];
	if (published && updated && updated < published) {
		problems.push(
			problemAt(
				fieldOf(STORY, 'updated'),
				'updated-before-published',
				`updated: ${updated} is before published: ${published}; a page is updated after it is first published`
			)
		);
	}
	const copy: StoryCopy = {
		title: parts(PLACES.title(), need(STORY, 'title', raw.title)),
		dek: parts(PLACES.dek(), need(STORY, 'dek', raw.dek)),
		description: need(STORY, 'description', raw.description),
		credit: need(STORY, 'credit', raw.credit),
		published,
		updated,
		method: paragraphs(PLACES.method, raw.method),
		sections
	};
	return { copy, relations, problems };
}

/** Plain text of parts, with each reference rendered by `figure`. */
export function partsToText<P>(parts: P[], figure: (p: Exclude<P, string>) => string): string {
	return parts.map((p) => (typeof p === 'string' ? p : figure(p as Exclude<P, string>))).join('');
}
