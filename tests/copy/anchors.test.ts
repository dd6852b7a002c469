// A relative word ("Friday", "last month", "this year") means nothing without its report's date.
// These checks hold the copy to that: every such figure sits in a sentence that anchors it (names
// the report's date, says it prints none, or says how we read it), and what a sentence says of its
// report ("a report dated …", "a report that prints no date") is true of the claims cited in it.
import { describe, it, expect } from 'vitest';
import type { Figure } from '$lib/figures/figure';
import { testSite } from '../setup/site';
import { partLists } from '$lib/story/copy';

const site = testSite();
const claims = new Map(site.evidence.claims.map((c) => [c.claim_id, c]));
const articles = new Map(site.evidence.articles.map((a) => [a.file, a]));

/** Words that place an event only relative to a report's own day. */
const RELATIVE =
	/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|late friday|this year|last year|this month|last month|earlier this month|earlier this year|this week|last week|earlier this week|second|at dawn|by saturday)$/i;

/** A sentence of the copy: its text, with each figure shown as ⟨…⟩, and the figures in it. */
interface Sentence {
	where: string;
	text: string;
	figures: Figure[];
}

function sentences(): Sentence[] {
	const out: Sentence[] = [];
	for (const [where, parts] of partLists(site.story)) {
		let current: Sentence = { where, text: '', figures: [] };
		for (const p of parts) {
			if (typeof p !== 'string') {
				current.text += `⟨${p.text}⟩`;
				current.figures.push(p);
				continue;
			}
			// A full stop ends a sentence, except after a title ("Maj. Gen. James Jarrard").
			const pieces = p.split(/(?<=[.!?])(?<!\b(?:Maj|Gen|Col|Lt|Brig|Mr|Dr|St)\.)\s+(?=[A-Z“])/);
			pieces.forEach((piece, i) => {
				if (i > 0) {
					out.push(current);
					current = { where, text: '', figures: [] };
				}
				current.text += piece;
			});
		}
		out.push(current);
	}
	return out.filter((s) => s.text.trim());
}

const all = sentences();
const textOf = (f: Figure) => f.text.replace(/^“|”$/g, '');
const claimsIn = (s: Sentence) =>
	s.figures.filter((f) => !f.derived).flatMap((f) => f.claims.map((id) => claims.get(id)!));
const printsNoDate = (file: string) => articles.get(file)!.date_display.startsWith('not printed');

describe('anchored figures', () => {
	it('finds the copy’s sentences and their figures', () => {
		expect(all.length).toBeGreaterThan(40);
		expect(all.some((s) => s.figures.some((f) => RELATIVE.test(textOf(f))))).toBe(true);
	});

	it('shows every relative word as the report’s own words, with our reading in its citation', () => {
		// The step text does not explain each date: the figure is quoted, and its citation (every
		// claim's event_date_basis, shown in the panel and on /sources) says how we read it.
		const loose = all.flatMap((s) =>
			s.figures
				.filter((f) => !f.derived && RELATIVE.test(textOf(f)))
				.filter(
					(f) =>
						!/^“.*”$/.test(f.text) ||
						f.claims.some((id) => !claims.get(id)!.event_date_basis?.trim())
				)
				.map((f) => `${s.where}: ${f.text} (${f.claims.join(', ')})`)
		);
		expect(loose).toEqual([]);
	});

	it('says "a report that prints no date" only of reports that print none', () => {
		const wrong = all
			.filter((s) => /prints no date/.test(s.text))
			.flatMap((s) => {
				const cited = claimsIn(s).filter((c) => c.metric !== 'report_date_reference');
				if (!cited.length) return [`${s.where}: cites no claim`];
				return cited.some((c) => printsNoDate(c.article)) ? [] : [`${s.where}: ${s.text}`];
			});
		expect(wrong).toEqual([]);
	});

	it('cites, beside "a report dated …" or "we date to …", figures of that very report', () => {
		const wrong = all
			.filter((s) => /report dated|printed date|we date to/.test(s.text))
			.flatMap((s) => {
				const date = claimsIn(s).find((c) => c.metric === 'report_date_reference');
				if (!date) return [`${s.where}: "a report dated" with no report date cited`];
				const others = claimsIn(s).filter((c) => c !== date);
				return others.length && others.every((c) => c.article !== date.article)
					? [`${s.where}: ${s.text}`]
					: [];
			});
		expect(wrong).toEqual([]);
	});

	it('says no month is given for Raqqa only while none is', () => {
		const sentence = all.find((s) => /no month/i.test(s.text) && s.text.includes('Raqqa'));
		const said = all.find((s) => /no month/i.test(s.text));
		// Wherever the copy says it, it is said of Raqqa.
		if (said) expect(sentence).toBeDefined();
		const raqqa = [...claims.values()].filter((c) => c.place === 'raqqa');
		expect(raqqa.length).toBeGreaterThan(0);
		for (const c of raqqa) expect(c.event_date, c.claim_id).not.toMatch(/^\d{4}-\d{2}/);
		const months =
			/January|February|March|April|May|June|July|August|September|October|November|December/;
		for (const text of Object.values(site.evidence.articleTexts)) {
			for (const paragraph of text.split(/\n\s*\n/)) {
				if (/\bRaqq?a\b/.test(paragraph)) expect(paragraph).not.toMatch(months);
			}
		}
	});
});
