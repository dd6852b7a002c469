// One problem type for everything the build checks: where it is, what is wrong, and how to fix it.

/**
 * A problem found in the data or the copy, worded for the journalist who has to fix it, with a
 * stable code and location for tools and tests (tests assert `code` and location, never `message`).
 */
export interface Problem {
	/** Stable, kebab-case name of the rule broken, e.g. `quote-not-verbatim`; tests assert it. */
	code?: string;
	/** The data file, relative to the data folder (`claims.csv`, `story.aml`, `articles/<file>`). */
	file?: string;
	/** 1-based line in that file, where known. */
	line?: number;
	/** 1-based column in that line, where known. */
	column?: number;
	/** The field (CSV column, JSON path, copy field) at fault, where there is one. */
	field?: string;
	/** The claim, step or chart id the problem is about, where there is one. */
	id?: string;
	/** Where, as an editor would look for it: `claims.csv line 12, claim rawa-retaken-000`, `articles.json [2].date`, `story.aml step town-rawa`. */
	where: string;
	/** What is wrong, and where useful how to fix it. */
	message: string;
}

/** Formats problems as one readable block, one line a problem. */
export function formatProblems(problems: Problem[]): string {
	return problems.map((p) => `  ✗ ${p.where}: ${p.message}`).join('\n');
}

/** Thrown when the data fails a check; the message lists every problem, one a line. */
export class EvidenceError extends Error {
	constructor(
		public problems: Problem[],
		title = 'The evidence does not check out'
	) {
		super(
			`${title} (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${formatProblems(problems)}`
		);
		this.name = 'EvidenceError';
	}
}

/** Where a claim is, for messages: its id, which editors search for. */
export const claimWhere = (claimId: string) => `claim ${claimId}`;
