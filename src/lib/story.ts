// The story copy (data/story.aml, ArchieML) as typed data: prose with references to claims.
import type { ClaimReference } from '$lib/claims';

/** A run of prose, a cited claim, or a derived figure. */
export type Segment =
	{ kind: 'text'; text: string } | { kind: 'claim'; id: string } | { kind: 'derived'; id: string };

/** One scroll step: its prose and the chart state it shows. */
export interface Step {
	id: string;
	state: string;
	text: Segment[];
	/** For the map: the town this step highlights. */
	town?: string;
	/** For the map: the town's status in the reports (`retaken`, `contested`). */
	status?: string;
	/** Per-step alternative text for the chart in this state. */
	alt: Segment[];
}

/** A story section: a heading, an optional sticky chart driven by steps, and plain paragraphs. */
export interface Section {
	id: string;
	heading: Segment[];
	chart: string | null;
	steps: Step[];
	body: Segment[][];
}

export interface Story {
	title: Segment[];
	dek: Segment[];
	description: string;
	intro: Segment[][];
	sections: Section[];
}

/** A problem in the copy, worded for the editor. */
export interface CopyProblem {
	where: string;
	message: string;
}

const TOKEN = /\{\{\s*(=?)\s*([a-z0-9-]+)\s*\}\}/g;

/** Splits prose into text and `{{claim-id}}` / `{{=derived-id}}` references. */
export function parseSegments(source: string): Segment[] {
	const out: Segment[] = [];
	let last = 0;
	for (const m of source.matchAll(TOKEN)) {
		if (m.index > last) out.push({ kind: 'text', text: source.slice(last, m.index) });
		out.push(m[1] === '=' ? { kind: 'derived', id: m[2] } : { kind: 'claim', id: m[2] });
		last = m.index + m[0].length;
	}
	if (last < source.length) out.push({ kind: 'text', text: source.slice(last) });
	return out;
}

/** The plain text of segments, with each reference rendered by `figure`. */
export function segmentsToText(segments: Segment[], figure: (s: Segment) => string): string {
	return segments.map((s) => (s.kind === 'text' ? s.text : figure(s))).join('');
}

type Raw = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const list = (v: unknown): Raw[] => (Array.isArray(v) ? (v as Raw[]) : []);
const paragraphs = (v: unknown) =>
	list(v)
		.filter((b) => b.type === 'text')
		.map((b) => parseSegments(str(b.value)));

/** Turns the object ArchieML gives into a Story, reporting what is missing. */
export function storyFromArchie(raw: Raw): { story: Story; problems: CopyProblem[] } {
	const problems: CopyProblem[] = [];
	const need = (where: string, key: string, v: unknown) => {
		if (!str(v)) problems.push({ where, message: `${key} is missing` });
		return str(v);
	};
	const sections = list(raw.sections).map((s, i): Section => {
		const where = `section ${str(s.id) || `#${i + 1}`}`;
		const chart = str(s.chart) || null;
		const steps = list(s.steps).map((st, j): Step => {
			const stepWhere = `${where}, step ${str(st.id) || `#${j + 1}`}`;
			return {
				id: need(stepWhere, 'id', st.id),
				state: chart ? need(stepWhere, 'state', st.state) : str(st.state),
				text: parseSegments(need(stepWhere, 'text', st.text)),
				town: str(st.town) || undefined,
				status: str(st.status) || undefined,
				alt: parseSegments(chart ? need(stepWhere, 'alt', st.alt) : str(st.alt))
			};
		});
		if (chart && !steps.length) problems.push({ where, message: 'has a chart but no steps' });
		return {
			id: need(where, 'id', s.id),
			heading: parseSegments(need(where, 'heading', s.heading)),
			chart,
			steps,
			body: paragraphs(s.body)
		};
	});
	const story: Story = {
		title: parseSegments(need('story', 'title', raw.title)),
		dek: parseSegments(need('story', 'dek', raw.dek)),
		description: need('story', 'description', raw.description),
		intro: paragraphs(raw.intro),
		sections
	};
	return { story, problems };
}

/** Every place in the story that carries segments, with a name an editor can find. */
function* segmentLists(story: Story): Generator<[string, Segment[]]> {
	yield ['title', story.title];
	yield ['dek', story.dek];
	for (const [i, p] of story.intro.entries()) yield [`intro paragraph ${i + 1}`, p];
	for (const s of story.sections) {
		yield [`section ${s.id} heading`, s.heading];
		for (const st of s.steps) {
			yield [`section ${s.id} step ${st.id}`, st.text];
			yield [`section ${s.id} step ${st.id} alt`, st.alt];
		}
		for (const [i, p] of s.body.entries()) yield [`section ${s.id} paragraph ${i + 1}`, p];
	}
}

/** Claims the copy cites, with where; derived ids are returned apart. */
export function storyReferences(story: Story): {
	claims: ClaimReference[];
	derived: ClaimReference[];
} {
	const claims: ClaimReference[] = [];
	const derived: ClaimReference[] = [];
	for (const [where, segs] of segmentLists(story)) {
		for (const s of segs) {
			if (s.kind === 'claim') claims.push({ claim_id: s.id, where: `story.aml ${where}` });
			if (s.kind === 'derived') derived.push({ claim_id: s.id, where: `story.aml ${where}` });
		}
	}
	return { claims, derived };
}

/** A figure typed into prose is an error: every digit must come from a claim. */
export function findTypedFigures(story: Story): CopyProblem[] {
	const problems: CopyProblem[] = [];
	for (const [where, segs] of segmentLists(story)) {
		for (const s of segs) {
			if (s.kind !== 'text') continue;
			const m = /[^\s]*\d[^\s]*/.exec(s.text);
			if (m) {
				problems.push({
					where: `story.aml ${where}`,
					message: `"${m[0]}" is a figure typed into the copy; cite it as {{claim-id}} instead`
				});
			}
		}
	}
	return problems;
}
