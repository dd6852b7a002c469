// Independence is measured, never asserted: make two reports that are stories of their own share
// running text (one reprints the other's paragraphs that carry no figure, its checksum recorded as
// an editor replacing a report would) and every count of sources on the page falls by one, and the
// sources data names the two as one story. The untouched pipeline is the control.
import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIGURE_PHRASE } from '$lib/evidence/coverage';
import { paragraphsWithLines } from '$lib/evidence/paragraphs';
import { readSite, type Site } from '$lib/server/site';
import { testSite } from '../setup/site';
import { dataCopy } from './edits';

/** The counts of reports the site shows (the derived figures `{{#reports}}` and charts make). */
const counts = (site: Site) =>
	new Map(site.derived.filter((d) => d.id.startsWith('reports-')).map((d) => [d.id, d]));

describe('two reports that come to share their running text', () => {
	it('count as one source wherever both are counted', { timeout: 60_000 }, () => {
		const before = testSite();
		const alone = before.evidence.stories.filter((s) => s.files.length === 1);
		expect(alone.length, 'two reports that are stories of their own').toBeGreaterThan(1);
		const [into, from] = [alone[0].files[0], alone[1].files[0]];

		const dir = dataCopy();
		try {
			const text = (f: string) => readFileSync(join(dir, 'articles', f), 'utf8');
			// Paragraphs without a figure: a figure in the report would need a claim of its own.
			const copied = paragraphsWithLines(text(from))
				.map((p) => p.text)
				.filter((p) => !new RegExp(FIGURE_PHRASE.source, FIGURE_PHRASE.flags).test(p));
			const edited = `${text(into).trimEnd()}\n\n${copied.join('\n\n')}\n`;
			writeFileSync(join(dir, 'articles', into), edited);
			const meta = JSON.parse(readFileSync(join(dir, 'articles.json'), 'utf8'));
			meta.find((a: { file: string }) => a.file === into).sha256 = createHash('sha256')
				.update(edited)
				.digest('hex');
			writeFileSync(join(dir, 'articles.json'), JSON.stringify(meta, null, '\t'));

			const after = readSite(dir);
			expect(after.evidence.stories.length).toBe(before.evidence.stories.length - 1);
			expect(after.evidence.stories.find((s) => s.files.includes(into))!.files).toContain(from);

			const [was, now] = [counts(before), counts(after)];
			const both = [...was.values()].filter(
				(d) =>
					d.id === 'reports-all' ||
					[into, from].every((f) =>
						d.claim_ids.some(
							(id) => before.evidence.claims.find((c) => c.claim_id === id)?.article === f
						)
					)
			);
			expect(both.length, 'counts that include both reports').toBeGreaterThan(0);
			for (const d of both) {
				expect(now.get(d.id)!.value, d.id).toBe(d.value! - 1);
				expect(now.get(d.id)!.display, d.id).not.toBe(d.display);
			}
			// A count that includes only one of them is unchanged.
			for (const d of [...was.values()].filter((d) => !both.includes(d)))
				expect(now.get(d.id)!.value, d.id).toBe(d.value);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
