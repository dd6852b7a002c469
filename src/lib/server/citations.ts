// What a page's citation dialog shows, worded at build time so the client only puts text on screen.
import type { Claim } from '$lib/evidence/claim-schema';
import type { ArticleMeta } from '$lib/evidence/articles';
import { formatEventDate } from '$lib/format';
import { reportName, saidBy } from '$lib/evidence/report-name';
import type { Site } from './site';
import type { CitationEntry, CitationFile } from '$lib/citations/citation-types';

export type { CitationFile };

function entry(c: Claim, article: ArticleMeta | undefined, sources: string): CitationEntry {
	return {
		quote: c.quote,
		who: saidBy(c.attributed_to),
		source: `${article ? reportName(article) : c.article}, paragraph ${c.paragraph}`,
		href: `${sources}#claim-${c.claim_id}`,
		date: c.event_date_basis
			? `Date: ${formatEventDate(c.event_date) || 'not given'}. ${c.event_date_basis}`
			: '',
		spelling: c.place_as_written ? `The report writes the place “${c.place_as_written}”.` : ''
	};
}

/** The citations for a set of claim and derived ids (a derived figure brings its inputs). */
export function citationFile(
	site: Site,
	ids: { claims: Iterable<string>; derived: Iterable<string> },
	sourcesHref: string
): CitationFile {
	const derived = site.derived.filter((d) => [...ids.derived].includes(d.id));
	const wanted = new Set([...ids.claims, ...derived.flatMap((d) => d.claim_ids)]);
	const articles = new Map(site.evidence.articles.map((a) => [a.file, a]));
	return {
		claims: Object.fromEntries(
			site.evidence.claims
				.filter((c) => wanted.has(c.claim_id))
				.map((c) => [c.claim_id, entry(c, articles.get(c.article), sourcesHref)])
		),
		derived: Object.fromEntries(
			derived.map((d) => [d.id, { text: d.display, how: d.how, claims: d.claim_ids }])
		)
	};
}
