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
	return { text: texts[0], claims: list.map((c) => c.claim_id) };
}

/**
 * How many reports carry some claims ("four reports"), or, with no claims, how many reports the
 * site is built from: a count we make, so it is a derived figure that says how it was counted.
 */
export function reportCount(
	claims: Claim[],
	labels: Record<string, string>,
	capital = false
): DerivedFigure {
	const files = claims.length ? [...new Set(claims.map((c) => c.article))] : Object.keys(labels);
	const named = files
		.sort()
		.map((f) => labels[f] ?? f)
		.join(', ');
	// Some reports that are every report: "all five reports", never "five reports" of five.
	const every = claims.length > 0 && files.length === Object.keys(labels).length;
	const text = `${every ? 'all ' : ''}${countOf(files.length, 'report')}`;
	return {
		id: claims.length ? `reports-${claims.map((c) => c.claim_id).join('-')}` : 'reports-all',
		display: capital ? text[0].toUpperCase() + text.slice(1) : text,
		claim_ids: claims.map((c) => c.claim_id),
		how: claims.length
			? `counted by us: the reports these figures come from (${named})`
			: `counted by us: the reports this page is built from (${named}), and nothing else`,
		value: files.length,
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
