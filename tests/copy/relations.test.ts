// The real story.aml: every relational word of the copy sits in an annotated phrase whose checks
// hold on the data, and `npm run verify` (readSite) stops, with the relation's code, on an edit that
// breaks that: a relational word added with no annotation, a phrase reworded under its annotation,
// a claim id in a relation that is not in claims.csv. The edits are found from the file's structure,
// never from its wording, so rewording the story does not break these tests.
import { describe, it, expect } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { EvidenceError, type Problem } from '$lib/evidence/problems';
import { readSite } from '$lib/server/site';
import { checkRelations } from '$lib/story/relations';
import { applyEdit, dataCopy } from '../hostile/edits';
import { loadCopyData } from './copy-data';

const { copy, data } = loadCopyData();
const lines = copy.source.split('\n');
const claimIds = new Set(data.claims.map((c) => c.claim_id));

/** The problems readSite answers a copy of data/ with, its story.aml edited. */
function problemsAfter(edit: (text: string) => string): Problem[] {
	const dir = dataCopy();
	try {
		applyEdit(dir, 'story.aml', edit);
		readSite(dir);
		return [];
	} catch (e) {
		if (e instanceof EvidenceError) return e.problems;
		throw e;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** story.aml with line `at` (0-based) changed. */
const withLine = (at: number, f: (line: string) => string) => (text: string) =>
	text
		.split('\n')
		.map((l, i) => (i === at ? f(l) : l))
		.join('\n');

/** Whether a line is inside the sections, after the first `[.steps]`. */
const inSections = (at: number) => lines.slice(0, at).includes('[.steps]');

/** The id of the step or section a line belongs to: the nearest `id:` above it. */
const ownerOf = (at: number) =>
	lines
		.slice(0, at)
		.reverse()
		.find((l) => l.startsWith('id:'))!
		.slice(3)
		.trim();

describe('the relations of data/story.aml', () => {
	it('annotate every relational word of the copy, and every check holds on the data', () => {
		const { story, sections, steps } = copy.relations;
		const notes = [story, ...Object.values(sections), ...Object.values(steps)].flat();
		expect(notes.length).toBeGreaterThan(0);
		expect(checkRelations(copy, data)).toEqual([]);
		expect(readFileSync('data/story.aml', 'utf8')).toBe(copy.source);
	});

	it('a relational word added to a step with no annotation stops verify, at its line', () => {
		const at = lines.findIndex((l, i) => l.startsWith('text:') && inSections(i));
		const problems = problemsAfter(withLine(at, (l) => `${l} It came later than that.`));
		expect(problems).toMatchObject([
			{ code: 'relation-unchecked-word', file: 'story.aml', id: ownerOf(at), line: at + 1 }
		]);
	});

	it('a phrase reworded in its annotation, no longer in the copy, stops verify', () => {
		const at = lines.findIndex((l, i) => l.startsWith('phrase:') && inSections(i));
		const problems = problemsAfter(withLine(at, (l) => `${l} (reworded)`));
		expect(problems.map((p) => p.code)).toContain('relation-phrase-missing');
		expect(problems.find((p) => p.code === 'relation-phrase-missing')).toMatchObject({
			line: at + 1
		});
		expect(problems.every((p) => p.code?.startsWith('relation-'))).toBe(true);
	});

	it('a claim id in a relation that claims.csv does not have stops verify', () => {
		const at = lines.findIndex(
			(l, i) =>
				l.startsWith('check:') && inSections(i) && l.split(/[\s;.]+/).some((w) => claimIds.has(w))
		);
		const id = lines[at].split(/[\s;.]+/).find((w) => claimIds.has(w))!;
		const problems = problemsAfter(withLine(at, (l) => l.replace(id, `${id}-renamed`)));
		expect(problems).toMatchObject([
			{ code: 'relation-unknown-id', id: ownerOf(at), line: at + 1 }
		]);
	});
});
