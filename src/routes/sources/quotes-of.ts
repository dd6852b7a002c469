// The quotes of one report as the sources page lists them: each paragraph's words once. Claims that
// quote the same words, or words inside another claim's quote of the same paragraph, are listed
// with that quote (their anchors on it), so no words appear twice, once as quoted and once as kept.
import type { Claim } from '$lib/evidence/claim-schema';

export interface ListedQuote {
	/** The claim whose quote is shown (the longest of its paragraph's that hold the others). */
	claim: Claim;
	/** The claims listed with it, in claims.csv order. */
	also: string[];
}

export function quotesOf(claims: Claim[]): ListedQuote[] {
	const byLength = [...claims].sort((a, b) => b.quote.length - a.quote.length);
	const listed: ListedQuote[] = [];
	for (const c of byLength) {
		const holder = listed.find(
			(q) => q.claim.paragraph === c.paragraph && q.claim.quote.includes(c.quote)
		);
		if (holder) holder.also.push(c.claim_id);
		else listed.push({ claim: c, also: [] });
	}
	const order = (id: string) => claims.findIndex((c) => c.claim_id === id);
	for (const q of listed) q.also.sort((a, b) => order(a) - order(b));
	return listed.sort(
		(a, b) =>
			a.claim.paragraph - b.claim.paragraph || order(a.claim.claim_id) - order(b.claim.claim_id)
	);
}
