// Where each run of story.aml's copy is, as problems name it (`story.aml step town-rawa alt`, with
// the step's id and field), and the walks over the copy that carry those places.
import type { ProblemPlace } from '$lib/evidence/problems';
import type { StoryOf } from './copy';

/** A block of story.aml as problems name it: the story itself, a section or a step. */
export interface Block {
	where: string;
	/** The section's or step's id, when it has one. */
	id?: string;
}

export const STORY: Block = { where: 'story.aml' };

/**
 * A field of a block as a Problem's place. Fields are named as an editor reads them: `title`,
 * `method paragraph 1`; in a section `heading`, `chart`, `body paragraph 3`; in
 * a step `state`, `text`, `alt`. `where` is the block's, unless a run of copy has its own.
 */
export function fieldOf(block: Block, field?: string, where = block.where): ProblemPlace {
	return { where, file: 'story.aml', field, id: block.id };
}

/** Where each run of copy is, shared by the copy's reader and everything that walks the copy. */
export const PLACES = {
	title: () => fieldOf(STORY, 'title', 'story.aml title'),
	dek: () => fieldOf(STORY, 'dek', 'story.aml dek'),
	method: (i: number) =>
		fieldOf(STORY, `method paragraph ${i + 1}`, `story.aml method paragraph ${i + 1}`),
	heading: (section: Block) => fieldOf(section, 'heading', `${section.where} heading`),
	body: (section: Block, i: number) =>
		fieldOf(section, `body paragraph ${i + 1}`, `${section.where} paragraph ${i + 1}`),
	caption: (section: Block) => fieldOf(section, 'caption', `${section.where} caption`),
	text: (step: Block) => fieldOf(step, 'text'),
	alt: (step: Block) => fieldOf(step, 'alt', `${step.where} alt`)
};
export const sectionBlock = (id: string): Block => ({ where: `story.aml section ${id}`, id });
export const stepBlock = (id: string): Block => ({ where: `story.aml step ${id}`, id });

/** The place of story.aml's description, which holds no references but is checked like the rest. */
export const DESCRIPTION_PLACE: ProblemPlace = fieldOf(
	STORY,
	'description',
	'story.aml description'
);

/** A section or step of story.aml as a Problem's place (`field` the one at fault). */
export const sectionPlace = (id: string, field?: string) => fieldOf(sectionBlock(id), field);
export const stepPlace = (id: string, field?: string) => fieldOf(stepBlock(id), field);

/** Every run of parts in the story, with where an editor finds it and its place for a Problem. */
export function* partLists<P>(story: StoryOf<P>): Generator<[string, P[], ProblemPlace]> {
	const run = (place: ProblemPlace, parts: P[]): [string, P[], ProblemPlace] => [
		place.where,
		parts,
		place
	];
	yield run(PLACES.title(), story.title);
	yield run(PLACES.dek(), story.dek);
	for (const [i, p] of story.method.entries()) yield run(PLACES.method(i), p);
	for (const s of story.sections) {
		const section = sectionBlock(s.id);
		yield run(PLACES.heading(section), s.heading);
		for (const st of s.steps) {
			yield run(PLACES.text(stepBlock(st.id)), st.text);
			yield run(PLACES.alt(stepBlock(st.id)), st.alt);
		}
		for (const [i, p] of s.body.entries()) yield run(PLACES.body(section, i), p);
		if (s.picture) yield run(PLACES.caption(section), s.picture.caption);
	}
}

/** The same story with every part mapped (references resolved to figures, say). */
export function mapParts<P, Q>(
	story: StoryOf<P>,
	f: (part: P, place: ProblemPlace) => Q
): StoryOf<Q> {
	const m = (parts: P[], place: ProblemPlace) => parts.map((p) => f(p, place));
	return {
		title: m(story.title, PLACES.title()),
		dek: m(story.dek, PLACES.dek()),
		description: story.description,
		credit: story.credit,
		published: story.published,
		updated: story.updated,
		method: story.method.map((p, i) => m(p, PLACES.method(i))),
		sections: story.sections.map((s) => {
			const section = sectionBlock(s.id);
			return {
				...s,
				heading: m(s.heading, PLACES.heading(section)),
				steps: s.steps.map((st) => ({
					...st,
					text: m(st.text, PLACES.text(stepBlock(st.id))),
					alt: m(st.alt, PLACES.alt(stepBlock(st.id)))
				})),
				body: s.body.map((p, i) => m(p, PLACES.body(section, i))),
				picture: s.picture && {
					...s.picture,
					caption: m(s.picture.caption, PLACES.caption(section))
				}
			};
		})
	};
}
