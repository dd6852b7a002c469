// A place as written in a report: words of the claim's paragraph, and a spelling of the claim's place.
import { canonicalTown } from '$lib/geography';
import type { Claim } from './claim-schema';
import { claimPlace, type ClaimRow } from './claims-csv';
import { splitParagraphs } from './paragraphs';
import { problemAt, type Problem } from './problems';

/** Places named after a town: their spellings are the town's. */
const TOWN_OF_PLACE: Record<string, string> = {
	'deir-ez-zor-province': 'deir-ez-zor',
	'al-qaim-border-crossing': 'al-qaim'
};

/**
 * `place_as_written` is shown as "Written in the report as …", so it must be printed, exactly, in
 * the claim's paragraph; and a spelling that names a town must name the claim's `place`.
 * `rows[i]` is where claim i is in claims.csv; articles are the report texts by file name.
 */
export function verifySpellings(
	claims: Claim[],
	articles: Record<string, string> = {},
	rows: ClaimRow[] = []
): Problem[] {
	return claims.flatMap((c, i) => {
		if (!c.place_as_written) return [];
		const row = rows[i] ?? { line: i + 2, cells: {} };
		const problems: Problem[] = [];
		const text = articles[c.article];
		const paragraph = text === undefined ? undefined : splitParagraphs(text)[c.paragraph - 1];
		if (paragraph !== undefined && !paragraph.includes(c.place_as_written)) {
			problems.push(
				problemAt(
					claimPlace(row, c.claim_id, 'place_as_written'),
					'place-not-in-paragraph',
					`place_as_written "${c.place_as_written}" is not printed in ${c.article}, paragraph ${c.paragraph}; copy the place's name exactly as that paragraph writes it, or leave place_as_written empty`
				)
			);
		}
		const town = canonicalTown(c.place_as_written);
		const expected = TOWN_OF_PLACE[c.place] ?? c.place;
		if (town && town !== expected) {
			problems.push(
				problemAt(
					claimPlace(row, c.claim_id, 'place'),
					'spelling-of-other-place',
					`place_as_written "${c.place_as_written}" is a spelling of ${town}, but place is "${c.place}"`
				)
			);
		}
		return problems;
	});
}
