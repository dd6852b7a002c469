// Where a set of figures comes from, in one line that is true of all of them: exact quotes, figures
// we computed (a count of reports or a sum from the quotes, an area from the map), dates we read from a report's
// words. The image editions' footer says it; so may anything else that speaks for its figures.
import type { Figure } from './figure';

export interface Provenance {
	/** Some figure is an exact quote. */
	quoted: boolean;
	/** Some figure is one we computed. */
	computed: boolean;
	/** Some figure is a date we read. */
	read: boolean;
	/** The line, ending where the caller says where each figure is explained. */
	text: string;
}

export function provenanceOf(figures: Figure[]): Provenance {
	const computed = figures.some((f) => f.derived);
	const read = figures.some((f) => f.read);
	const quoted = figures.some((f) => !f.derived && !f.read);
	const lead =
		computed || read
			? 'Figures are exact quotes from these news reports, except'
			: 'Every figure is an exact quote from these news reports';
	const except =
		computed && read
			? ' those we computed (from them, or from the map) and dates we read from their words'
			: computed
				? ' those we computed (from them, or from the map)'
				: read
					? ' dates, which we read from the reports’ words'
					: '';
	return { quoted, computed, read, text: lead + except };
}
