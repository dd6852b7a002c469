// Reads data/articles.json: valid JSON (a syntax error is named by line and column), then checked
// against a schema (zod) whose errors name the JSON path: `articles.json [2].date`.
import { z } from 'zod';
import type { ArticleMeta } from './articles';
import { isValidPartialDate } from './event-date';
import { problemAt, type Problem, type ProblemCode } from './problems';
import { lineColumn } from './text-files';

const text = z.string().trim().min(1, { error: 'must not be empty' });
const paragraph = z.int({ error: 'must be a paragraph number, a whole number from 1' }).min(1, {
	error: 'must be a paragraph number, a whole number from 1'
});
const isoDate = z.string().refine(isValidPartialDate, {
	error: (iss) =>
		`${JSON.stringify(iss.input)} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD); write the date the text evidences, or null if it prints none`
});

const fullDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, {
		error: (iss) => `${JSON.stringify(iss.input)} is not a full ISO date (YYYY-MM-DD)`
	})
	.refine(isValidPartialDate, {
		error: (iss) => `${JSON.stringify(iss.input)} is not a day of the calendar`
	});

/** One entry of articles.json: every field, none unknown. */
export const ARTICLE_SCHEMA = z.strictObject({
	file: z
		.string()
		.regex(/^[\w.-]+\.txt$/, { error: 'must be the file name of a report in data/articles/' }),
	label: text,
	headline: text.nullable(),
	subheads: z.array(text),
	dateline: text.nullable(),
	date: isoDate.nullable(),
	date_display: text,
	date_evidence: text.nullable(),
	date_evidence_paragraph: paragraph.nullable(),
	date_basis: text,
	date_bounds: z
		.strictObject({ earliest: fullDate.nullable(), latest: fullDate.nullable() })
		.nullable(),
	credits: z.array(z.strictObject({ role: text, text, paragraph })),
	sha256: z
		.string()
		.regex(/^[0-9a-f]{64}$/, { error: 'must be 64 lowercase hex digits (the output of sha256sum)' })
		.optional()
});

const ARTICLES_SCHEMA = z.array(ARTICLE_SCHEMA);

/** A JSON path as an editor reads it: `[2].credits[0].paragraph`. */
export function jsonPath(path: readonly PropertyKey[]): string {
	return path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('');
}

/** The rule a zod issue breaks (the schema's one refinement is the ISO date). */
function issueCode(issue: z.core.$ZodIssue): ProblemCode {
	if (issue.code === 'unrecognized_keys') return 'unknown-field';
	if (issue.code === 'invalid_type')
		return issue.input === undefined ? 'required-field' : 'wrong-type';
	if (issue.code === 'too_small' && issue.origin === 'string') return 'required-field';
	if (issue.code === 'invalid_format') return 'wrong-format';
	if (issue.code === 'custom') return 'not-iso-date';
	return 'invalid-value';
}

/** What zod says, in the words of this project. */
function describeIssue(issue: z.core.$ZodIssue): string {
	if (issue.code === 'unrecognized_keys') {
		return `has unknown field(s) ${issue.keys.join(', ')}; remove them, or fix their spelling (the fields are: ${ARTICLE_SCHEMA.keyof().options.join(', ')})`;
	}
	if (issue.code === 'invalid_type' && issue.input === undefined) {
		return 'is missing; add it (null where the text gives nothing)';
	}
	if (issue.code === 'invalid_type') {
		const was =
			issue.input === null ? 'null' : Array.isArray(issue.input) ? 'a list' : typeof issue.input;
		return `is ${JSON.stringify(issue.input)?.slice(0, 40) ?? was} (${was}), but it must be ${issue.expected === 'array' ? 'a list [ … ]' : issue.expected === 'number' ? 'a number, without quotes' : `a ${issue.expected}`}`;
	}
	return issue.message;
}

/** Parses and validates articles.json; every problem names the file and the line or the path. */
export function parseArticlesJson(source: string): {
	articles: ArticleMeta[];
	problems: Problem[];
} {
	let raw: unknown;
	try {
		raw = JSON.parse(source);
	} catch (e) {
		const message = (e as Error).message;
		const position = /at position (\d+)/.exec(message);
		const { line, column } = lineColumn(source, position ? Number(position[1]) : source.length);
		const what = message.replace(/ in JSON at position \d+.*$/, '').replace(/ \(line \d+.*$/, '');
		return {
			articles: [],
			problems: [
				problemAt(
					{
						where: `articles.json line ${line}, column ${column}`,
						file: 'articles.json',
						line,
						column
					},
					'json-syntax',
					`is not valid JSON (${what}); fix the syntax there or just before it: a missing comma, quote or bracket, or a comma before a closing bracket`
				)
			]
		};
	}
	const parsed = ARTICLES_SCHEMA.safeParse(raw, { reportInput: true });
	if (parsed.success) return { articles: parsed.data, problems: [] };
	return {
		articles: [],
		problems: parsed.error.issues.map((issue) => {
			const path = jsonPath(issue.path);
			const where = `articles.json ${path || '(the whole file)'}`;
			// An unknown field is named by its own path: `[1].lable`.
			const field =
				issue.code === 'unrecognized_keys' ? `${path}.${issue.keys[0]}` : path || undefined;
			return problemAt(
				{ where, file: 'articles.json', field },
				issueCode(issue),
				describeIssue(issue)
			);
		})
	};
}
