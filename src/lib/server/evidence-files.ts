// Reads the evidence (articles, article metadata, claims) from data/ and verifies it; build-time only.
// Every failure is a Problem naming the file and the fix, never a stack trace.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Claim } from '$lib/evidence/claim-schema';
import { parseClaimsCsv } from '$lib/evidence/claims-csv';
import { verifyClaims } from '$lib/evidence/verify-claims';
import { verifyArticleMeta, type ArticleBytes, type ArticleMeta } from '$lib/evidence/articles';
import { parseArticlesJson } from '$lib/evidence/articles-json';
import { verifySpellings } from '$lib/evidence/spellings';
import { decodeDataFile, decodeUtf8 } from '$lib/evidence/text-files';
import { findHiddenCharacters } from '$lib/evidence/hidden-characters';
import { parseOmittedCsv, uncoveredFigures, verifyOmitted } from '$lib/evidence/coverage';
import { EvidenceError, problemAt, type Problem } from '$lib/evidence/problems';
import { independentStories, type Story } from '$lib/evidence/independence';

export const DATA_DIR = join(process.cwd(), 'data');

/** Everything the site knows, verified. */
export interface Evidence {
	articles: ArticleMeta[];
	articleTexts: Record<string, string>;
	claims: Claim[];
	/** The independent stories the reports make: a wire story printed twice is one (measured). */
	stories: Story[];
}

/** The files of a data folder, each as its messages name it. */
const DATA_FILES = ['claims.csv', 'omitted.csv', 'articles.json', 'story.aml'] as const;

/** What is missing from a data folder, with how to get it back. */
function missingFiles(dir: string): Problem[] {
	if (!existsSync(dir) || !statSync(dir).isDirectory()) {
		return [
			problemAt(
				{ where: 'data/' },
				'data-folder-missing',
				`the data folder ${dir} does not exist; run from the project's root, or restore it (git checkout -- data)`
			)
		];
	}
	const problems: Problem[] = [];
	for (const file of DATA_FILES) {
		if (!existsSync(join(dir, file))) {
			problems.push(
				problemAt(
					{ where: file, file },
					'file-missing',
					`the file is missing from the data folder; restore it (git checkout -- data/${file})`
				)
			);
		}
	}
	const articleDir = join(dir, 'articles');
	if (!existsSync(articleDir)) {
		problems.push(
			problemAt(
				{ where: 'articles/', file: 'articles/' },
				'file-missing',
				'the folder of reports is missing from the data folder; restore it (git checkout -- data/articles)'
			)
		);
	} else if (!readdirSync(articleDir).some((f) => f.endsWith('.txt'))) {
		problems.push(
			problemAt(
				{ where: 'articles/', file: 'articles/' },
				'no-reports',
				'the folder has no reports (.txt files); restore them (git checkout -- data/articles)'
			)
		);
	}
	return problems;
}

/** A data file an editor writes, decoded strictly (UTF-8, no BOM, LF); null when it cannot be read. */
function readDataText(dir: string, file: string, problems: Problem[]): string | null {
	const decoded = decodeDataFile(readFileSync(join(dir, file)), file);
	problems.push(...decoded.problems);
	if (decoded.text !== null) problems.push(...findHiddenCharacters(decoded.text, file));
	return decoded.text;
}

/** The reports, byte for byte: their texts (strict UTF-8) and what their bytes hash to. */
function readArticles(dir: string, problems: Problem[]) {
	const texts: Record<string, string> = {};
	const bytes: Record<string, ArticleBytes> = {};
	const articleDir = join(dir, 'articles');
	for (const file of readdirSync(articleDir)
		.filter((f) => f.endsWith('.txt'))
		.sort()) {
		const raw = readFileSync(join(articleDir, file));
		bytes[file] = {
			sha256: createHash('sha256').update(raw).digest('hex'),
			crlf: raw.includes('\r\n')
		};
		const decoded = decodeUtf8(raw, `articles/${file}`);
		if ('problem' in decoded) problems.push(decoded.problem);
		else texts[file] = decoded.text;
	}
	return { texts, bytes };
}

/** Reads and verifies data/ (or another folder with the same layout). Throws EvidenceError. */
export function readEvidence(dir = DATA_DIR): Evidence {
	const missing = missingFiles(dir);
	if (missing.length) throw new EvidenceError(missing);
	const problems: Problem[] = [];
	const { texts: articleTexts, bytes } = readArticles(dir, problems);
	// A report that is not UTF-8 cannot be quoted from: stop before every claim on it fails too.
	if (problems.length) throw new EvidenceError(problems);
	const metaText = readDataText(dir, 'articles.json', problems);
	const meta = metaText === null ? null : parseArticlesJson(metaText);
	// story.aml is parsed with the copy (site.ts); its encoding and line endings are checked here.
	readDataText(dir, 'story.aml', problems);
	const csv = readDataText(dir, 'claims.csv', problems);
	const {
		claims,
		rows,
		problems: csvProblems
	} = csv === null ? { claims: [], rows: [], problems: [] } : parseClaimsCsv(csv);
	problems.push(...(meta?.problems ?? []), ...csvProblems);
	const articles = meta?.articles ?? [];
	const metaOk = meta !== null && !meta.problems.length;
	if (metaOk) problems.push(...verifyArticleMeta(articles, articleTexts, bytes));
	// Event dates are checked against the reports' own dates only when those could be read.
	const articleDates = metaOk
		? Object.fromEntries(articles.map((a) => [a.file, a.date]))
		: undefined;
	const articleLatest = metaOk
		? Object.fromEntries(articles.map((a) => [a.file, a.date_bounds?.latest ?? null]))
		: undefined;
	const articleEarliest = metaOk
		? Object.fromEntries(articles.map((a) => [a.file, a.date_bounds?.earliest ?? null]))
		: undefined;
	const articleLabels = metaOk
		? Object.fromEntries(articles.map((a) => [a.file, a.label]))
		: undefined;
	problems.push(
		...verifyClaims(claims, articleTexts, {
			rows,
			articleDates,
			articleLatest,
			articleEarliest,
			articleLabels
		})
	);
	problems.push(...verifySpellings(claims, articleTexts, rows));
	const omittedText = readDataText(dir, 'omitted.csv', problems);
	if (omittedText !== null) {
		const { omitted, problems: omittedProblems } = parseOmittedCsv(omittedText);
		problems.push(...omittedProblems, ...verifyOmitted(omitted, articleTexts));
		// Coverage is only worth reporting once every claim reads: a broken claim would show as gaps.
		if (!problems.length) problems.push(...uncoveredFigures(articleTexts, claims, omitted));
	}
	if (problems.length) throw new EvidenceError(problems);
	return { articles, articleTexts, claims, stories: independentStories(articleTexts).stories };
}
