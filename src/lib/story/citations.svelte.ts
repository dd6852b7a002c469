// Citation context: the claims a page cites and the one citation currently open.
import { getContext, setContext } from 'svelte';
import type { Claim } from '$lib/claims';
import type { DerivedFigure } from '$lib/derived';
import type { ArticleMeta } from '$lib/articles';

/** A claim's figure as displayed, formatted at build time so the client ships no formatting code. */
export interface ClaimFigure {
	/** With hedge and unit: "more than 96%", "1,500–2,500 fighters". */
	text: string;
	/** Without the unit word: "1,500–2,500". */
	noUnit: string;
	/** Without the hedge: "one-third". */
	noQualifier: string;
	/** The event date we read from it ("3 Nov 2017"), or "". */
	date: string;
}

/** What a citation shows of a claim. */
export type CitedClaim = Pick<
	Claim,
	| 'claim_id'
	| 'article'
	| 'paragraph'
	| 'quote'
	| 'attributed_to'
	| 'event_date'
	| 'event_date_basis'
	| 'place_as_written'
>;

/** The evidence a page carries to its readers (no article texts, only what is cited). */
export interface CitationData {
	claims: Record<string, CitedClaim>;
	/** Each claim's figure, formatted. */
	figures: Record<string, ClaimFigure>;
	derived: Record<string, DerivedFigure>;
	articles: Record<string, Pick<ArticleMeta, 'file' | 'label' | 'headline' | 'date_display'>>;
	/** Absolute or root-relative link to the sources page. */
	sourcesHref: string;
}

/** Open citation state plus lookup; one per page. */
export class Citations {
	data: CitationData;
	open = $state<{ ids: string[]; derived: string | null; trigger: HTMLElement | null } | null>(
		null
	);

	constructor(data: CitationData) {
		this.data = data;
	}

	figure(id: string): ClaimFigure {
		const f = this.data.figures[id];
		if (!f) throw new Error(`claim "${id}" is not in this page's evidence`);
		return f;
	}

	claim(id: string): CitedClaim {
		const c = this.data.claims[id];
		if (!c) throw new Error(`claim "${id}" is not in this page's evidence`);
		return c;
	}

	derivedFigure(id: string): DerivedFigure {
		const d = this.data.derived[id];
		if (!d) throw new Error(`derived figure "${id}" is not in this page's evidence`);
		return d;
	}

	show(ids: string[], derived: string | null, trigger: HTMLElement | null) {
		this.open = { ids, derived, trigger };
	}

	close() {
		const trigger = this.open?.trigger;
		this.open = null;
		trigger?.focus();
	}
}

const KEY = Symbol('citations');

export function setCitations(data: CitationData): Citations {
	return setContext(KEY, new Citations(data));
}

export function getCitations(): Citations {
	const c = getContext<Citations | undefined>(KEY);
	if (!c) throw new Error('getCitations() needs a <CitationProvider> (setCitations) above it');
	return c;
}
