// A figure as every surface reads it (prose, chart labels, citations): the text shown and what it cites.
import type { Claim } from '$lib/evidence/claim-schema';
import type { DerivedFigure } from '$lib/evidence/derived';
import { countOf, formatClaim, formatEventDate } from '$lib/format';

/** A cited figure, formatted at build time: the client never formats or looks anything up. */
export interface Figure {
	/** The figure as displayed: "more than 96%", "1,500–2,500", "Friday". */
	text: string;
	/** The claims it shows (several when reports give the same figure), or a derived figure's inputs. */
	claims: string[];
	/** For a figure we computed: its id (the `data-derived` attribute) and how, in words (its citation). */
	derived?: { id: string; how: string };
	/** A date we read from a report's words ("Friday" as 3 November 2017), not one it prints. */
	read?: true;
}

/** Rich text: plain strings and cited figures, as the copy and chart labels are written. */
export type Rich = (string | Figure)[];

/** How to show a claim: with or without its unit word and hedge, or its event date instead. */
export interface FigureOptions {
	unit?: boolean;
	qualifier?: boolean;
	show?: 'figure' | 'date' | 'month';
}

/** The text of one claim under the options. */
function claimText(c: Claim, opts: FigureOptions): string {
	if (opts.show === 'date') return formatEventDate(c.event_date);
	if (opts.show === 'month') return formatEventDate(c.event_date, 'month');
	return formatClaim(c, opts);
}

/**
 * One figure from one or more claims that give the same figure (two reports carrying the same
 * range share one label and both citations). Claims that read differently are an error.
 */
export function claimFigure(claims: Claim | Claim[], opts: FigureOptions = {}): Figure {
	const list = Array.isArray(claims) ? claims : [claims];
	if (!list.length) throw new Error('a figure needs at least one claim');
	const numericDate = list.find(
		(c) =>
			(opts.show ?? 'figure') === 'figure' &&
			/\d{1,2}\/\d{1,2}\/\d{2,4}|\d{4}-\d{2}/.test(c.text ?? '')
	);
	if (numericDate) {
		throw new Error(
			`claim ${numericDate.claim_id} is a date written "${numericDate.text}", which readers in different countries read differently: show it as the date we read (|date in the copy, { show: 'date' } in a chart)`
		);
	}
	const texts = [...new Set(list.map((c) => claimText(c, opts)))];
	if (texts.length > 1) {
		throw new Error(
			`claims ${list.map((c) => c.claim_id).join(', ')} read differently (${texts.map((t) => `"${t}"`).join(' vs ')}): show them apart`
		);
	}
	if (!texts[0]) {
		throw new Error(
			`claim ${list[0].claim_id} has no ${opts.show === 'date' ? 'event date' : 'figure'} to show`
		);
	}
	const read = opts.show === 'date' || opts.show === 'month';
	return { text: texts[0], claims: list.map((c) => c.claim_id), ...(read ? { read } : {}) };
}

/**
 * How many independent sources a set of claims rests on (every report, given none): reports that
 * print one story (`stories`, measured from their texts by src/lib/evidence/independence.ts)
 * count once, and the text says so: "two reports"; "all five reports"; "five reports (four
 * independent stories)" when two of them print one story; "one story, printed in two reports"
 * when that is all there is. Its value is the number of independent stories; its citation names
 * the reports.
 */
export function reportCount(
	claims: Claim[],
	labels: Record<string, string>,
	stories: string[][] = [],
	capital = false
): DerivedFigure {
	const files = claims.length ? [...new Set(claims.map((c) => c.article))] : Object.keys(labels);
	const storyOf = (f: string) => stories.findIndex((s) => s.includes(f));
	const independent = new Set(files.map((f) => (storyOf(f) < 0 ? f : `story-${storyOf(f)}`))).size;
	const name = (fs: string[]) => {
		const all = [...fs].sort().map((f) => labels[f] ?? f);
		return all.length === 2 ? all.join(' and ') : all.join(', ');
	};
	const twins = stories.map((s) => s.filter((f) => files.includes(f))).filter((s) => s.length > 1);
	// Some reports that are every report: "all five reports", never "five reports" of five.
	const every = claims.length > 0 && files.length === Object.keys(labels).length;
	const reports = countOf(files.length, 'report');
	const text = !twins.length
		? `${every ? 'all ' : ''}${reports}`
		: independent === 1
			? `one story, printed in ${reports}`
			: `${reports} (${countOf(independent, 'independent story', false, 'independent stories')})`;
	const whose = claims.length
		? `the reports these figures come from (${name(files)})`
		: `the reports this page is built from (${name(files)}), and nothing else`;
	const joined = twins.map((t) => `${name(t)} print one story, so count once`).join('; ');
	return {
		id: claims.length ? `reports-${claims.map((c) => c.claim_id).join('-')}` : 'reports-all',
		display: capital ? text[0].toUpperCase() + text.slice(1) : text,
		claim_ids: claims.map((c) => c.claim_id),
		how: `counted by us: ${whose}${joined ? `; ${joined} (their shared running text is on the sources page)` : ''}`,
		value: independent,
		low: null,
		high: null
	};
}

/** The figure of something we computed, citing its inputs. */
export function derivedFigure(d: DerivedFigure): Figure {
	return { text: d.display, claims: d.claim_ids, derived: { id: d.id, how: d.how } };
}

/** True for a value shaped like a Figure. */
export function isFigure(v: unknown): v is Figure {
	return (
		typeof v === 'object' &&
		v !== null &&
		typeof (v as Figure).text === 'string' &&
		Array.isArray((v as Figure).claims)
	);
}

/** Every figure inside a value (props of a chart, a resolved story), depth first. */
export function collectFigures(value: unknown, out: Figure[] = []): Figure[] {
	if (isFigure(value)) out.push(value);
	else if (Array.isArray(value)) for (const v of value) collectFigures(v, out);
	else if (typeof value === 'object' && value !== null) {
		for (const v of Object.values(value)) collectFigures(v, out);
	}
	return out;
}

/** What a figure cites: its claim ids, and derived ids apart. */
export function citedBy(value: unknown): { claims: string[]; derived: string[] } {
	const figures = collectFigures(value);
	return {
		claims: [...new Set(figures.flatMap((f) => f.claims))],
		derived: [...new Set(figures.flatMap((f) => (f.derived ? [f.derived.id] : [])))]
	};
}

/** The key a citation dialog opens a figure by: `=derived-id`, or its claim ids. */
export function citeKey(f: Figure): string {
	return f.derived ? `=${f.derived.id}` : f.claims.join(' ');
}
