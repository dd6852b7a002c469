// The evidence one page carries to its readers, picked and formatted at build time.
import { formatClaim, formatEventDate } from '$lib/format';
import type { CitationData, CitedClaim } from '$lib/story/citations.svelte';
import type { SiteContent } from '$lib/server/content';

/** Only the claims and articles that a set of ids needs, so pages carry no more than they cite. */
export function pickEvidence(ids: Iterable<string>, content: SiteContent): CitationData {
	const { derived } = content;
	const { claims, articles } = content.evidence;
	const wanted = new Set(ids);
	for (const d of derived) if (wanted.has(d.id)) d.claim_ids.forEach((id) => wanted.add(id));
	const picked = claims.filter((c) => wanted.has(c.claim_id));
	const pickedClaims: Record<string, CitedClaim> = Object.fromEntries(
		picked.map((c) => [
			c.claim_id,
			{
				claim_id: c.claim_id,
				article: c.article,
				paragraph: c.paragraph,
				quote: c.quote,
				attributed_to: c.attributed_to,
				event_date: c.event_date,
				event_date_basis: c.event_date_basis,
				place_as_written: c.place_as_written
			}
		])
	);
	const files = new Set(Object.values(pickedClaims).map((c) => c.article));
	return {
		claims: pickedClaims,
		figures: Object.fromEntries(
			picked.map((c) => [
				c.claim_id,
				{
					text: formatClaim(c),
					noUnit: formatClaim(c, { unit: false }),
					noQualifier: formatClaim(c, { qualifier: false }),
					date: formatEventDate(c.event_date)
				}
			])
		),
		derived: Object.fromEntries(derived.filter((d) => wanted.has(d.id)).map((d) => [d.id, d])),
		articles: Object.fromEntries(
			articles
				.filter((a) => files.has(a.file))
				.map((a) => [
					a.file,
					{ file: a.file, label: a.label, headline: a.headline, date_display: a.date_display }
				])
		),
		sourcesHref: '/sources'
	};
}
