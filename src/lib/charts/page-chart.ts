// A built chart as a page receives it (src/lib/server/pages.ts makes it).

/** A chart as a page needs it: how to draw it, and the reports its figures come from. */
export interface PageChart {
	id: string;
	title: string;
	description: string;
	component: string;
	final: string;
	map: boolean;
	props: Record<string, unknown>;
	/** The reports its figures quote, in order, for the source line. */
	sources: { label: string; file: string }[];
}
