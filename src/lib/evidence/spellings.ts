// A place as written in a report must be a spelling of the claim's place.
import { canonicalTown } from '$lib/geography';
import type { Claim } from './claims-csv';
import type { Problem } from './problems';

/** Places named after a town: their spellings are the town's. */
const TOWN_OF_PLACE: Record<string, string> = {
	'deir-ez-zor-province': 'deir-ez-zor',
	'al-qaim-border-crossing': 'al-qaim'
};

/** Every spelling in `place_as_written` that names a town must name the claim's `place`. */
export function verifySpellings(claims: Claim[]): Problem[] {
	return claims.flatMap((c) => {
		const town = c.place_as_written ? canonicalTown(c.place_as_written) : null;
		const expected = TOWN_OF_PLACE[c.place] ?? c.place;
		return town && town !== expected
			? [
					{
						where: `claim ${c.claim_id}`,
						message: `place_as_written "${c.place_as_written}" is a spelling of ${town}, but place is "${c.place}"`
					}
				]
			: [];
	});
}
