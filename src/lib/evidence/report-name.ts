// How a reader meets a report: its letter, then what it prints (headline, dateline) and its date,
// in words. A report without a printed headline cannot be named by one, so a letter is the name.
import type { ArticleMeta } from './articles';
import { formatEventDate } from '$lib/format';

type Named = Pick<ArticleMeta, 'label' | 'headline' | 'dateline' | 'date' | 'date_evidence'>;

/** "no headline, datelined BAGHDAD, November 2017 by our reading", from what the report prints. */
export function reportDescription(a: Named): string {
	// articles.json gives a whole day only where the report prints one. Printed as an ISO date, it is
	// that day; printed otherwise (D's "04/11/2017"), which day it is is our reading, and we say so.
	// A month is our reading of a report that prints no date; its date basis says how.
	const day = (iso: string) =>
		a.date_evidence?.includes(iso)
			? formatEventDate(iso)
			: `${formatEventDate(iso)} by our reading of its “${a.date_evidence}”`;
	const date = !a.date
		? 'undated'
		: /^\d{4}-\d{2}-\d{2}$/.test(a.date)
			? day(a.date)
			: `${formatEventDate(a.date)} by our reading`;
	return [
		a.headline ? `“${a.headline}”` : 'no headline',
		a.dateline ? `datelined ${a.dateline}` : null,
		date
	]
		.filter(Boolean)
		.join(', ');
}

/** "Article D (“Islamic State a shadow of its former self”, 4 November 2017)". */
export function reportName(a: Named): string {
	return `${a.label} (${reportDescription(a)})`;
}

/** The report's anchor on the sources page, by its letter: "report-d". */
export function reportAnchor(a: Pick<ArticleMeta, 'label'>): string {
	return `report-${a.label.split(' ').pop()!.toLowerCase()}`;
}

/** Who a quote is from, for readers: the report itself, or the person or body it names. */
export function saidBy(attributedTo: string): string {
	return attributedTo === 'the article' ? 'In the report’s own voice' : attributedTo;
}
