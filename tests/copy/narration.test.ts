// The story narrates the events, not the reports (issue 19): report-by-report caveats, date readings
// and wire-copy notes live in the citations and on /sources, so the step text names "report" rarely;
// and the story page's method note is short, the method in full being on /sources.
import { describe, it, expect } from 'vitest';
import { testSite } from '../setup/site';
import { partLists, partsToText } from '$lib/story/copy';

/** The most uses of "report(s)" in all step text, as the reader sees it (counts included). */
const MAX_REPORT_WORDS = 8;
/** The most words of the method note on the story page. */
const MAX_METHOD_WORDS = 150;

const site = testSite();
const text = (where: RegExp) =>
	[...partLists(site.story)]
		.filter(([w]) => where.test(w))
		.map(([, parts]) => partsToText(parts, (f) => f.text))
		.join(' ');

describe('narration', () => {
	it(`uses "report" at most ${MAX_REPORT_WORDS} times in all step text`, () => {
		const steps = text(/^story\.aml step [\w-]+$/);
		expect(steps.split(/\s+/).length).toBeGreaterThan(500);
		expect(steps.match(/\breports?\b/gi)?.length ?? 0).toBeLessThanOrEqual(MAX_REPORT_WORDS);
	});

	it(`keeps the method note on the story page to ${MAX_METHOD_WORDS} words`, () => {
		const last = site.story.sections.at(-1)!;
		expect(last.chart).toBeNull();
		const note = text(new RegExp(`^story\\.aml section ${last.id} paragraph`));
		expect(note.split(/\s+/).length).toBeGreaterThan(20);
		expect(note.split(/\s+/).length).toBeLessThanOrEqual(MAX_METHOD_WORDS);
	});

	it('gives the method in full elsewhere (the sources page shows it)', () => {
		expect(site.story.method.length).toBeGreaterThan(0);
	});
});
