// Where a set of figures comes from, in one line that is true of all of them: exact quotes, figures
// we computed from the quotes (a count of reports, a sum, an area), dates we read from a report's
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
			? ' those we computed from them and dates we read from their words'
			: computed
				? ' those we computed from them'
				: read
					? ' dates, which we read from the reports’ words'
					: '';
	return { quoted, computed, read, text: lead + except };
}
