// What a page's citation data holds: built at build time (src/lib/server/citations.ts), read by the dialog.

/** One claim as a citation: the quote, who said it, where it is, and how its date was read. */
export interface CitationEntry {
	quote: string;
	who: string;
	/** "Article D (“Islamic State a shadow of its former self”, 4 November 2017), paragraph 6". */
	source: string;
	/** Link to the quote on the sources page. */
	href: string;
	/** "Date: 3 November 2017. …how it was read", or "". */
	date: string;
	/** "The report writes the place “Abu Kamal”.", or "". */
	spelling: string;
}

/** A derived figure as a citation: what it is and how we made it, then its inputs. */
export interface DerivedEntry {
	text: string;
	how: string;
	claims: string[];
}

/** The citation data of one page: exactly the claims and derived figures it shows. */
export interface CitationFile {
	claims: Record<string, CitationEntry>;
	derived: Record<string, DerivedEntry>;
}
