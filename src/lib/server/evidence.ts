// Reads the evidence (articles, article metadata, claims) from data/ and verifies it; build-time only.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import {
	parseClaimsCsv,
	verifyClaims,
	formatProblems,
	type Claim,
	type ClaimProblem
} from '$lib/claims';
import { verifyArticleMeta, type ArticleMeta } from '$lib/articles';

export const DATA_DIR = join(process.cwd(), 'data');

/** Everything the site knows, verified. */
export interface Evidence {
	articles: ArticleMeta[];
	articleTexts: Record<string, string>;
	claims: Claim[];
}

/** Thrown when the evidence fails a check; the message lists every problem, one a line. */
export class EvidenceError extends Error {
	constructor(
		public problems: ClaimProblem[],
		title = 'The evidence does not check out'
	) {
		super(
			`${title} (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${formatProblems(problems)}`
		);
		this.name = 'EvidenceError';
	}
}

/** Reads and verifies data/ (or another folder with the same layout). Throws EvidenceError. */
export function readEvidence(dir = DATA_DIR): Evidence {
	const articleDir = join(dir, 'articles');
	if (!existsSync(articleDir)) {
		throw new EvidenceError([
			{ claim_id: '(setup)', message: `no articles folder at ${articleDir}` }
		]);
	}
	const articleTexts: Record<string, string> = {};
	for (const file of readdirSync(articleDir)
		.filter((f) => f.endsWith('.txt'))
		.sort()) {
		articleTexts[file] = readFileSync(join(articleDir, file), 'utf8');
	}
	const articles = JSON.parse(readFileSync(join(dir, 'articles.json'), 'utf8')) as ArticleMeta[];
	const { claims, problems } = parseClaimsCsv(readFileSync(join(dir, 'claims.csv'), 'utf8'));
	problems.push(...verifyArticleMeta(articles, articleTexts));
	problems.push(...verifyClaims(claims, articleTexts));
	if (problems.length) throw new EvidenceError(problems);
	return { articles, articleTexts, claims };
}

let cached: Evidence | undefined;

/** The project's own evidence, read once per build. */
export function evidence(): Evidence {
	cached ??= readEvidence();
	return cached;
}
