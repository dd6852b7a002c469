// One problem type for everything the build checks: its rule, where it is, what is wrong and the fix.
import type { ProblemCode } from './problem-codes';

export type { ProblemCode } from './problem-codes';

/**
 * A problem found in the data or the copy, worded for the journalist who has to fix it, with a
 * stable code and location for tools and tests (tests assert `code` and location, never `message`).
 */
export interface Problem {
	/** Stable, kebab-case name of the rule broken (PROBLEM_CODES), e.g. `quote-not-verbatim`. */
	code: ProblemCode;
	/**
	 * The file at fault: a data file relative to the data folder (`claims.csv`, `story.aml`,
	 * `articles/<file>`), or a source file from the project's root (`src/lib/charts/<id>/spec.ts`).
	 */
	file?: string;
	/** 1-based line in that file, where known: for a CSV cell, the line the cell starts on. */
	line?: number;
	/** 1-based column (in characters) in that line, where known: for a CSV cell, where it starts. */
	column?: number;
	/** The field at fault: a CSV column, a JSON path (`[2].date`), a copy field (`state`, `alt`). */
	field?: string;
	/** The claim, step, section, chart or derived figure the problem is about, where there is one. */
	id?: string;
	/** Where, as an editor would look for it: `claims.csv line 12, claim rawa-retaken-000`, `articles.json [2].date`, `story.aml step town-rawa`. */
	where: string;
	/** What is wrong, and where useful how to fix it. */
	message: string;
}

/** Where a problem is: a Problem without its code and message. */
export type ProblemPlace = Omit<Problem, 'code' | 'message'>;

/** What a check found, before the caller places it: its rule, its words and, if it knows, the field. */
export interface Finding {
	code: ProblemCode;
	message: string;
	field?: string;
}

/** A problem at a place. */
export function problemAt(place: ProblemPlace, code: ProblemCode, message: string): Problem {
	return { code, ...place, message };
}

/** Formats problems as one readable block, one line a problem, each with its code. */
export function formatProblems(problems: Problem[]): string {
	return problems.map((p) => `  ✗ ${p.where} [${p.code}]: ${p.message}`).join('\n');
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

/**
 * Thrown by a check that runs inside a chart's build (a claim looked up by id, say): the pipeline
 * turns it into a Problem with this code at the chart.
 */
export class CheckError extends Error {
	constructor(
		public code: ProblemCode,
		message: string
	) {
		super(message);
		this.name = 'CheckError';
	}
}
