// A place as written in a report: words of the claim's paragraph, and a spelling of the claim's place.
import { canonicalTown, TOWNS } from '$lib/geography';
import type { Claim } from './claim-schema';
import { claimPlace, type ClaimRow } from './claims-csv';
import { splitParagraphs } from './paragraphs';
import { problemAt, type Problem } from './problems';
import { hasPhrase } from './quote-support';

/** Places named after a town: their spellings are the town's. */
const TOWN_OF_PLACE: Record<string, string> = {
	'deir-ez-zor-province': 'deir-ez-zor',
	'al-qaim-border-crossing': 'al-qaim'
};

/** Places that are not towns on the map, and the words that name each in a report. */
export const REGIONS: Record<string, readonly string[]> = {
	'iraq-syria': ['Iraq and Syria', 'both countries', 'Iraq-Syria'],
	iraq: ['Iraq', 'Iraqi'],
	'euphrates-valley': ['Euphrates'],
	'deir-ez-zor-province': ['province'],
	'al-qaim-border-crossing': ['border crossing', 'border post', 'crossing']
};

/** The words that name a place in a report: a town's spellings, a region's words; null if unknown. */
export function namesOfPlace(place: string): readonly string[] | null {
	const town = TOWNS.find((t) => t.id === place);
	return town ? [...new Set([town.name, ...town.spellings])] : (REGIONS[place] ?? null);
}

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
		const row = rows[i] ?? { line: i + 2, cells: {} };
		const problems: Problem[] = [];
		const text = articles[c.article];
		const paragraph = text === undefined ? undefined : splitParagraphs(text)[c.paragraph - 1];
		if (c.place_as_written && paragraph !== undefined && !paragraph.includes(c.place_as_written)) {
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
		if (c.place_as_written && town && town !== expected) {
			problems.push(
				problemAt(
					claimPlace(row, c.claim_id, 'place'),
					'spelling-of-other-place',
					`place_as_written "${c.place_as_written}" is a spelling of ${town}, but place is "${c.place}"`
				)
			);
		}
		const names = c.place ? namesOfPlace(c.place) : [];
		const at = (code: 'unknown-place' | 'place-not-named', message: string) =>
			problems.push(problemAt(claimPlace(row, c.claim_id, 'place'), code, message));
		if (names === null) {
			at(
				'unknown-place',
				`place "${c.place}" is not a known place (the towns of src/lib/geography.ts, or ${Object.keys(REGIONS).join(', ')})`
			);
		} else if (text !== undefined && names.length && !names.some((n) => hasPhrase(text, n))) {
			at(
				'place-not-named',
				`place is "${c.place}", but ${c.article} names it nowhere (as ${names.join(', ')}); give the place the report is about`
			);
		}
		return problems;
	});
}
