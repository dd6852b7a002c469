// One problem type for everything the build checks: where it is, what is wrong, and how to fix it.

/** A problem found in the data or the copy, worded for the journalist who has to fix it. */
export interface Problem {
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
