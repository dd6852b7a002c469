// Reads the evidence (articles, article metadata, claims) from data/ and verifies it; build-time only.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseClaimsCsv, type Claim } from '$lib/evidence/claims-csv';
import { verifyClaims } from '$lib/evidence/verify-claims';
import { verifyArticleMeta, type ArticleMeta } from '$lib/evidence/articles';
import { verifySpellings } from '$lib/evidence/spellings';
import { EvidenceError, type Problem } from '$lib/evidence/problems';

export const DATA_DIR = join(process.cwd(), 'data');

/** Everything the site knows, verified. */
export interface Evidence {
	articles: ArticleMeta[];
	articleTexts: Record<string, string>;
	claims: Claim[];
}

function readJson<T>(file: string, problems: Problem[]): T | null {
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as T;
	} catch (e) {
		problems.push({ where: file, message: `cannot be read as JSON: ${(e as Error).message}` });
		return null;
	}
}

/** Reads and verifies data/ (or another folder with the same layout). Throws EvidenceError. */
export function readEvidence(dir = DATA_DIR): Evidence {
	const articleDir = join(dir, 'articles');
	if (!existsSync(articleDir)) {
		throw new EvidenceError([{ where: articleDir, message: 'the articles folder is missing' }]);
	}
	const problems: Problem[] = [];
	const articleTexts: Record<string, string> = {};
	for (const file of readdirSync(articleDir)
		.filter((f) => f.endsWith('.txt'))
		.sort()) {
		articleTexts[file] = readFileSync(join(articleDir, file), 'utf8');
	}
	const articles = readJson<ArticleMeta[]>(join(dir, 'articles.json'), problems) ?? [];
	const { claims, problems: csvProblems } = parseClaimsCsv(
		readFileSync(join(dir, 'claims.csv'), 'utf8')
	);
	problems.push(...csvProblems);
	problems.push(...verifyArticleMeta(articles, articleTexts));
	problems.push(...verifyClaims(claims, articleTexts));
	problems.push(...verifySpellings(claims));
	if (problems.length) throw new EvidenceError(problems);
	return { articles, articleTexts, claims };
}
